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
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
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
  @Inject private nl.wijkzicht.testsupport.TestData testData;

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
            List.of(actor("demo-zorgaanbieder").userId()),
            0);
    assertThatThrownBy(() -> studies.create(actor("demo-coordinator"), bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .containsExactly(
                        "study.period.invalid",
                        "study.reply_working_days.range",
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

  @Test
  void aCoordinatorChangesTitlePeriodAreasAndTeamAndTheChangeIsLogged() throws Exception {
    Fieldwork f = testData.fieldwork(VisitStatus.PLANNED, true); // Visit and interview 10-03-2026.
    String name = "it-insp-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        name, "Nieuwe inspecteur", Role.INSPECTOR, null, "a-long-enough-password", false);
    long inspector = actor("demo-inspecteur").userId();
    long newcomer = actor(name).userId();
    String title = "IT gewijzigd " + UUID.randomUUID();
    long loaded = f.study().getVersion(); // The entity may be the one the service changes.
    Study changed =
        studies.update(
            actor("demo-coordinator"),
            f.study().getId(),
            loaded,
            new StudyDraft(
                title,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 30),
                null,
                List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0344", null, null)),
                List.of(inspector, newcomer),
                15));
    Study read = studies.get(actor("demo-coordinator"), f.study().getId());
    assertThat(read.getTitle()).isEqualTo(title);
    assertThat(read.getStartsOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(read.getEndsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(read.getReplyWorkingDays()).isEqualTo(15);
    assertThat(read.getAreas())
        .extracting(a -> a.getMunicipality().getCbsCode())
        .containsExactly("GM0321", "GM0344");
    assertThat(read.inspectorIds()).containsExactlyInAnyOrder(inspector, newcomer);
    assertThat(read.getVersion()).isGreaterThan(loaded);
    assertThat(read.getFrameworkVersion().getId())
        .isEqualTo(f.study().getFrameworkVersion().getId());
    assertThat(changed.getId()).isEqualTo(f.study().getId());
    assertThat(backlog.awaitWritten(java.time.Duration.ofSeconds(10))).isTrue();
    assertThat(
            accessLog.search(
                new AccessLogQuery(
                    Optional.of("demo-coordinator"),
                    Optional.empty(),
                    Optional.of(AccessOutcome.ALLOWED),
                    Optional.of("Study"),
                    Optional.of(f.study().getId().toString()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                0,
                50))
        .anySatisfy(
            e ->
                assertThat(e.getDetail())
                    .contains("title")
                    .contains("period 2026-03-01..2026-06-30")
                    .contains("reply period 15 working days")
                    .contains("areas +1/-1")
                    .contains("team +1/-0"));
  }

  @Test
  void refusesEachChangeThatWouldOrphanFieldworkAtItsFieldNamingWhatIsInTheWay() {
    Fieldwork f = testData.fieldwork(VisitStatus.PLANNED, true); // Visit and interview 10-03-2026.
    long inspector = actor("demo-inspecteur").userId();
    Study study = f.study();
    long loaded = study.getVersion();
    List<AreaChoice> both =
        List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0281", null, null));

    // A period that no longer holds the visit and the interview.
    assertThat(
            problems(
                study,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 31),
                both,
                List.of(inspector)))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("period", "study.period.orphans_visits"),
            org.assertj.core.groups.Tuple.tuple("period", "study.period.orphans_interviews"));
    // The message names the visit: its date and location.
    assertThat(
            problems(
                    study,
                    LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 12, 31),
                    both,
                    List.of(inspector))
                .get(0)
                .arguments()
                .get(0)
                .toString())
        .startsWith("10-03-2026 IT Veldwerk")
        .contains("Houten");

    // Removing the area with the visit and the tracer.
    assertThat(
            problems(
                study,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                List.of(new AreaChoice("GM0281", null, null)),
                List.of(inspector)))
        .containsExactly(new FieldProblem("areas", "study.area.in_use", List.of("Houten")));

    // Removing the inspector who is on the visit's team: the message names the visit.
    List<FieldProblem> team =
        problems(study, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), both, List.of());
    assertThat(team)
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inspectors", "study.inspector.on_visits"));
    assertThat(team.get(0).arguments().get(1).toString()).startsWith("10-03-2026 Houten");

    // The same checks as creating: an empty title, no areas.
    assertThatThrownBy(
            () ->
                studies.update(
                    actor("demo-coordinator"),
                    study.getId(),
                    study.getVersion(),
                    new StudyDraft(
                        " ",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        null,
                        List.of(),
                        List.of(inspector))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .contains("study.title.required", "study.areas.none"));
    // Nothing was changed by any of these.
    Study read = studies.get(actor("demo-coordinator"), study.getId());
    assertThat(read.getVersion()).isEqualTo(loaded);
    assertThat(read.getAreas()).hasSize(2);
    assertThat(read.inspectorIds()).containsExactly(inspector);
  }

  @Test
  void refusesAChangeBasedOnAStaleVersionAndChangesByNonCoordinators() {
    Fieldwork f = testData.fieldwork();
    Study study = f.study();
    StudyDraft draft =
        new StudyDraft(
            "IT eerst " + UUID.randomUUID(),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            null,
            List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0281", null, null)),
            List.copyOf(study.inspectorIds()));
    long loaded = study.getVersion(); // The entity may be the one the service changes.
    studies.update(actor("demo-coordinator"), study.getId(), loaded, draft);
    assertThatThrownBy(
            () ->
                studies.update(
                    actor("demo-beheerder"),
                    study.getId(),
                    loaded,
                    new StudyDraft(
                        "IT tweede " + UUID.randomUUID(),
                        draft.startsOn(),
                        draft.endsOn(),
                        null,
                        draft.areas(),
                        draft.inspectorIds())))
        .isInstanceOf(nl.wijkzicht.ConcurrentChangeException.class);
    assertThat(studies.get(actor("demo-coordinator"), study.getId()).getTitle())
        .isEqualTo(draft.title());
    assertThatThrownBy(() -> studies.update(actor("demo-inspecteur"), study.getId(), 0, draft))
        .isInstanceOf(NotAllowedException.class);
  }

  private List<FieldProblem> problems(
      Study study, LocalDate start, LocalDate end, List<AreaChoice> areas, List<Long> team) {
    try {
      studies.update(
          actor("demo-coordinator"),
          study.getId(),
          study.getVersion(),
          new StudyDraft(study.getTitle(), start, end, null, areas, team));
    } catch (InvalidInputException e) {
      return e.getProblems();
    }
    throw new AssertionError("the change was accepted");
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
