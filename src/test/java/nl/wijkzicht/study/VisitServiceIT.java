package nl.wijkzicht.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.provider.boundary.ProviderImportService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.study.entity.VisitTransition;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Visits on MariaDB: planning rules, the status workflow per role, and concurrent changes. */
@ExtendWith(ArquillianExtension.class)
class VisitServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private VisitService visits;
  @Inject private StudyService studies;
  @Inject private ProviderService providers;
  @Inject private ProviderImportService imports;
  @Inject private FrameworkService frameworks;
  @Inject private UserService users;

  @Test
  void plansAVisitAndWalksTheWorkflowRecordingWhoAndWhen() {
    Fixture f = fixture();
    Visit visit =
        visits.plan(
            actor("demo-coordinator"),
            f.study.getId(),
            f.houtenArea(),
            f.houtenLocation(),
            LocalDate.of(2026, 3, 10),
            List.of(actor("demo-inspecteur").userId()));
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);

    Visit started =
        visits.moveTo(
            actor("demo-inspecteur"), visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
    Visit drafted =
        visits.moveTo(
            actor("demo-inspecteur"),
            visit.getId(),
            started.getVersion(),
            VisitStatus.FINDINGS_DRAFTED);
    assertThatThrownBy(
            () ->
                visits.moveTo(
                    actor("demo-inspecteur"),
                    visit.getId(),
                    drafted.getVersion(),
                    VisitStatus.SENT_FOR_REPLY))
        .isInstanceOf(NotAllowedException.class)
        .extracting(e -> ((NotAllowedException) e).getMessageKey())
        .isEqualTo("visit.transition.refused");
    Visit sent =
        visits.moveTo(
            actor("demo-coordinator"),
            visit.getId(),
            drafted.getVersion(),
            VisitStatus.SENT_FOR_REPLY);

    assertThat(sent.getStatus()).isEqualTo(VisitStatus.SENT_FOR_REPLY);
    // Notified now; the deadline is the study's 10 working days from today (Dutch calendar).
    assertThat(sent.getReplyNotifiedAt()).isNotNull();
    assertThat(sent.getReplyDeadline())
        .isEqualTo(
            nl.wijkzicht.study.control.WorkingDays.plus(
                LocalDate.ofInstant(
                    sent.getReplyNotifiedAt(), nl.wijkzicht.study.control.WorkingDays.ZONE),
                10));
    assertThat(drafted.getReplyDeadline()).as("no deadline before sending").isNull();
    assertThat(visits.get(actor("demo-coordinator"), visit.getId()).getTransitions())
        .extracting(VisitTransition::getTo, VisitTransition::getChangedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VisitStatus.PLANNED, "demo-coordinator"),
            org.assertj.core.groups.Tuple.tuple(VisitStatus.IN_PROGRESS, "demo-inspecteur"),
            org.assertj.core.groups.Tuple.tuple(VisitStatus.FINDINGS_DRAFTED, "demo-inspecteur"),
            org.assertj.core.groups.Tuple.tuple(VisitStatus.SENT_FOR_REPLY, "demo-coordinator"));
  }

  @Test
  void refusesAChangeBasedOnAStaleVersionAndKeepsTheOtherOnesChange() {
    Fixture f = fixture();
    Visit visit =
        visits.plan(
            actor("demo-coordinator"),
            f.study.getId(),
            f.houtenArea(),
            f.houtenLocation(),
            LocalDate.of(2026, 4, 1),
            List.of());
    long loaded = visit.getVersion();
    visits.moveTo(actor("demo-coordinator"), visit.getId(), loaded, VisitStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                visits.moveTo(
                    actor("demo-beheerder"), visit.getId(), loaded, VisitStatus.CANCELLED))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(visits.get(actor("demo-coordinator"), visit.getId()).getStatus())
        .isEqualTo(VisitStatus.IN_PROGRESS);
  }

  @Test
  void refusesCancellingWithoutAReasonAtTheReasonFieldAndKeepsTheReasonGiven() {
    Fixture f = fixture();
    Visit visit =
        visits.plan(
            actor("demo-coordinator"),
            f.study.getId(),
            f.houtenArea(),
            f.houtenLocation(),
            LocalDate.of(2026, 4, 2),
            List.of());
    long loaded = visit.getVersion();
    assertThatThrownBy(
            () ->
                visits.moveTo(
                    actor("demo-coordinator"), visit.getId(), loaded, VisitStatus.CANCELLED, "  "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .containsExactly(
                        new FieldProblem("reason", "visit.reason.required", List.of())));
    assertThat(visits.get(actor("demo-coordinator"), visit.getId()).getStatus())
        .isEqualTo(VisitStatus.PLANNED);

    Visit cancelled =
        visits.moveTo(
            actor("demo-coordinator"),
            visit.getId(),
            loaded,
            VisitStatus.CANCELLED,
            " Locatie gesloten ");
    assertThat(cancelled.getStatus()).isEqualTo(VisitStatus.CANCELLED);
    assertThat(visits.get(actor("demo-coordinator"), visit.getId()).getTransitions())
        .extracting(VisitTransition::getTo, VisitTransition::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VisitStatus.PLANNED, null),
            org.assertj.core.groups.Tuple.tuple(VisitStatus.CANCELLED, "Locatie gesloten"));
  }

  @Test
  void reportsEveryPlanningProblemAtOnce() {
    Fixture f = fixture();
    assertThatThrownBy(
            () ->
                visits.plan(
                    actor("demo-coordinator"),
                    f.study.getId(),
                    f.houtenArea(),
                    f.tielLocation(),
                    LocalDate.of(2027, 1, 1),
                    List.of(actor("demo-beheerder").userId())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .containsExactly(
                        "visit.location.outside_area",
                        "visit.date.outside_study",
                        "visit.inspector.not_in_team"));
    assertThat(visits.list(actor("demo-coordinator"), f.study.getId())).isEmpty();
  }

  @Test
  void planningWithoutAreaOrLocationAsksToChooseThemAtTheirFields() {
    Fixture f = fixture();
    assertThatThrownBy(
            () ->
                visits.plan(
                    actor("demo-coordinator"), f.study.getId(), null, null, null, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::field, FieldProblem::key)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("area", "visit.area.required"),
                        org.assertj.core.groups.Tuple.tuple("location", "visit.location.required"),
                        org.assertj.core.groups.Tuple.tuple("date", "visit.date.required")));
  }

  @Test
  void anInspectorOutsideTheTeamCannotSeeOrChangeTheVisit() {
    Fixture f = fixture();
    Visit visit =
        visits.plan(
            actor("demo-coordinator"),
            f.study.getId(),
            f.houtenArea(),
            f.houtenLocation(),
            LocalDate.of(2026, 5, 1),
            List.of());
    String name = "it-out-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        name,
        "Buitenstaander",
        nl.wijkzicht.security.entity.Role.INSPECTOR,
        null,
        "a-long-enough-password",
        false);
    assertThatThrownBy(() -> visits.get(actor(name), visit.getId()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                visits.moveTo(
                    actor(name), visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> visits.get(actor("demo-zorgaanbieder"), visit.getId()))
        .isInstanceOf(NotAllowedException.class);
  }

  private record Fixture(Study study, CareProvider provider) {
    long houtenArea() {
      return study.getAreas().stream()
          .filter(a -> a.getMunicipality().getCbsCode().equals("GM0321"))
          .findFirst()
          .orElseThrow()
          .getId();
    }

    long houtenLocation() {
      return provider.getLocations().stream()
          .filter(l -> l.getMunicipality().getCbsCode().equals("GM0321"))
          .findFirst()
          .orElseThrow()
          .getId();
    }

    long tielLocation() {
      return provider.getLocations().stream()
          .filter(l -> l.getMunicipality().getCbsCode().equals("GM0281"))
          .findFirst()
          .orElseThrow()
          .getId();
    }
  }

  private Fixture fixture() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "IT Praktijk " + suffix;
    String agb =
        String.format(
            "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    imports.importCsv(
        actor("demo-coordinator"),
        new StringReader(
            "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n"
                + name
                + ";huisartsenpraktijk;"
                + agb
                + ";;Houten;;;;GM0321\n"
                + name
                + ";huisartsenpraktijk;"
                + agb
                + ";;Tiel;;;;GM0281\n"));
    Study study =
        studies.create(
            actor("demo-coordinator"),
            new StudyDraft(
                "IT bezoeken " + suffix,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                frameworks
                    .findVersion("samenwerking-huisarts-wijkverpleging", "1.0")
                    .orElseThrow()
                    .getId(),
                List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0281", null, null)),
                List.of(actor("demo-inspecteur").userId())));
    return new Fixture(study, providers.findByName(name).orElseThrow());
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
