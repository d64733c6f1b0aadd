package nl.wijkzicht.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.control.AnswerRules;
import nl.wijkzicht.fieldwork.control.AnswerRules.QuestionShape;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.scoring.control.SurveyCount;
import nl.wijkzicht.scoring.control.SurveyDenominator;
import nl.wijkzicht.scoring.control.SurveyQuestion;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;
import nl.wijkzicht.scoring.control.SurveyTally;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.survey.control.SurveyCsvReader;

/**
 * Survey studies (framework rule {@code count}): responses per network or organisation in the
 * study's areas, entered one by one (then answered on the interview form, with its autosave) or
 * imported from a CSV export, and the results counted in the database.
 *
 * <p>Who may do what is the rule of the other study pages: reading responses and results is for the
 * study's team and the coordinators and admins ({@link AccessPolicy#mayReadStudy}); entering and
 * importing responses likewise ({@link AccessPolicy#mayRecordFieldwork}). Every read of responses
 * is logged; the results (counts, no single response) are logged as a read of the study's results.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

  private static final System.Logger LOGGER = System.getLogger(SurveyService.class.getName());
  static final String OBJECT = "Interview";
  static final String RESULTS = "SurveyResults";
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,40}");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /**
   * The survey study, for reading: unknown (404, logged FAILED), not on the actor's list (403,
   * logged DENIED) and a study whose framework does not count (404: it has no survey) are refused.
   */
  public Study study(Actor actor, long studyId) {
    Study study = find(actor, studyId, AccessAction.READ);
    if (!AccessPolicy.mayReadStudy(actor, study.inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, "Study", studyId).denied());
      throw NotAllowedException.denied("study " + studyId);
    }
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, "Study", studyId).detail("survey"));
    return study;
  }

  private Study find(Actor actor, long studyId, AccessAction action) {
    Study study = em.find(Study.class, studyId);
    if (study == null) {
      accessLog.record(
          actor, AccessEvent.of(action, "Study", studyId).failed().detail("unknown id"));
      throw new NotFoundException("study.unknown", studyId);
    }
    if (!isSurvey(study)) {
      throw new NotFoundException("survey.not_a_survey", study.getTitle());
    }
    return study;
  }

  private Study forRecording(Actor actor, long studyId, String what) {
    Study study = find(actor, studyId, AccessAction.CREATE);
    if (!AccessPolicy.mayRecordFieldwork(actor, study.inspectorIds())) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, OBJECT, null).denied().detail(what));
      throw NotAllowedException.denied("survey responses of study " + studyId);
    }
    return study;
  }

  /** Whether a study is a survey: its framework version's roll-up rule is {@code count}. */
  public static boolean isSurvey(Study study) {
    return study.getFrameworkVersion().getRollUpRule() == RollUpRule.COUNT;
  }

  /** The framework version's questions in framework order (theme, norm, question). */
  public static List<FrameworkQuestion> questions(Study study) {
    List<FrameworkQuestion> result = new ArrayList<>();
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        result.addAll(norm.getQuestions());
      }
    }
    return result;
  }

  /** The questions a result can be split by: single choice and yes/no. */
  public static List<FrameworkQuestion> groupingQuestions(Study study) {
    return questions(study).stream()
        .filter(q -> q.getType() == AnswerType.SINGLE_CHOICE || q.getType() == AnswerType.YES_NO)
        .toList();
  }

  /** The default grouping question: the first single-choice question (REIK.1.a, the scope). */
  public static String defaultGrouping(Study study) {
    return questions(study).stream()
        .filter(q -> q.getType() == AnswerType.SINGLE_CHOICE)
        .map(FrameworkQuestion::getCode)
        .findFirst()
        .orElse(null);
  }

  /** The roles that have questions in the study's framework version (those a response can have). */
  public static List<RespondentRole> roles(Study study) {
    Set<RespondentRole> used = java.util.EnumSet.noneOf(RespondentRole.class);
    questions(study).forEach(q -> used.addAll(q.getRoles()));
    return List.copyOf(used);
  }

  /** The responses of a survey study (of one area if given): one query; logged as a search. */
  public List<SurveyResponseRow> responses(Actor actor, long studyId, Long areaId) {
    Study study = study(actor, studyId);
    var query =
        em.createQuery(
                "select i.id, i.reference, i.pseudonym, m.name, a.districtCode, a.districtName,"
                    + " i.role, i.heldOn, i.completed, count(x) from Interview i join i.area a"
                    + " join a.municipality m left join i.answers x on"
                    + " ((x.value is not null and trim(x.value) <> '')"
                    + " or (x.note is not null and trim(x.note) <> ''))"
                    + " where i.study.id = :study"
                    + (areaId == null ? "" : " and a.id = :area")
                    + " group by i.id, i.reference, i.pseudonym, m.name, a.districtCode,"
                    + " a.districtName, i.role, i.heldOn, i.completed order by i.reference",
                Object[].class)
            .setParameter("study", study.getId());
    if (areaId != null) {
      query.setParameter("area", areaId);
    }
    List<Object[]> rows = query.getResultList();
    List<SurveyResponseRow> result =
        rows.stream()
            .map(
                r ->
                    new SurveyResponseRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((String) r[4]).isEmpty() ? (String) r[3] : r[3] + "-" + r[5],
                        (RespondentRole) r[6],
                        (LocalDate) r[7],
                        (Boolean) r[8],
                        ((Number) r[9]).longValue()))
            .toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null)
            .detail("survey responses of study " + studyId + ": " + result.size()));
    return result;
  }

  /**
   * Starts one response by hand: the network's reference, its area, the respondent's role and the
   * date; the answers are then given on the interview form (autosaved like any interview).
   */
  public Interview startResponse(
      Actor actor,
      long studyId,
      Long areaId,
      String reference,
      RespondentRole role,
      LocalDate heldOn) {
    Study study = forRecording(actor, studyId, "survey response");
    List<FieldProblem> problems = new ArrayList<>();
    StudyArea area =
        areaId == null
            ? null
            : study.getAreas().stream()
                .filter(a -> a.getId() == areaId.longValue())
                .findFirst()
                .orElse(null);
    if (area == null) {
      problems.add(new FieldProblem("area", "survey.area.required", List.of()));
    }
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty()) {
      problems.add(new FieldProblem("reference", "survey.reference.required", List.of()));
    } else if (!REFERENCE.matcher(ref).matches()) {
      problems.add(
          new FieldProblem(
              "reference",
              "survey.reference.invalid",
              List.of(ref, SurveyCsvReader.REFERENCE_LENGTH)));
    } else if (references(study).contains(ref.toLowerCase(Locale.ROOT))) {
      problems.add(new FieldProblem("reference", "survey.reference.exists", List.of(ref)));
    }
    if (role == null) {
      problems.add(new FieldProblem("role", "interview.role.required", List.of()));
    } else if (!roles(study).contains(role)) {
      problems.add(
          new FieldProblem(
              "role", "interview.role.no_questions", List.of(nl.wijkzicht.TextKey.of(role))));
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
    Interview response =
        Interview.surveyResponse(
            study,
            area,
            ref,
            role,
            Pseudonyms.next(Pseudonyms.prefix(role), pseudonyms(study, role)),
            heldOn,
            Instant.now(clock),
            actor.username());
    em.persist(response);
    flush(response.getReference());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, response.getId())
            .area(code(area))
            .detail("survey response " + ref));
    return response;
  }

  /**
   * Imports responses from a CSV export ({@link SurveyCsvReader}): all or nothing. Every problem of
   * the file is reported with its line and column and then nothing is stored; otherwise each row
   * becomes a completed response with its answers.
   */
  public SurveyImportReport importCsv(Actor actor, long studyId, byte[] content) {
    Study study = forRecording(actor, studyId, "survey csv import");
    Map<String, FrameworkQuestion> byCode = new LinkedHashMap<>();
    Map<String, SurveyCsvReader.Question> shapes = new HashMap<>();
    for (FrameworkQuestion q : questions(study)) {
      String key = q.getCode().toLowerCase(Locale.ROOT);
      byCode.put(q.getCode(), q);
      shapes.put(key, new SurveyCsvReader.Question(shape(q), q.getRoles()));
    }
    Map<String, Long> areas = new LinkedHashMap<>();
    Map<Long, StudyArea> areaById = new HashMap<>();
    for (StudyArea a : study.getAreas()) {
      areas.put(code(a), a.getId());
      areaById.put(a.getId(), a);
    }
    SurveyCsvReader.Result read =
        SurveyCsvReader.read(
            content,
            new SurveyCsvReader.Context(
                shapes,
                areas,
                references(study),
                study.getStartsOn(),
                study.getEndsOn(),
                LocalDate.now(clock.withZone(AMSTERDAM))));
    if (!read.problems().isEmpty()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.CREATE, OBJECT, null)
              .failed()
              .detail(
                  "survey csv import for study "
                      + studyId
                      + " refused: "
                      + read.problems().size()
                      + " problem(s)"));
      return new SurveyImportReport(
          0,
          0,
          read.separator(),
          read.problems().stream()
              .map(p -> new SurveyImportReport.Line(p.line(), p.column(), p.key(), p.arguments()))
              .toList());
    }
    Instant now = Instant.now(clock);
    Map<RespondentRole, List<String>> used = new HashMap<>();
    int answers = 0;
    for (SurveyCsvReader.Row row : read.rows()) {
      List<String> taken = used.computeIfAbsent(row.role(), r -> pseudonyms(study, r));
      String pseudonym = Pseudonyms.next(Pseudonyms.prefix(row.role()), taken);
      taken.add(pseudonym);
      Interview response =
          Interview.surveyResponse(
              study,
              areaById.get(row.areaId()),
              row.reference(),
              row.role(),
              pseudonym,
              row.heldOn(),
              now,
              actor.username());
      for (Map.Entry<String, AnswerRules.Checked> a : row.answers().entrySet()) {
        InterviewAnswer answer =
            response.add(new InterviewAnswer(response, byCode.get(a.getKey())));
        answer.change(a.getValue().value(), a.getValue().note(), now, actor.username());
        answers++;
      }
      response.complete(true);
      em.persist(response);
    }
    flush("csv");
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, null)
            .detail(
                "survey csv import for study "
                    + studyId
                    + ": "
                    + read.rows().size()
                    + " responses, "
                    + answers
                    + " answers"));
    LOGGER.log(
        Level.INFO,
        "Survey import for study {0}: {1} responses, {2} answers.",
        studyId,
        read.rows().size(),
        answers);
    return new SurveyImportReport(read.rows().size(), answers, read.separator(), List.of());
  }

  /**
   * The results: per counted question (choices, yes/no, scales and numbers; open questions are not
   * counted) the counts and percentages per option, overall and per group of {@code grouping} (a
   * single-choice or yes/no question's code; null or unknown: the default grouping; {@code ""}: no
   * split), of one area if given. Two grouped queries for the whole study, however many responses.
   * {@code denominators} chooses per question code what the percentages are of (default: the
   * responses that answered the question).
   */
  public SurveyResults results(
      Actor actor,
      long studyId,
      String grouping,
      Map<String, SurveyDenominator> denominators,
      Long areaId) {
    Study study = study(actor, studyId);
    FrameworkQuestion group = groupingQuestion(study, grouping);
    String areaFilter = areaId == null ? "" : " and i.area.id = :area";
    String groupJoin = group == null ? "" : " left join i.answers g on g.question.id = :group";
    // Without a grouping question the group column is left out (JPQL cannot group by a literal).
    String groupSelect = group == null ? "" : "g.value, ";
    String groupBy = group == null ? "" : "g.value, ";
    int offset = group == null ? 0 : 1;
    var perGroupQuery =
        em.createQuery(
            "select "
                + groupSelect
                + "count(i) from Interview i"
                + groupJoin
                + " where i.study.id = :study and i.area is not null"
                + areaFilter
                + (group == null ? "" : " group by g.value"),
            Object.class);
    var countQuery =
        em.createQuery(
            "select "
                + groupSelect
                + "q.code, a.value, count(a) from Interview i join i.answers a join a.question q"
                + groupJoin
                + " where i.study.id = :study and i.area is not null and a.value is not null"
                + areaFilter
                + " group by "
                + groupBy
                + "q.code, a.value",
            Object[].class);
    perGroupQuery.setParameter("study", studyId);
    countQuery.setParameter("study", studyId);
    if (group != null) {
      perGroupQuery.setParameter("group", group.getId());
      countQuery.setParameter("group", group.getId());
    }
    if (areaId != null) {
      perGroupQuery.setParameter("area", areaId);
      countQuery.setParameter("area", areaId);
    }
    Map<String, Long> perGroup = new HashMap<>();
    for (Object row : perGroupQuery.getResultList()) {
      if (row instanceof Object[] r) {
        perGroup.merge(key((String) r[0]), ((Number) r[1]).longValue(), Long::sum);
      } else {
        perGroup.merge(SurveyTally.NO_GROUP, ((Number) row).longValue(), Long::sum);
      }
    }
    List<SurveyCount> counts = new ArrayList<>();
    for (Object[] r : countQuery.getResultList()) {
      counts.add(
          new SurveyCount(
              offset == 0 ? SurveyTally.NO_GROUP : key((String) r[0]),
              (String) r[offset],
              (String) r[offset + 1],
              ((Number) r[offset + 2]).longValue()));
    }
    List<String> groups = group == null ? List.of() : optionCodes(group);
    List<SurveyQuestionResult> results = new ArrayList<>();
    for (FrameworkQuestion q : questions(study)) {
      if (q.getType() == AnswerType.OPEN) {
        continue;
      }
      SurveyQuestion counted =
          q.getType() == AnswerType.NUMBER
              ? SurveyQuestion.number(q.getCode())
              : new SurveyQuestion(
                  q.getCode(), q.getType() == AnswerType.MULTIPLE_CHOICE, optionCodes(q));
      SurveyDenominator denominator =
          denominators == null
              ? SurveyDenominator.ANSWERED
              : denominators.getOrDefault(q.getCode(), SurveyDenominator.ANSWERED);
      results.add(SurveyTally.tally(counted, denominator, groups, perGroup, counts));
    }
    long responses = perGroup.values().stream().mapToLong(Long::longValue).sum();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, RESULTS, studyId)
            .detail(
                responses
                    + " responses"
                    + (group == null ? "" : ", by " + group.getCode())
                    + (areaId == null ? "" : ", area " + areaId)));
    return new SurveyResults(responses, group == null ? null : group.getCode(), results);
  }

  /** The grouping question for a code: null or unknown → the default, "" → none. */
  public static FrameworkQuestion groupingQuestion(Study study, String code) {
    if (code != null && code.isEmpty()) {
      return null;
    }
    String wanted = code == null ? defaultGrouping(study) : code;
    return groupingQuestions(study).stream()
        .filter(q -> q.getCode().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseGet(
            () ->
                groupingQuestions(study).stream()
                    .filter(q -> q.getCode().equals(defaultGrouping(study)))
                    .findFirst()
                    .orElse(null));
  }

  /** A question's option codes as counted: its options, yes/no, or a scale's numbers. */
  public static List<String> optionCodes(FrameworkQuestion q) {
    return switch (q.getType()) {
      case YES_NO -> List.of(AnswerRules.YES, AnswerRules.NO);
      case SCALE -> {
        List<String> steps = new ArrayList<>();
        for (int i = q.getMin(); i <= q.getMax(); i++) {
          steps.add(Integer.toString(i));
        }
        yield steps;
      }
      default -> q.getOptions().stream().map(FrameworkQuestionOption::getCode).toList();
    };
  }

  private static String key(String group) {
    return group == null || group.isBlank() ? SurveyTally.NO_GROUP : group;
  }

  private Set<String> references(Study study) {
    Set<String> result = new HashSet<>();
    em.createNamedQuery(Interview.REFERENCES_IN_STUDY, String.class)
        .setParameter("studyId", study.getId())
        .getResultList()
        .forEach(r -> result.add(r.toLowerCase(Locale.ROOT)));
    return result;
  }

  private List<String> pseudonyms(Study study, RespondentRole role) {
    return new ArrayList<>(
        em.createNamedQuery(Interview.PSEUDONYMS_IN_STUDY, String.class)
            .setParameter("studyId", study.getId())
            .setParameter("prefix", Pseudonyms.prefix(role) + "-%")
            .getResultList());
  }

  private void flush(String what) {
    // Someone else stored the same reference or pseudonym since they were read: theirs stays.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, what),
        DatabaseWrite.UniqueKey.of(
            "uk_interview_response_ref", () -> new ConcurrentChangeException(OBJECT, what)),
        DatabaseWrite.UniqueKey.of(
            "uk_interview_pseudonym", () -> new ConcurrentChangeException(OBJECT, what)));
  }

  static String code(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
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
}
