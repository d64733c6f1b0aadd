package nl.wijkzicht.fieldwork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.control.AnswerRules;
import nl.wijkzicht.fieldwork.control.AnswerRules.QuestionShape;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.Visit;

/**
 * Interviews and their answers. An answer is saved on its own as soon as it is typed (autosave),
 * each with its own version: a stale save is refused with {@link ConcurrentChangeException} and
 * changes nothing, so neither inspector's text is silently lost. Reading an interview is logged (it
 * holds what a respondent said).
 */
@ApplicationScoped
@Transactional
public class InterviewService {

  static final String OBJECT = "Interview";
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject private EntityManager em;
  @Inject private FieldworkGuard guard;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  public List<Interview> forVisit(Actor actor, long visitId) {
    guard.visit(actor, visitId, AccessAction.READ);
    return em.createNamedQuery(Interview.FIND_BY_VISIT, Interview.class)
        .setParameter("visitId", visitId)
        .getResultList();
  }

  public List<Interview> forTracer(Actor actor, long tracerId) {
    guard.tracer(actor, tracerId, AccessAction.READ);
    return em.createNamedQuery(Interview.FIND_BY_TRACER, Interview.class)
        .setParameter("tracerId", tracerId)
        .getResultList();
  }

  /** The interviews at a visit as its table shows them: one query however many. */
  public List<InterviewRow> rowsForVisit(Actor actor, long visitId) {
    guard.visit(actor, visitId, AccessAction.READ);
    return rows("i.visit.id = :id", visitId);
  }

  /** The interviews around a tracer as its table shows them: one query however many. */
  public List<InterviewRow> rowsForTracer(Actor actor, long tracerId) {
    guard.tracer(actor, tracerId, AccessAction.READ);
    return rows("i.tracer.id = :id", tracerId);
  }

  /**
   * An answer counts as given when its value or note holds more than spaces (as {@link
   * InterviewAnswer#isEmpty}).
   */
  private List<InterviewRow> rows(String where, long id) {
    return em.createQuery(
            "select new nl.wijkzicht.fieldwork.boundary.InterviewRow(i.id, i.pseudonym, i.role,"
                + " i.heldOn, i.completed, count(a)) from Interview i left join i.answers a on"
                + " ((a.value is not null and trim(a.value) <> '')"
                + " or (a.note is not null and trim(a.note) <> ''))"
                + " where "
                + where
                + " group by i.id, i.pseudonym, i.role, i.heldOn, i.completed"
                + " order by i.heldOn, i.id",
            InterviewRow.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** One interview with its answers; the read is logged as access to personal data. */
  public Interview get(Actor actor, long interviewId) {
    Interview interview = guard.find(actor, Interview.class, interviewId, AccessAction.READ);
    guard.mayRead(actor, interview.getStudy(), OBJECT, interviewId);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, interviewId)
            .provider(providerOf(interview))
            .area(TracerService.code(interview.getArea()))
            .detail(interview.getPseudonym()));
    return interview;
  }

  /** Starts an interview at a visit. */
  public Interview startAtVisit(
      Actor actor, long visitId, RespondentRole role, AgeBand ageBand, LocalDate heldOn) {
    Visit visit = guard.visit(actor, visitId, AccessAction.CREATE);
    guard.open(visit);
    check(visit.getStudy(), role, ageBand, heldOn);
    Interview interview =
        Interview.atVisit(
            visit,
            role,
            pseudonym(visit.getStudy(), role),
            ageBand,
            heldOn,
            Instant.now(clock),
            actor.username());
    return persist(actor, interview);
  }

