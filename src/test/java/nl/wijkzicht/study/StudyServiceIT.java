package nl.wijkzicht.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Studies on MariaDB: creation with areas and team, validation, and who may see which. */
@ExtendWith(ArquillianExtension.class)
class StudyServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private StudyService studies;
  @Inject private UserService users;
  @Inject private FrameworkService frameworks;
  @Inject private AccessLogService accessLog;
  @Inject private nl.wijkzicht.security.boundary.AccessLogBacklog backlog;

  @Test
  void aCoordinatorCreatesAStudyWithAreasAndTeamAndTheFrameworkVersionBecomesImmutable() {
    FrameworkVersion version = framework();
    Study study =
        studies.create(
            actor("demo-coordinator"),
            draft(
                "IT studie " + UUID.randomUUID(),
                List.of(
                    new AreaChoice("GM0321", null, null),
                    new AreaChoice("GM0344", "WK034403", "Overvecht")),
                List.of(actor("demo-inspecteur").userId())));

    assertThat(study.getAreas())
        .extracting(StudyArea::getLabel)
        .containsExactly("Houten", "Utrecht-Overvecht");
    assertThat(study.inspectorIds()).containsExactly(actor("demo-inspecteur").userId());
    assertThat(frameworks.findVersion(version.getId()).orElseThrow().isInUse()).isTrue();
    assertThat(studies.get(actor("demo-inspecteur"), study.getId()).getTitle())
        .isEqualTo(study.getTitle());
  }

  @Test
  void anInspectorSeesOnlyAssignedStudiesAndAnOtherStudyIsDeniedAndLogged()
      throws InterruptedException {
    String name = "it-insp-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        name, "Andere inspecteur", Role.INSPECTOR, null, "a-long-enough-password", false);
    Actor other = actor(name);
    Study study =
        studies.create(
            actor("demo-beheerder"),
            draft(
                "IT verborgen " + UUID.randomUUID(),
                List.of(new AreaChoice("GM0281", null, null)),
                List.of(actor("demo-inspecteur").userId())));

    assertThat(studies.list(other)).extracting(Study::getId).doesNotContain(study.getId());
    assertThat(studies.list(actor("demo-inspecteur")))
        .extracting(Study::getId)
        .contains(study.getId());
    assertThatThrownBy(() -> studies.get(other, study.getId()))
        .isInstanceOf(NotAllowedException.class);
    // The refusal's transaction rolled back; its access-log entry is written right after it.
    assertThat(backlog.awaitWritten(java.time.Duration.ofSeconds(10))).isTrue();
    assertThat(
            accessLog.search(
                new AccessLogQuery(
                    Optional.of(name),
                    Optional.empty(),
                    Optional.of(AccessOutcome.DENIED),
                    Optional.of("Study"),
                    Optional.of(study.getId().toString()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                0,
                5))
        .hasSize(1);
    assertThatThrownBy(() -> studies.list(actor("demo-zorgaanbieder")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void reportsEveryProblemOfADraftAtOnceAndWritesNothing() {
    String title = "IT fout " + UUID.randomUUID();
    StudyDraft bad =
        new StudyDraft(
            title,
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 4, 1),
            -1L,
            List.of(
                new AreaChoice("GM9999", null, null),
                new AreaChoice("GM0344", "WK999901", "Nergens")),
            List.of(actor("demo-zorgaanbieder").userId()));
    assertThatThrownBy(() -> studies.create(actor("demo-coordinator"), bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .containsExactly(
                        "study.period.invalid",
                        "study.framework.unknown",
                        "study.area.unknown",
                        "study.area.district_invalid",
                        "study.inspector.invalid"));
    assertThat(studies.list(actor("demo-coordinator")))
        .extracting(Study::getTitle)
        .doesNotContain(title);
  }

  @Test
  void onlyCoordinatorsAndAdminsCreateStudies() {
    assertThatThrownBy(
            () ->
                studies.create(
                    actor("demo-inspecteur"),
                    draft(
                        "IT niet " + UUID.randomUUID(),
                        List.of(new AreaChoice("GM0321", null, null)),
                        List.of())))
        .isInstanceOf(NotAllowedException.class);
  }

  private StudyDraft draft(String title, List<AreaChoice> areas, List<Long> inspectors) {
    return new StudyDraft(
        title,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        framework().getId(),
        areas,
        inspectors);
  }

  private FrameworkVersion framework() {
    return frameworks.findVersion("samenwerking-huisarts-wijkverpleging", "1.0").orElseThrow();
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
