package nl.wijkzicht.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.EvidenceInput;
import nl.wijkzicht.fieldwork.boundary.FindingService.NormRow;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracers, interviews and findings on MariaDB: validation at the field, nothing half-saved, stale
 * saves refused, closed fieldwork, access per study team, and drafts that outlive the session.
 */
@ExtendWith(ArquillianExtension.class)
class FieldworkServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private TracerService tracers;
  @Inject private VisitService visits;
  @Inject private StudyService studies;
  @Inject private ProviderService providers;
  @Inject private FrameworkService frameworks;
  @Inject private UserService users;
  @Inject private TestData testData;
  @Inject private nl.wijkzicht.security.boundary.AccessLogService accessLog;

  @Test
  void aFindingPageShowingAnswersLogsEachInterviewAsRead() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    FrameworkQuestion yesNo = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    interviews.saveAnswer(
        inspector(), interview.getId(), yesNo.getId(), null, "yes", "Overleg elke week.");
    AccessLogQuery reads =
        new AccessLogQuery(
            Optional.of("demo-inspecteur"),
            Optional.of(AccessAction.READ),
            Optional.of(AccessOutcome.ALLOWED),
            Optional.of("Interview"),
            Optional.of(interview.getId().toString()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    long before = accessLog.count(reads);

    List<InterviewAnswer> shown =
        findings.quotableAnswers(
            inspector(), new ScopeRef(ScopeKind.VISIT, f.visit.getId(), f.study.getId()));

    assertThat(shown).extracting(a -> a.getInterview().getId()).contains(interview.getId());
    assertThat(accessLog.count(reads)).isEqualTo(before + 1);
  }

  @Test
  void answersAreSavedOneByOneAndAreThereForTheNextSession() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    assertThat(interview.getPseudonym()).isEqualTo("HA-01");
    FrameworkQuestion yesNo = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    InterviewAnswer saved =
        interviews.saveAnswer(
            inspector(),
            interview.getId(),
            yesNo.getId(),
            null,
            "yes",
            "Vast overleg elke twee weken.");
    InterviewAnswer again =
        interviews.saveAnswer(
            inspector(),
            interview.getId(),
            yesNo.getId(),
            saved.getVersion(),
            "yes",
            "Vast overleg elke twee weken, soms vaker.");
    assertThat(again.getVersion()).isGreaterThan(saved.getVersion());

    // What a new session (another request, another transaction) finds: the draft as last typed.
    Interview reloaded = interviews.get(inspector(), interview.getId());
    assertThat(reloaded.isCompleted()).isFalse();
    assertThat(reloaded.answerTo(yesNo.getId()))
        .get()
        .extracting(
            InterviewAnswer::getValue, InterviewAnswer::getNote, InterviewAnswer::getUpdatedBy)
        .containsExactly("yes", "Vast overleg elke twee weken, soms vaker.", "demo-inspecteur");
    Interview second =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    assertThat(second.getPseudonym()).isEqualTo("HA-02");
  }

  @Test
  void aStaleAutosaveIsRefusedAndTheOtherInspectorsTextStays() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    FrameworkQuestion open = question(f.study, RespondentRole.HUISARTS, AnswerType.OPEN);
    InterviewAnswer first =
        interviews.saveAnswer(inspector(), interview.getId(), open.getId(), null, null, "Versie A");
    interviews.saveAnswer(
        lead(),
        interview.getId(),
        open.getId(),
        first.getVersion(),
        null,
        "Versie B van de coördinator");

    assertThatThrownBy(
            () ->
                interviews.saveAnswer(
                    inspector(),
                    interview.getId(),
                    open.getId(),
                    first.getVersion(),
                    null,
                    "Versie A, aangevuld"))
        .isInstanceOf(ConcurrentChangeException.class);
    // Two first saves of one answer: the second is refused too.
    FrameworkQuestion other = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    interviews.saveAnswer(inspector(), interview.getId(), other.getId(), null, "no", null);
    assertThatThrownBy(
            () ->
                interviews.saveAnswer(lead(), interview.getId(), other.getId(), null, "yes", null))
        .isInstanceOf(ConcurrentChangeException.class);

    InterviewAnswer current =
        interviews.currentAnswer(inspector(), interview.getId(), open.getId());
    assertThat(current.getNote()).isEqualTo("Versie B van de coördinator");
    assertThat(current.getUpdatedBy()).isEqualTo("demo-coordinator");
    assertThat(interviews.currentAnswer(inspector(), interview.getId(), other.getId()).getValue())
        .isEqualTo("no");
  }

  @Test
  void refusesQuestionsOfAnotherFrameworkVersionOrRoleAndValuesThatDoNotFit() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    FrameworkVersion otherFramework =
        frameworks.findVersion("handreiking-kwetsbare-ouderen-thuis", "1.0").orElseThrow();
    FrameworkQuestion foreign =
        otherFramework.getThemes().get(0).getNorms().get(0).getQuestions().get(0);
    assertThat(
            problems(
                () ->
                    interviews.saveAnswer(
                        inspector(), interview.getId(), foreign.getId(), null, null, "x")))
        .extracting(FieldProblem::key)
        .containsExactly("answer.question.other_version");

    FrameworkQuestion forOlderPeople =
        questions(f.study).stream()
            .filter(
                q ->
                    q.getRoles().contains(RespondentRole.OUDERE)
                        && !q.getRoles().contains(RespondentRole.HUISARTS))
            .findFirst()
            .orElseThrow();
    assertThat(
            problems(
                () ->
                    interviews.saveAnswer(
                        inspector(), interview.getId(), forOlderPeople.getId(), null, null, "x")))
        .extracting(FieldProblem::key)
        .containsExactly("answer.question.other_role");

    FrameworkQuestion scale = question(f.study, RespondentRole.HUISARTS, AnswerType.SCALE);
    assertThat(
            problems(
                () ->
                    interviews.saveAnswer(
                        inspector(),
                        interview.getId(),
                        scale.getId(),
                        null,
                        "9",
                        "n".repeat(InterviewAnswer.NOTE_LENGTH + 1))))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("value", "note");
    assertThat(interviews.get(inspector(), interview.getId()).getAnswers())
        .as("nothing half-saved")
        .isEmpty();
  }

  @Test
  void startingAnInterviewChecksRoleAgeBandAndDate() {
    Fixture f = fixture();
    assertThat(
            problems(
                () ->
                    interviews.startAtVisit(
                        inspector(),
                        f.visit.getId(),
                        RespondentRole.OUDERE,
                        null,
                        LocalDate.of(2027, 2, 1))))
        .extracting(FieldProblem::key)
        .containsExactly("interview.age_band.required", "visit.date.outside_study");
    assertThat(
            problems(() -> interviews.startAtVisit(inspector(), f.visit.getId(), null, null, null)))
        .extracting(FieldProblem::field)
        .containsExactly("role", "heldOn");
    assertThat(interviews.forVisit(inspector(), f.visit.getId())).isEmpty();
  }

  @Test
  void findingsTakeOnlyThisFrameworksNormsAndScaleAndReportEveryProblem() {
    Fixture f = fixture();
    ScopeRef scope = new ScopeRef(ScopeKind.VISIT, f.visit.getId(), f.study.getId());
    FrameworkVersion other =
        frameworks.findVersion("handreiking-kwetsbare-ouderen-thuis", "1.0").orElseThrow();
    FrameworkNorm foreignNorm = other.getThemes().get(0).getNorms().get(0);
    FrameworkRatingLevel foreignLevel = other.getLevels().get(0);
    FrameworkNorm norm = f.study.getFrameworkVersion().getThemes().get(0).getNorms().get(0);

    assertThat(
            problems(
                () ->
                    findings.record(
                        inspector(),
                        scope,
                        foreignNorm.getId(),
                        null,
                        foreignLevel.getId(),
                        "m".repeat(Finding.MOTIVATION_LENGTH + 1),
                        List.of(-5L),
                        List.of(new EvidenceInput(EvidenceKind.OBSERVATION, null, " ")))))
        .extracting(FieldProblem::key)
        .containsExactly(
            "finding.norm.other_version",
            "finding.rating.not_on_scale",
            "field.too_long",
            "tracer.provider.unknown",
            "finding.evidence.description");
    assertThat(
            problems(
                () ->
                    findings.record(
                        inspector(), scope, norm.getId(), null, null, " ", List.of(), List.of())))
        .extracting(FieldProblem::key)
        .containsExactly("finding.rating.required", "finding.motivation.required");
    assertThat(findings.overview(inspector(), scope)).noneMatch(NormRow::isRated);
  }

  @Test
  void aTracerTakesClientLevelNormsAndEvidenceFromItsOwnArea() {
    Fixture f = fixture();
    Tracer tracer =
        tracers.create(
            inspector(),
            f.study.getId(),
            f.houtenArea(),
            AgeBand.FROM_85,
            "Alleenwonend, hartfalen.",
            List.of(f.provider.getId()));
    assertThat(tracer.getPseudonym()).isEqualTo("C-01");
    ScopeRef scope = new ScopeRef(ScopeKind.TRACER, tracer.getId(), f.study.getId());
    List<NormRow> rows = findings.overview(inspector(), scope);
    assertThat(rows).isNotEmpty().allMatch(r -> r.norm().getLevel() == NormLevel.CLIENT);

    FrameworkNorm areaNorm =
        f.study.getFrameworkVersion().getThemes().stream()
            .flatMap(t -> t.getNorms().stream())
            .filter(n -> n.getLevel() == NormLevel.AREA)
            .findFirst()
            .orElseThrow();
    long rating = f.study.getFrameworkVersion().getLevels().get(0).getId();
    assertThat(
            problems(
                () ->
                    findings.record(
                        inspector(),
                        scope,
                        areaNorm.getId(),
                        null,
                        rating,
                        "m",
                        List.of(),
                        List.of())))
        .extracting(FieldProblem::key)
        .containsExactly("finding.norm.not_client_level");

    // An answer given in another area cannot support a finding here.
    Visit tielVisit =
        visits.plan(
            lead(),
            f.study.getId(),
            f.tielArea(),
            f.tielLocation(),
            LocalDate.of(2026, 4, 1),
            List.of());
    Interview tiel =
        interviews.startAtVisit(
            inspector(),
            tielVisit.getId(),
            RespondentRole.HUISARTS,
            null,
            LocalDate.of(2026, 4, 1));
    FrameworkQuestion q = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    InterviewAnswer elsewhere =
        interviews.saveAnswer(inspector(), tiel.getId(), q.getId(), null, "yes", null);
    NormRow first = rows.get(0);
    assertThat(
            problems(
                () ->
                    findings.record(
                        inspector(),
                        scope,
                        first.norm().getId(),
                        null,
                        rating,
                        "Goed geregeld.",
                        List.of(),
                        List.of(new EvidenceInput(EvidenceKind.ANSWER, elsewhere.getId(), "")))))
        .extracting(FieldProblem::key)
        .containsExactly("finding.evidence.answer");

    Interview older =
        interviews.startAroundTracer(
            inspector(),
            tracer.getId(),
            RespondentRole.OUDERE,
            AgeBand.FROM_85,
            LocalDate.of(2026, 3, 11));
    FrameworkQuestion olderQ =
        questions(f.study).stream()
            .filter(x -> x.getRoles().contains(RespondentRole.OUDERE))
            .findFirst()
            .orElseThrow();
    InterviewAnswer here =
        interviews.saveAnswer(
            inspector(),
            older.getId(),
            olderQ.getId(),
            null,
            olderQ.getType() == AnswerType.YES_NO ? "yes" : null,
            "Ik weet wie ik moet bellen.");
    Finding finding =
        findings.record(
            inspector(),
            scope,
            first.norm().getId(),
            null,
            rating,
            "Goed geregeld.",
            List.of(f.provider.getId()),
            List.of(new EvidenceInput(EvidenceKind.ANSWER, here.getId(), "citaat")));
    assertThat(finding.getEvidence())
        .singleElement()
        .satisfies(e -> assertThat(e.getAnswer().getId()).isEqualTo(here.getId()));
    assertThat(findings.overview(inspector(), scope)).filteredOn(NormRow::isRated).hasSize(1);
  }

  @Test
  void twoInspectorsRatingTheSameNormDoNotOverwriteEachOther() {
    Fixture f = fixture();
    ScopeRef scope = new ScopeRef(ScopeKind.VISIT, f.visit.getId(), f.study.getId());
    FrameworkNorm norm = f.study.getFrameworkVersion().getThemes().get(1).getNorms().get(0);
    List<FrameworkRatingLevel> levels = f.study.getFrameworkVersion().getLevels();
    Finding mine =
        findings.record(
            inspector(),
            scope,
            norm.getId(),
            null,
            levels.get(0).getId(),
            "Voldoet.",
            List.of(),
            List.of());
    assertThatThrownBy(
            () ->
                findings.record(
                    lead(),
                    scope,
                    norm.getId(),
                    null,
                    levels.get(3).getId(),
                    "Voldoet niet.",
                    List.of(),
                    List.of()))
        .isInstanceOf(ConcurrentChangeException.class);
    Finding changed =
        findings.record(
            lead(),
            scope,
            norm.getId(),
            mine.getVersion(),
            levels.get(1).getId(),
            "Grotendeels.",
            List.of(),
            List.of());
    assertThatThrownBy(
            () ->
                findings.record(
                    inspector(),
                    scope,
                    norm.getId(),
                    mine.getVersion(),
                    levels.get(0).getId(),
                    "Toch voldoet.",
                    List.of(),
                    List.of()))
        .isInstanceOf(ConcurrentChangeException.class);
    NormRow row =
        findings.overview(inspector(), scope).stream()
            .filter(r -> r.norm().getId().equals(norm.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(row.finding().getMotivation()).isEqualTo("Grotendeels.");
    assertThat(row.finding().getVersion()).isEqualTo(changed.getVersion());
  }

  @Test
  void fieldworkClosesWhenTheFindingsGoToTheProvider() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    Visit v =
        visits.moveTo(inspector(), f.visit.getId(), f.visit.getVersion(), VisitStatus.IN_PROGRESS);
    Visit drafted =
        visits.moveTo(inspector(), v.getId(), v.getVersion(), VisitStatus.FINDINGS_DRAFTED);
    visits.moveTo(lead(), drafted.getId(), drafted.getVersion(), VisitStatus.SENT_FOR_REPLY);
    FrameworkQuestion q = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    assertThatThrownBy(
            () ->
                interviews.saveAnswer(inspector(), interview.getId(), q.getId(), null, "yes", null))
        .isInstanceOf(NotAllowedException.class)
        .extracting(e -> ((NotAllowedException) e).getMessageKey())
        .isEqualTo("fieldwork.closed");
    FrameworkNorm norm = f.study.getFrameworkVersion().getThemes().get(0).getNorms().get(0);
    assertThatThrownBy(
            () ->
                findings.record(
                    inspector(),
                    new ScopeRef(ScopeKind.VISIT, drafted.getId(), f.study.getId()),
                    norm.getId(),
                    null,
                    f.study.getFrameworkVersion().getLevels().get(0).getId(),
                    "m",
                    List.of(),
                    List.of()))
        .isInstanceOf(NotAllowedException.class)
        .extracting(e -> ((NotAllowedException) e).getMessageKey())
        .isEqualTo("fieldwork.closed");
  }

  @Test
  void onlyTheStudyTeamAndItsLeadsSeeOrRecordFieldwork() {
    Fixture f = fixture();
    Interview interview =
        interviews.startAtVisit(
            inspector(), f.visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    String name = "it-fw-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        name, "Andere inspecteur", Role.INSPECTOR, null, "a-long-enough-password", false);
    Actor outsider = actor(name);
    FrameworkQuestion q = question(f.study, RespondentRole.HUISARTS, AnswerType.YES_NO);
    assertThatThrownBy(() -> interviews.get(outsider, interview.getId()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () -> interviews.saveAnswer(outsider, interview.getId(), q.getId(), null, "yes", null))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> interviews.get(actor("demo-zorgaanbieder"), interview.getId()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                tracers.create(
                    outsider, f.study.getId(), f.houtenArea(), AgeBand.FROM_85, "", List.of()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                findings.overview(
                    actor("demo-zorgaanbieder"),
                    new ScopeRef(ScopeKind.VISIT, f.visit.getId(), f.study.getId())))
        .isInstanceOf(NotAllowedException.class);
  }

  // --- fixture ---

  private record Fixture(Study study, CareProvider provider, Visit visit) {
    long houtenArea() {
      return area("GM0321");
    }

    long tielArea() {
      return area("GM0281");
    }

    long area(String code) {
      return study.getAreas().stream()
          .filter(a -> a.getMunicipality().getCbsCode().equals(code))
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
    TestData.Fieldwork made = testData.fieldwork();
    return new Fixture(made.study(), made.provider(), made.visit());
  }

  private List<FrameworkQuestion> questions(Study study) {
    return study.getFrameworkVersion().getThemes().stream()
        .flatMap(t -> t.getNorms().stream())
        .flatMap(n -> n.getQuestions().stream())
        .toList();
  }

  private FrameworkQuestion question(Study study, RespondentRole role, AnswerType type) {
    return questions(study).stream()
        .filter(q -> q.getRoles().contains(role) && q.getType() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " question for " + role));
  }

  private static List<FieldProblem> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.getProblems();
    }
    throw new AssertionError("no InvalidInputException");
  }

  private Actor inspector() {
    return actor("demo-inspecteur");
  }

  private Actor lead() {
    return actor("demo-coordinator");
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
