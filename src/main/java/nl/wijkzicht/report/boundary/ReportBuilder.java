package nl.wijkzicht.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.network.boundary.AreaNetworkService;
import nl.wijkzicht.network.boundary.AreaOverview;
import nl.wijkzicht.network.boundary.TracerMap;
import nl.wijkzicht.network.boundary.TracerNetworkService;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.report.control.ReportFigures;
import nl.wijkzicht.report.control.ReportFigures.NormAcrossAreas;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Bottleneck;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Meta;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.NormFigure;
import nl.wijkzicht.report.control.ReportModel.Quote;
import nl.wijkzicht.report.control.ReportModel.RegionRow;
import nl.wijkzicht.report.control.ReportModel.ReplySummary;
import nl.wijkzicht.report.control.ReportModel.SurveyCell;
import nl.wijkzicht.report.control.ReportModel.SurveyRow;
import nl.wijkzicht.report.control.ReportModel.SurveyTable;
import nl.wijkzicht.report.control.ReportModel.Theme;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.ScoringSql;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.GroupResult;
import nl.wijkzicht.scoring.boundary.StudyScores.NormResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeResult;
import nl.wijkzicht.scoring.control.NormRanking;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.SurveyGroupResult;
import nl.wijkzicht.scoring.control.SurveyOptionCount;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;
import nl.wijkzicht.scoring.control.SurveyTally;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.survey.boundary.SurveyResults;
import nl.wijkzicht.survey.boundary.SurveyService;
import nl.wijkzicht.web.Messages;

/**
 * Builds the report model (docs/reports.md) from the live data: the figures from the study's
 * results as the dashboard reads them ({@link ScoringService#scores}, kept per data fingerprint),
 * the shareable quotes, who does what, the tracers' care networks, the providers' replies, the
 * survey tables and the coordinator's conclusions. Only reads. The web report, the PDF and the
 * published snapshot are all made from what this returns, so they show the same numbers.
 *
 * <p>Whoever may read the study may read its internal report; provider accounts never (refused and
 * logged as DENIED).
 */
@ApplicationScoped
@Transactional
public class ReportBuilder {

  static final String OBJECT = "Report";

  @Inject private EntityManager em;
  @Inject private StudyService studies;
  @Inject private ScoringService scoring;
  @Inject private SurveyService surveys;
  @Inject private AreaNetworkService areaNetworks;
  @Inject private TracerNetworkService tracerNetworks;
  @Inject private AccessLogService accessLog;

  /** Texts in the report's language from the messages bundle. */
  private static NetworkDiagrams.Texts texts(Locale locale) {
    return (key, arguments) -> Messages.text(locale, key, arguments);
  }

