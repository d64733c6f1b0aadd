package nl.wijkzicht.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.start.boundary.StartService;
import nl.wijkzicht.start.boundary.StartService.StudyProgress;
import nl.wijkzicht.start.boundary.StartService.UnratedVisit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The start pages' figures on MariaDB, and each section only for its role. */
@ExtendWith(ArquillianExtension.class)
class StartServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private StartService start;
  @Inject private TestData testData;

  @Test
  void aPlannedVisitWhoseDatePassedIsStillOnTheInspectorsListMarkedOverdue() {
    Fieldwork f = testData.fieldwork(VisitStatus.PLANNED, false); // Planned for 10-03-2026.
    var upcoming = start.inspector(testData.inspector()).upcoming();
    assertThat(upcoming).isNotEmpty();
    // Oldest first: a planned visit of a past day comes before anything of today or later.
    assertThat(upcoming.get(0).overdue()).isTrue();
    assertThat(upcoming.get(0).status()).isEqualTo(VisitStatus.PLANNED);
    assertThat(f.visit().getDate()).isBefore(java.time.LocalDate.now());
  }

  @Test
  void anInspectorSeesTheUnratedNormsOfAVisitInProgressAndTheCoordinatorItsStudysProgress() {
    Fieldwork f = testData.fieldwork(VisitStatus.IN_PROGRESS, true);
    UnratedVisit unrated =
        start.inspector(testData.inspector()).unrated().stream()
            .filter(v -> v.id() == f.visit().getId())
            .findFirst()
            .orElseThrow();
    assertThat(unrated.norms()).isPositive();
    assertThat(unrated.unrated()).isEqualTo(unrated.norms()); // Nothing rated yet.

    StudyProgress progress =
        start.coordinator(testData.lead()).stream()
            .filter(s -> s.id() == f.study().getId())
            .findFirst()
            .orElseThrow();
    assertThat(progress.visitsPerStatus()).containsEntry(VisitStatus.IN_PROGRESS, 1L);
    assertThat(progress.normsToRate()).isEqualTo(unrated.norms());
    assertThat(progress.normsRated()).isZero();
    assertThat(progress.repliesDue()).isZero();
  }

  @Test
  void eachSectionIsOnlyForItsRole() {
    assertThatThrownBy(() -> start.inspector(testData.actor("demo-zorgaanbieder")))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> start.coordinator(testData.inspector()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> start.admin(testData.lead())).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> start.provider(testData.lead()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(start.provider(testData.actor("demo-zorgaanbieder"))).isPresent();
    assertThat(start.admin(testData.actor("demo-beheerder")).accounts().total()).isPositive();
  }
}