  /**
   * Starts an interview around a tracer (the older person, a carer or a professional in the
   * network).
   */
  public Interview startAroundTracer(
      Actor actor, long tracerId, RespondentRole role, AgeBand ageBand, LocalDate heldOn) {
    Tracer tracer = guard.tracer(actor, tracerId, AccessAction.CREATE);
    check(tracer.getStudy(), role, ageBand, heldOn);
    Interview interview =
        Interview.aroundTracer(
            tracer,
            role,
            pseudonym(tracer.getStudy(), role),
            ageBand,
            heldOn,
            Instant.now(clock),
            actor.username());
    return persist(actor, interview);
  }

  private Interview persist(Actor actor, Interview interview) {
    em.persist(interview);
    // Two interviews created at once may get the same next pseudonym: someone else saved first.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, interview.getPseudonym()),
        DatabaseWrite.UniqueKey.of(
            "uk_interview_pseudonym",
            () -> new ConcurrentChangeException(OBJECT, interview.getPseudonym())));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, interview.getId())
            .provider(providerOf(interview))
            .area(TracerService.code(interview.getArea()))
            .detail(interview.getPseudonym()));
    return interview;
  }

  private void check(Study study, RespondentRole role, AgeBand ageBand, LocalDate heldOn) {
    List<FieldProblem> problems = new ArrayList<>();
    if (role == null) {
      problems.add(new FieldProblem("role", "interview.role.required", List.of()));
    } else if (questions(study, role).isEmpty()) {
      problems.add(
          new FieldProblem(
              "role", "interview.role.no_questions", List.of(nl.wijkzicht.TextKey.of(role))));
    }
    if ((role == RespondentRole.OUDERE || role == RespondentRole.MANTELZORGER) && ageBand == null) {
      problems.add(new FieldProblem("ageBand", "interview.age_band.required", List.of()));
    }
    if (heldOn == null) {
      problems.add(new FieldProblem("heldOn", "interview.date.required", List.of()));
    } else if (!study.covers(heldOn)) {
      problems.add(
          new FieldProblem(
              "heldOn",
              "visit.date.outside_study",
              List.of(
                  DUTCH_DATE.format(heldOn),
                  DUTCH_DATE.format(study.getStartsOn()),
                  DUTCH_DATE.format(study.getEndsOn()))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
  }

  private String pseudonym(Study study, RespondentRole role) {
    String prefix = Pseudonyms.prefix(role);
    List<String> used =
        em.createNamedQuery(Interview.PSEUDONYMS_IN_STUDY, String.class)
            .setParameter("studyId", study.getId())
            .setParameter("prefix", prefix + "-%")
            .getResultList();
    return Pseudonyms.next(prefix, used);
  }

  /**
   * The respondent roles that have at least one question in the study's framework version, in enum
   * order: the only roles an interview can be started for.
   */
  public List<RespondentRole> rolesWithQuestions(Study study) {
    java.util.Set<RespondentRole> used = java.util.EnumSet.noneOf(RespondentRole.class);
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        norm.getQuestions().forEach(q -> used.addAll(q.getRoles()));
      }
    }
    return List.copyOf(used);
  }

  /** The framework questions for a role, in framework order (theme, norm, question). */
  public List<FrameworkQuestion> questions(Study study, RespondentRole role) {
    List<FrameworkQuestion> result = new ArrayList<>();
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        norm.getQuestions().stream().filter(q -> q.getRoles().contains(role)).forEach(result::add);
      }
    }
    return result;
  }

  /**
   * Saves one answer. {@code expectedVersion} is the version the user's screen showed (null when
   * the screen showed no saved answer yet). Refused, with nothing changed, for a question of
   * another framework version or another role, for a closed visit, for a value that does not fit
   * the question, and when someone else saved this answer in the meantime.
   */
  public InterviewAnswer saveAnswer(
      Actor actor,
      long interviewId,
      long questionId,
      Long expectedVersion,
      String value,
      String note) {
    Interview interview = guard.find(actor, Interview.class, interviewId, AccessAction.UPDATE);
    guard.mayRecord(actor, interview.getStudy(), AccessAction.UPDATE, OBJECT, interviewId);
    if (interview.getVisit() != null) {
      guard.open(interview.getVisit());
    }
    List<FieldProblem> problems = new ArrayList<>();
    FrameworkQuestion question = em.find(FrameworkQuestion.class, questionId);
    if (question == null) {
      problems.add(new FieldProblem("question", "answer.question.unknown", List.of(questionId)));
    } else if (!Objects.equals(
        question.getNorm().getTheme().getVersion().getId(),
        interview.getStudy().getFrameworkVersion().getId())) {
      problems.add(
          new FieldProblem(
              "question",
              "answer.question.other_version",
              List.of(
                  question.getCode(),
                  interview.getStudy().getFrameworkVersion().getCode()
                      + " "
                      + interview.getStudy().getFrameworkVersion().getVersion())));
    } else if (!question.getRoles().contains(interview.getRole())) {
      problems.add(
          new FieldProblem(
              "question",
              "answer.question.other_role",
              List.of(question.getCode(), nl.wijkzicht.TextKey.of(interview.getRole()))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    AnswerRules.Checked checked = AnswerRules.check(shape(question), value, note, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    InterviewAnswer answer = interview.answerTo(questionId).orElse(null);
    if (answer == null
        ? expectedVersion != null
        : !Objects.equals(expectedVersion, answer.getVersion())) {
      throw new ConcurrentChangeException("InterviewAnswer", question.getCode());
    }
    if (answer != null
        && Objects.equals(answer.getValue(), checked.value())
        && Objects.equals(answer.getNote(), checked.note())) {
      return answer; // Nothing changed (a keyup that typed nothing): no new version, no log line.
    }
    if (answer == null) {
      answer = interview.add(new InterviewAnswer(interview, question));
    }
    answer.change(checked.value(), checked.note(), Instant.now(clock), actor.username());
    // Two first saves of the same answer at once: the unique key refuses the second, which IS
    // someone else saving first.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("InterviewAnswer", question.getCode()),
        DatabaseWrite.UniqueKey.of(
            "uk_interview_answer",
            () -> new ConcurrentChangeException("InterviewAnswer", question.getCode())));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, interviewId)
            .provider(providerOf(interview))
            .area(TracerService.code(interview.getArea()))
            .detail("answer " + question.getCode()));
    return answer;
  }

  /** The answer as saved now (for showing the other person's text after a conflict). */
  public InterviewAnswer currentAnswer(Actor actor, long interviewId, long questionId) {
    Interview interview = guard.find(actor, Interview.class, interviewId, AccessAction.READ);
    guard.mayRead(actor, interview.getStudy(), OBJECT, interviewId);
    // Interviews are not in the shared cache: this transaction's read is the row as saved now.
    return interview.answerTo(questionId).orElse(null);
  }

  /** Marks an interview complete (or a draft again). */
  public Interview complete(Actor actor, long interviewId, long expectedVersion, boolean done) {
    Interview interview = guard.find(actor, Interview.class, interviewId, AccessAction.UPDATE);
    guard.mayRecord(actor, interview.getStudy(), AccessAction.UPDATE, OBJECT, interviewId);
    if (interview.getVisit() != null) {
      guard.open(interview.getVisit());
    }
    if (interview.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, interview.getPseudonym());
    }
    interview.complete(done);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, interview.getPseudonym()));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, interviewId)
            .provider(providerOf(interview))
            .area(TracerService.code(interview.getArea()))
            .detail(done ? "completed" : "reopened"));
    return interview;
  }

  static QuestionShape shape(FrameworkQuestion question) {
    return new QuestionShape(
        question.getCode(),
        question.getType(),
        question.getOptions().stream()
            .map(FrameworkQuestionOption::getCode)
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
        question.getMin(),
        question.getMax());
  }

  static Long providerOf(Interview interview) {
    return interview.getVisit() == null
        ? null
        : interview.getVisit().getLocation().getProvider().getId();
  }
}