  /** The national comparison of a study, in the report's language. */
  public NationalReport national(Actor actor, long studyId, Locale locale) {
    Study study = readable(actor, studyId, null);
    String fingerprint = fingerprint(studyId);
    String language = locale.getLanguage();
    NetworkDiagrams.Texts t = texts(locale);
    String none = t.text("score.none");
    int min = study.getMinCellSize();
    String conclusion = conclusion(studyId, null);
    Meta meta;
    List<Theme> themes;
    RegionRow whole;
    List<AreaRow> areas = new ArrayList<>();
    List<RegionRow> regions = new ArrayList<>();
    List<Bottleneck> bottlenecks = List.of();
    List<SurveyTable> survey = List.of();
    if (isSurvey(study)) {
      meta = meta(study, null, locale, t, fingerprint);
      themes = themesOf(study.getFrameworkVersion(), locale);
      Figure empty = emptyFigure(none);
      List<Figure> emptyThemes = themes.stream().map(x -> empty).toList();
      whole =
          new RegionRow(
              "study", study.getTitle(), "STUDY", study.getAreas().size(), empty, emptyThemes);
      for (StudyArea a : study.getAreas()) {
        areas.add(
            new AreaRow(
                a.getId(),
                a.isDistrict() ? a.getDistrictCode() : a.getMunicipality().getCbsCode(),
                a.getMunicipality().getCbsCode(),
                a.getLabel(),
                a.getMunicipality().getProvince(),
                empty,
                emptyThemes));
      }
      survey = surveyTables(actor, study, locale, t);
    } else {
      StudyScores scores = scoring.scores(actor, studyId);
      meta = meta(study, scores, locale, t, fingerprint);
      themes = themes(scores, locale);
      for (AreaResult a : scores.areas()) {
        areas.add(areaRow(a, language, none, min));
      }
      whole = groupRow(scores.study(), scores, language, none, min);
      for (GroupResult r : scores.regions()) {
        regions.add(groupRow(r, scores, language, none, min));
      }
      bottlenecks = bottlenecks(scores, locale);
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, studyId)
            .detail("national report, " + areas.size() + " areas"));
    return new NationalReport(meta, themes, whole, areas, regions, bottlenecks, survey, conclusion);
  }

  /** One area's report ("inzichten per gebied"), in the report's language. */
  public AreaReport area(Actor actor, long studyId, long areaId, Locale locale) {
    Study study = readable(actor, studyId, areaId);
    String fingerprint = fingerprint(studyId);
    StudyArea studyArea =
        study.getAreas().stream()
            .filter(a -> a.getId() == areaId)
            .findFirst()
            .orElseThrow(() -> ScoringService.unknownArea(areaId));
    String language = locale.getLanguage();
    NetworkDiagrams.Texts t = texts(locale);
    String none = t.text("score.none");
    int min = study.getMinCellSize();
    Meta meta;
    List<Theme> themes;
    AreaRow row;
    List<ThemeSection> sections = new ArrayList<>();
    if (isSurvey(study)) {
      meta = meta(study, null, locale, t, fingerprint);
      themes = themesOf(study.getFrameworkVersion(), locale);
      Figure empty = emptyFigure(none);
      row =
          new AreaRow(
              areaId,
              code(studyArea),
              studyArea.getMunicipality().getCbsCode(),
              studyArea.getLabel(),
              studyArea.getMunicipality().getProvince(),
              empty,
              themes.stream().map(x -> empty).toList());
    } else {
      StudyScores scores = scoring.scores(actor, studyId);
      meta = meta(study, scores, locale, t, fingerprint);
      themes = themes(scores, locale);
      AreaResult a = scores.area(areaId).orElseThrow(() -> ScoringService.unknownArea(areaId));
      row = areaRow(a, language, none, min);
      Basis areaBasis = ReportFigures.basis(a.outcome().basis(), language);
      for (int i = 0; i < a.themes().size(); i++) {
        ThemeResult tr = a.themes().get(i);
        List<NormFigure> norms = new ArrayList<>();
        for (NormResult n : tr.norms()) {
          norms.add(
              new NormFigure(
                  tr.theme().code(),
                  n.norm().code(),
                  n.norm().title().in(locale),
                  ReportFigures.figure(
                      n.outcome(),
                      ReportFigures.withFindings(
                          areaBasis,
                          n.outcome().coverage().assessed(),
                          n.outcome().coverage().notAssessed()),
                      language,
                      none,
                      min)));
        }
        List<NormResult> ranked = tr.norms();
        List<String> strongest =
            NormRanking.strongest(ranked, NormResult::outcome, NormRanking.SHOWN).stream()
                .map(n -> n.norm().code())
                .toList();
        List<String> weakest =
            NormRanking.weakest(ranked, NormResult::outcome, NormRanking.SHOWN).stream()
                .map(n -> n.norm().code())
                .toList();
        sections.add(
            new ThemeSection(
                themes.get(i), row.themes().get(i), pick(norms, strongest), pick(norms, weakest)));
      }
    }
    List<Quote> quotes = quotes(actor, studyId, studyArea, locale);
    Diagram who = whoDoesWhat(actor, studyId, areaId, t);
    List<Diagram> networks = tracerNetworks(actor, areaId, t);
    ReplySummary replies = replies(studyId, areaId);
    String conclusion = conclusion(studyId, areaId);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, studyId)
            .area(code(studyArea))
            .detail("area report"));
    return new AreaReport(meta, themes, row, sections, quotes, who, networks, replies, conclusion);
  }

  /**
   * The report's data version: the scoring fingerprint ({@link ScoringSql#FINGERPRINT}: findings,
   * visits, tracers, interviews, overrides, the study row, providers, regions), plus what only the
   * report shows (the conclusions, the minimum cell size, shareable evidence, replies, remarks and
   * decisions, who does what, the tracers' networks, survey answers). The same value means the same
   * report (apart from its generation time).
   */
  public String fingerprint(long studyId) {
    return single(ScoringSql.FINGERPRINT, studyId) + "|" + single(FINGERPRINT, studyId);
  }

  /** What the report shows besides the scoring inputs; every parameter is the study id. */
  static final String FINGERPRINT =
      "SELECT CONCAT_WS(':',"
          + " (SELECT min_cell_size FROM study WHERE id = ?),"
          + part("report_conclusion c", "c.id, '/', c.version", "c.study_id = ?")
          + ","
          + part(
              "finding_evidence e JOIN finding f ON f.id = e.finding_id",
              "e.id, '/', e.shareable, '/', CRC32(e.description), '/', e.kind",
              "f.study_id = ?")
          + ","
          + part(
              "reply r JOIN visit v ON v.id = r.visit_id",
              "r.id, '/', r.version, '/', r.status",
              "v.study_id = ?")
          + ","
          + part(
              "reply_remark rr JOIN reply r ON r.id = rr.reply_id JOIN visit v ON v.id = r.visit_id",
              "rr.id, '/', rr.version",
              "v.study_id = ?")
          + ","
          + part(
              "remark_decision d JOIN reply_remark rr ON rr.id = d.remark_id"
                  + " JOIN reply r ON r.id = rr.reply_id JOIN visit v ON v.id = r.visit_id",
              "d.id, '/', d.version",
              "v.study_id = ?")
          + ","
          + part(
              "area_network n JOIN study_area a ON a.id = n.study_area_id",
              "n.id, '/', n.version",
              "a.study_id = ?")
          + ","
          + part(
              "tracer_network n JOIN tracer t ON t.id = n.tracer_id",
              "n.id, '/', n.version",
              "t.study_id = ?")
          + ","
          + part(
              "interview_answer ia JOIN interview i ON i.id = ia.interview_id",
              "ia.id, '/', ia.version",
              "i.study_id = ?")
          + ")";

  private static String part(String from, String row, String where) {
    return " (SELECT CONCAT(COUNT(*), '.', COALESCE(BIT_XOR(CRC32(CONCAT("
        + row
        + "))), 0)) FROM "
        + from
        + " WHERE "
        + where
        + ")";
  }

  private String single(String sql, long studyId) {
    var query = em.createNativeQuery(sql);
    int parameters = (int) sql.chars().filter(c -> c == '?').count();
    for (int i = 1; i <= parameters; i++) {
      query.setParameter(i, studyId);
    }
    Object result = query.getSingleResult();
    return result instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.US_ASCII)
        : String.valueOf(result);
  }

  // --- access ---

  private Study readable(Actor actor, long studyId, Long areaId) {
    if (actor.is(nl.wijkzicht.security.entity.Role.PROVIDER) || actor.isAnonymous()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, OBJECT, studyId)
              .denied()
              .detail(areaId == null ? "national report" : "area report " + areaId));
      throw NotAllowedException.denied("report of study " + studyId);
    }
    Study study = studies.get(actor, studyId);
    if (!AccessPolicy.mayReadReport(actor, study.inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, studyId).denied());
      throw NotAllowedException.denied("report of study " + studyId);
    }
    return study;
  }

  // --- figures ---

  private static boolean isSurvey(Study study) {
    return study.getFrameworkVersion().getRollUpRule() == RollUpRule.COUNT;
  }

  private static Meta meta(
      Study study, StudyScores scores, Locale locale, NetworkDiagrams.Texts t, String fingerprint) {
    FrameworkVersion version = study.getFrameworkVersion();
    String language = locale.getLanguage();
    return new Meta(
        study.getId(),
        study.getTitle(),
        version.getTitle().in(locale),
        version.getVersion(),
        t.text("scores.rule." + version.getRollUpRule().name()),
        scores == null ? List.of() : ReportFigures.levels(scores.scale(), language),
        scores == null ? List.of() : ReportFigures.bands(scores.scale()),
        study.getStartsOn(),
        study.getEndsOn(),
        language,
        study.getMinCellSize(),
        false,
        fingerprint,
        Instant.now());
  }

  private static List<Theme> themes(StudyScores scores, Locale locale) {
    return scores.themes().stream().map(r -> new Theme(r.code(), r.title().in(locale))).toList();
  }

  private static List<Theme> themesOf(FrameworkVersion version, Locale locale) {
    return version.getThemes().stream()
        .map(r -> new Theme(r.getCode(), r.getTitle().in(locale)))
        .toList();
  }

  private static Figure emptyFigure(String none) {
    return new Figure(
        null, none, null, null, null, null, null, 0, 0, 0, Basis.NONE, false, null, false, false);
  }

  /** An area's overall figure and one per theme; a theme rests on the area's providers. */
  static AreaRow areaRow(AreaResult a, String language, String none, int min) {
    Basis basis = ReportFigures.basis(a.outcome().basis(), language);
    List<Figure> themes = new ArrayList<>();
    for (ThemeResult t : a.themes()) {
      themes.add(
          ReportFigures.figure(t.outcome(), themeBasis(basis, List.of(t)), language, none, min));
    }
    return new AreaRow(
        a.area().id(),
        a.area().code(),
        a.area().municipalityCode(),
        a.area().label(),
        a.area().province(),
        ReportFigures.figure(a.outcome(), basis, language, none, min),
        themes);
  }

  /** The basis of a group's figure with the findings of the given theme results (summed). */
  private static Basis themeBasis(Basis basis, List<ThemeResult> themes) {
    int assessed = 0;
    int notAssessed = 0;
    for (ThemeResult t : themes) {
      for (NormResult n : t.norms()) {
        assessed += n.outcome().coverage().assessed();
        notAssessed += n.outcome().coverage().notAssessed();
      }
    }
    return ReportFigures.withFindings(basis, assessed, notAssessed);
  }

  private static RegionRow groupRow(
      GroupResult g, StudyScores scores, String language, String none, int min) {
    Basis basis = ReportFigures.basis(g.outcome().basis(), language);
    List<AreaResult> members =
        scores.areas().stream().filter(a -> g.areaIds().contains(a.area().id())).toList();
    List<Figure> themes = new ArrayList<>();
    for (ThemeRef theme : scores.themes()) {
      Outcome o = g.themes().get(theme.id());
      themes.add(
          ReportFigures.figure(
              o,
              themeBasis(basis, members.stream().map(a -> a.theme(theme.id())).toList()),
              language,
              none,
              min));
    }
    return new RegionRow(
        g.key(),
        g.name(),
        g.kind(),
        g.areaIds().size(),
        ReportFigures.figure(g.outcome(), basis, language, none, min),
        themes);
  }

  private static List<NormFigure> pick(List<NormFigure> norms, List<String> codes) {
    List<NormFigure> picked = new ArrayList<>();
    for (String code : codes) {
      norms.stream().filter(n -> n.code().equals(code)).findFirst().ifPresent(picked::add);
    }
    return picked;
  }

  private static List<Bottleneck> bottlenecks(StudyScores scores, Locale locale) {
    List<NormAcrossAreas> norms = new ArrayList<>();
    if (scores.areas().isEmpty()) {
      return List.of();
    }
    AreaResult first = scores.areas().get(0);
    for (ThemeResult theme : first.themes()) {
      for (NormResult norm : theme.norms()) {
        List<Outcome> outcomes = new ArrayList<>();
        for (AreaResult a : scores.areas()) {
          a.norm(norm.norm().id()).ifPresent(n -> outcomes.add(n.outcome()));
        }
        norms.add(
            new NormAcrossAreas(
                theme.theme().code(),
                norm.norm().code(),
                norm.norm().title().in(locale),
                outcomes));
      }
    }
    return ReportFigures.bottlenecks(norms, scores.scale().levels().size());
  }

  // --- survey ---

  /**
   * One table per counted question with options (numbers are left out): a row per group of the
   * default grouping question, after the row of all responses; a row with fewer respondents than
   * the minimum cell size is marked.
   */
  private List<SurveyTable> surveyTables(
      Actor actor, Study study, Locale locale, NetworkDiagrams.Texts t) {
    SurveyResults results = surveys.results(actor, study.getId(), null, null, null);
    Map<String, FrameworkQuestion> byCode = new HashMap<>();
    SurveyService.questions(study).forEach(q -> byCode.put(q.getCode(), q));
    FrameworkQuestion group =
        results.groupingQuestion() == null ? null : byCode.get(results.groupingQuestion());
    String grouping = group == null ? "" : group.getText().in(locale);
    int min = study.getMinCellSize();
    List<SurveyTable> tables = new ArrayList<>();
    for (SurveyQuestionResult r : results.questions()) {
      if (r.question().isNumber()) {
        continue;
      }
      FrameworkQuestion q = byCode.get(r.question().code());
      List<String> columns =
          r.question().options().stream().map(o -> optionLabel(q, o, locale, t)).toList();
      List<SurveyGroupResult> groups = new ArrayList<>();
      groups.add(r.overall());
      groups.addAll(r.groups());
      List<SurveyRow> rows = new ArrayList<>();
      for (SurveyGroupResult g : groups) {
        List<SurveyCell> cells = new ArrayList<>();
        for (String option : r.question().options()) {
          SurveyOptionCount c = g.option(option);
          cells.add(new SurveyCell((int) c.count(), c.percent()));
        }
        String label =
            SurveyTally.OVERALL.equals(g.group())
                ? t.text("survey.results.overall")
                : SurveyTally.NO_GROUP.equals(g.group())
                    ? t.text("survey.results.no_group")
                    : optionLabel(group, g.group(), locale, t);
        rows.add(new SurveyRow(label, (int) g.responses(), cells, g.responses() < min, false));
      }
      tables.add(
          new SurveyTable(
              r.question().code(),
              q == null ? r.question().code() : q.getText().in(locale),
              grouping,
              columns,
              rows));
    }
    return tables;
  }

  private static String optionLabel(
      FrameworkQuestion q, String code, Locale locale, NetworkDiagrams.Texts t) {
    if (q == null) {
      return code;
    }
    if (q.getType() == AnswerType.YES_NO) {
      return t.text("answer." + code);
    }
    return q.getOptions().stream()
        .filter(o -> o.getCode().equals(code))
        .map(FrameworkQuestionOption::getLabel)
        .map(l -> l.in(locale))
        .findFirst()
        .orElse(code);
  }

  // --- area parts ---

  private static String code(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
  }

  /**
   * The evidence of the area's findings that the inspector marked shareable, as written (an
   * answer's quote as the inspector put it), with at most the respondent's role: never a pseudonym.
   * A read of personal data: logged.
   */
  private List<Quote> quotes(Actor actor, long studyId, StudyArea area, Locale locale) {
    List<Quote> quotes = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT t.code, n.code, e.kind, e.description, i.respondent_role"
                    + " FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
                    + " JOIN framework_norm n ON n.id = f.norm_id"
                    + " JOIN framework_theme t ON t.id = n.theme_id"
                    + " LEFT JOIN interview_answer a ON a.id = e.answer_id"
                    + " LEFT JOIN interview i ON i.id = a.interview_id"
                    + " WHERE f.study_id = ? AND f.study_area_id = ? AND e.shareable = TRUE"
                    + " AND e.description <> ''"
                    + " ORDER BY t.position, n.position, f.id, e.position")
            .setParameter(1, studyId)
            .setParameter(2, area.getId())
            .getResultList()) {
      Object[] row = (Object[]) o;
      String kind = (String) row[2];
      String role = (String) row[4];
      quotes.add(
          new Quote(
              (String) row[0],
              (String) row[1],
              "ANSWER".equals(kind) ? "QUOTE" : kind,
              (String) row[3],
              role == null
                  ? null
                  : RespondentRole.ofCode(role.toLowerCase(Locale.ROOT))
                      .map(r -> Messages.text(locale, "RespondentRole." + r.name()))
                      .orElse(null)));
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, "FindingEvidence", null)
            .area(code(area))
            .detail("report: " + quotes.size() + " shareable quotes and observations"));
    return quotes;
  }

  private Diagram whoDoesWhat(Actor actor, long studyId, long areaId, NetworkDiagrams.Texts t) {
    AreaOverview overview = areaNetworks.read(actor, studyId, areaId);
    if (overview.version() == 0) {
      return null;
    }
    return NetworkDiagrams.area(overview.areaLabel(), overview.who(), t);
  }

  private List<Diagram> tracerNetworks(Actor actor, long areaId, NetworkDiagrams.Texts t) {
    List<Diagram> diagrams = new ArrayList<>();
    for (Long id :
        em.createQuery(
                "select t.id from Tracer t where t.area.id = :area order by t.pseudonym",
                Long.class)
            .setParameter("area", areaId)
            .getResultList()) {
      TracerMap map = tracerNetworks.map(actor, id);
      String band = map.ageBand() == null ? "" : t.text("AgeBand." + map.ageBand().name());
      diagrams.add(NetworkDiagrams.tracer(map.network(), band, t));
    }
    return diagrams;
  }

  /**
   * The providers' reactions in the area: providers asked (of the area's visits sent for reply),
   * providers that submitted a reply, their remarks, and the decisions on them.
   */
  private ReplySummary replies(long studyId, long areaId) {
    String visits = " v.study_id = ?1 AND v.study_area_id = ?2";
    String submitted =
        " FROM reply_remark rr JOIN reply r ON r.id = rr.reply_id"
            + " JOIN visit v ON v.id = r.visit_id WHERE r.status = 'SUBMITTED' AND"
            + visits;
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(DISTINCT pl.provider_id) FROM visit v"
                        + " JOIN provider_location pl ON pl.id = v.location_id WHERE"
                        + visits
                        + " AND v.status <> 'CANCELLED' AND (v.reply_deadline IS NOT NULL"
                        + " OR v.status IN ('SENT_FOR_REPLY', 'REPLY_RECEIVED'))),"
                        + " (SELECT COUNT(DISTINCT r.provider_id) FROM reply r"
                        + " JOIN visit v ON v.id = r.visit_id WHERE r.status = 'SUBMITTED' AND"
                        + visits
                        + "), (SELECT COUNT(*)"
                        + submitted
                        + "), (SELECT COUNT(*)"
                        + submitted.replace(
                            " FROM reply_remark rr",
                            " FROM remark_decision d JOIN reply_remark rr ON rr.id = d.remark_id")
                        + " AND d.outcome = 'ACCEPTED'), (SELECT COUNT(*)"
                        + submitted.replace(
                            " FROM reply_remark rr",
                            " FROM remark_decision d JOIN reply_remark rr ON rr.id = d.remark_id")
                        + " AND d.outcome = 'NOT_ACCEPTED')")
                .setParameter(1, studyId)
                .setParameter(2, areaId)
                .getSingleResult();
    int asked = ((Number) row[0]).intValue();
    int replied = ((Number) row[1]).intValue();
    int remarks = ((Number) row[2]).intValue();
    int accepted = ((Number) row[3]).intValue();
    int notAccepted = ((Number) row[4]).intValue();
    return new ReplySummary(
        asked,
        replied,
        remarks,
        accepted,
        notAccepted,
        Math.max(0, remarks - accepted - notAccepted));
  }

  /** The conclusions of the study or an area ("" when none); the caller checked the study. */
  private String conclusion(long studyId, Long areaId) {
    return em.createQuery(
            "select c.body from ReportConclusion c where c.studyId = :study and c.scope = :scope",
            String.class)
        .setParameter("study", studyId)
        .setParameter("scope", nl.wijkzicht.report.entity.ReportConclusion.scope(areaId))
        .getResultStream()
        .findFirst()
        .orElse("");
  }

  /** Unknown area of a study, for pages that take an area id. */
  static NotFoundException unknownArea(long areaId) {
    return ScoringService.unknownArea(areaId);
  }
}
