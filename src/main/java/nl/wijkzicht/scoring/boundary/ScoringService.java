package nl.wijkzicht.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingBand;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaRef;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.GroupResult;
import nl.wijkzicht.scoring.boundary.StudyScores.NormRef;
import nl.wijkzicht.scoring.boundary.StudyScores.NormResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeResult;
import nl.wijkzicht.scoring.control.Basis;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.RollUp;
import nl.wijkzicht.scoring.control.ScoreBand;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.control.ScoreOverride;
import nl.wijkzicht.scoring.control.ScoreScale;
import nl.wijkzicht.scoring.control.Term;
import nl.wijkzicht.scoring.entity.ResultOverride;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;

/**
 * A study's results at every level (docs/scoring.md). The inputs come from a fixed handful of
 * grouped queries over the whole study, whatever its size: findings per area, norm and level; the
 * places that could hold a finding (visits not cancelled, tracers) per area; overrides; the
 * regions; and the basis per area, region and study. No finding entity is loaded.
 */
@ApplicationScoped
@Transactional
public class ScoringService {

  @Inject EntityManager em;
  @Inject StudyService studies;
  @Inject AccessLogService accessLog;
  @Inject ScoreCache cache;

  /** Whether the study's framework is a survey (rule count), which has results per question. */
  public boolean isSurvey(Actor actor, long studyId) {
    return studies.get(actor, studyId).getFrameworkVersion().getRollUpRule() == RollUpRule.COUNT;
  }

  /** Every result of the study. Access checked and logged as a read of the study. */
  public StudyScores scores(Actor actor, long studyId) {
    return scores(actor, studyId, null);
  }

  /**
   * Every result of the study, counting only findings that concern providers of one kind (null:
   * all): findings at visits to that kind's locations, on tracers with such a provider in their
   * network, and findings naming such a provider.
   */
  public StudyScores scores(Actor actor, long studyId, ProviderKind kind) {
    Study study = studies.get(actor, studyId);
    return compute(study, kind);
  }

  /**
   * Every result of the study, or empty when its framework is a survey (rule count), whose results
   * are per question: one read of the study for pages that show either.
   */
  public Optional<StudyScores> scoresUnlessSurvey(Actor actor, long studyId, ProviderKind kind) {
    Study study = studies.get(actor, studyId);
    return study.getFrameworkVersion().getRollUpRule() == RollUpRule.COUNT
        ? Optional.empty()
        : Optional.of(compute(study, kind));
  }

  StudyScores compute(Study study) {
    return compute(study, null);
  }

  /**
   * The study's results: from the cache when the data they rest on is unchanged (one fingerprint
   * statement, {@link ScoreCache}), else counted and rolled up afresh.
   */
  StudyScores compute(Study study, ProviderKind kind) {
    if (study.getFrameworkVersion().getRollUpRule() == RollUpRule.COUNT) {
      throw InvalidInputException.of("study", "scoring.survey", study.getTitle());
    }
    String fingerprint = cache.fingerprint(study.getId(), () -> fingerprint(study.getId()));
    Optional<StudyScores> kept = cache.get(study.getId(), kind, fingerprint);
    if (kept.isPresent()) {
      return kept.get();
    }
    StudyScores scores = computeFresh(study, kind);
    cache.put(study.getId(), kind, fingerprint, scores);
    return scores;
  }

  /** The fingerprint of everything the study's results rest on (one statement). */
  String fingerprint(long studyId) {
    var query = em.createNativeQuery(ScoringSql.FINGERPRINT);
    int parameters = (int) ScoringSql.FINGERPRINT.chars().filter(c -> c == '?').count();
    for (int i = 1; i <= parameters; i++) {
      query.setParameter(i, studyId);
    }
    Object result = query.getSingleResult();
    // CONCAT over numbers is a binary string in MariaDB: the driver may answer bytes.
    return result instanceof byte[] bytes
        ? new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)
        : String.valueOf(result);
  }

  /** Counts and rolls up the study's results without the cache. */
  StudyScores computeFresh(Study study, ProviderKind kind) {
    FrameworkVersion version = study.getFrameworkVersion();
    ScoreScale scale = scale(version);
    RollUp rollUp = new RollUp(scale);
    List<ThemeRef> themes = new ArrayList<>();
    Map<Long, List<NormRef>> normsByTheme = new LinkedHashMap<>();
    for (FrameworkTheme theme : version.getThemes()) {
      themes.add(new ThemeRef(theme.getId(), theme.getCode(), theme.getTitle()));
      List<NormRef> norms = new ArrayList<>();
      for (FrameworkNorm norm : theme.getNorms()) {
        norms.add(
            new NormRef(
                norm.getId(),
                norm.getCode(),
                norm.getTitle(),
                theme.getId(),
                norm.getLevel(),
                norm.getWeight() == null ? 1 : norm.getWeight()));
      }
      normsByTheme.put(theme.getId(), norms);
    }
    long studyId = study.getId();
    List<AreaRef> areas = areas(studyId);
    Map<Long, Map<Long, Tally>> tallies = tallies(studyId, kind);
    Map<Long, long[]> places = places(studyId, kind);
    Map<String, ScoreOverride> overrides = overrides(studyId, scale);
    Map<String, Basis> basis = areaBasis(studyId, kind);

    List<AreaResult> areaResults = new ArrayList<>();
    for (AreaRef area : areas) {
      Map<Long, Tally> byNorm = tallies.getOrDefault(area.id(), Map.of());
      long[] areaPlaces = places.getOrDefault(area.id(), new long[2]);
      List<ThemeResult> themeResults = new ArrayList<>();
      List<Term> themeTerms = new ArrayList<>();
      int assessed = 0;
      int notAssessed = 0;
      for (ThemeRef theme : themes) {
        List<NormResult> normResults = new ArrayList<>();
        List<Term> normTerms = new ArrayList<>();
        for (NormRef norm : normsByTheme.get(theme.id())) {
          Tally tally = byNorm.getOrDefault(norm.id(), Tally.EMPTY);
          long expected = areaPlaces[0] + (norm.level() == NormLevel.CLIENT ? areaPlaces[1] : 0);
          int missing = (int) Math.max(0, expected - tally.onVisitsAndTracers());
          Outcome outcome = rollUp.ofFindings(tally.counts(), missing);
          assessed += outcome.coverage().assessed();
          notAssessed += outcome.coverage().notAssessed();
          normResults.add(new NormResult(norm, outcome));
          normTerms.add(rollUp.term(norm.code(), norm.code(), outcome, norm.weight()));
        }
        Outcome themeOutcome =
            withOverride(rollUp.ofTerms(normTerms), overrides.get(key(area.id(), theme.id())));
        themeResults.add(new ThemeResult(theme, themeOutcome, List.copyOf(normResults)));
        themeTerms.add(rollUp.term(theme.code(), theme.code(), themeOutcome, 1));
      }
      Basis areaBasis = basis.getOrDefault(String.valueOf(area.id()), Basis.NONE);
      areaBasis = withFindings(areaBasis, assessed, notAssessed);
      Outcome areaOutcome =
          withOverride(rollUp.ofTerms(themeTerms), overrides.get(key(area.id(), null)))
              .withBasis(areaBasis);
      areaResults.add(new AreaResult(area, areaOutcome, List.copyOf(themeResults)));
    }

    GroupResult whole =
        group(
            rollUp,
            "study",
            study.getTitle(),
            "STUDY",
            areaResults,
            themes,
            combined(
                areaResults,
                providers(studyId, ScoringSql.BasisLevel.STUDY, kind).getOrDefault("study", 0)));
    List<GroupResult> regions = new ArrayList<>();
    Map<String, Integer> regionProviders = providers(studyId, ScoringSql.BasisLevel.REGION, kind);
    for (Object[] row : regions(studyId)) {
      String regionKey = String.valueOf(((Number) row[0]).longValue());
      List<Long> areaIds = Arrays.stream(((String) row[3]).split(",")).map(Long::valueOf).toList();
      List<AreaResult> members =
          areaResults.stream().filter(a -> areaIds.contains(a.area().id())).toList();
      regions.add(
          group(
              rollUp,
              regionKey,
              (String) row[1],
              (String) row[2],
              members,
              themes,
              combined(members, regionProviders.getOrDefault(regionKey, 0))));
    }
    return new StudyScores(
        studyId,
        study.getTitle(),
        version.getTitle(),
        version.getVersion(),
        scale,
        List.copyOf(themes),
        List.copyOf(areaResults),
        whole,
        List.copyOf(regions));
  }

  /** The basis of each norm or theme in one area, for the explain page (one query). */
  public Map<String, Basis> areaDetailBasis(
      long studyId, long areaId, boolean perTheme, ProviderKind kind) {
    return basisQuery(
        studyId,
        perTheme ? ScoringSql.BasisLevel.AREA_THEME : ScoringSql.BasisLevel.AREA_NORM,
        areaId,
        kind);
  }

  private GroupResult group(
      RollUp rollUp,
      String key,
      String name,
      String kind,
      List<AreaResult> members,
      List<ThemeRef> themes,
      Basis basis) {
    List<Term> areaTerms = new ArrayList<>();
    int assessed = 0;
    int notAssessed = 0;
    for (AreaResult area : members) {
      areaTerms.add(rollUp.term(area.area().code(), area.area().label(), area.outcome(), 1));
      assessed += area.outcome().basis().findings();
      notAssessed += area.outcome().basis().notAssessed();
    }
    Map<Long, Outcome> byTheme = new LinkedHashMap<>();
    for (ThemeRef theme : themes) {
      List<Term> terms = new ArrayList<>();
      for (AreaResult area : members) {
        terms.add(
            rollUp.term(
                area.area().code(), area.area().label(), area.theme(theme.id()).outcome(), 1));
      }
      byTheme.put(theme.id(), rollUp.ofTerms(terms));
    }
    return new GroupResult(
        key,
        name,
        kind,
        members.stream().map(a -> a.area().id()).toList(),
        rollUp.ofTerms(areaTerms).withBasis(withFindings(basis, assessed, notAssessed)),
        byTheme);
  }

  /**
   * The basis of several areas: visits, tracers and interviews belong to one area each, so they add
   * up; respondent roles are the union; providers (who may serve several areas) come counted
   * distinct from the database.
   */
  private static Basis combined(List<AreaResult> areas, int providers) {
    int visits = 0;
    int tracers = 0;
    int interviews = 0;
    java.util.SortedSet<String> roles = new TreeSet<>();
    for (AreaResult area : areas) {
      Basis b = area.outcome().basis();
      visits += b.visits();
      tracers += b.tracers();
      interviews += b.interviews();
      roles.addAll(b.respondentRoles());
    }
    return new Basis(0, 0, visits, tracers, interviews, List.copyOf(roles), providers);
  }

  /**
   * The basis per area in three grouped queries (places; interviews and roles; providers): the
   * fastest form measured on the national study (docs/performance.md, "Scoring").
   */
  private Map<String, Basis> areaBasis(long studyId, ProviderKind kind) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, List<String>> roles = new HashMap<>();
    for (Object o :
        em.createNativeQuery(ScoringSql.areaPlaces(kind))
            .setParameter(1, studyId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      int[] c = counts.computeIfAbsent(String.valueOf(row[0]), k -> new int[3]);
      c[0] = ((Number) row[1]).intValue();
      c[1] = ((Number) row[2]).intValue();
    }
    for (Object o :
        em.createNativeQuery(ScoringSql.areaInterviews(kind))
            .setParameter(1, studyId)
            .setParameter(2, studyId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      counts.computeIfAbsent(String.valueOf(row[0]), k -> new int[3])[2] =
          ((Number) row[1]).intValue();
      String text = row[2] == null ? "" : row[2].toString();
      roles.put(
          String.valueOf(row[0]),
          text.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(List.of(text.split(",")))));
    }
    Map<String, Integer> providers = providers(studyId, ScoringSql.BasisLevel.AREA, kind);
    Map<String, Basis> result = new HashMap<>();
    counts.forEach(
        (area, c) ->
            result.put(
                area,
                new Basis(
                    0,
                    0,
                    c[0],
                    c[1],
                    c[2],
                    roles.getOrDefault(area, List.of()),
                    providers.getOrDefault(area, 0))));
    return result;
  }

  /** Distinct providers per area, per region or for the study, in one query. */
  private Map<String, Integer> providers(
      long studyId, ScoringSql.BasisLevel level, ProviderKind kind) {
    Map<String, Integer> result = new HashMap<>();
    for (Object o :
        em.createNativeQuery(ScoringSql.providers(level, kind))
            .setParameter(1, studyId)
            .setParameter(2, studyId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      result.put(String.valueOf(row[0]), ((Number) row[1]).intValue());
    }
    return result;
  }

  private static Basis withFindings(Basis basis, int assessed, int notAssessed) {
    return new Basis(
        assessed,
        notAssessed,
        basis.visits(),
        basis.tracers(),
        basis.interviews(),
        basis.respondentRoles(),
        basis.providers());
  }

  private static Outcome withOverride(Outcome outcome, ScoreOverride override) {
    return override == null ? outcome : outcome.withOverride(override);
  }

  static String key(long areaId, Long themeId) {
    return areaId + "/" + ResultOverride.target(themeId);
  }

  /** The version's scale as the rules see it: levels best first, "not assessed", bands. */
  public static ScoreScale scale(FrameworkVersion version) {
    List<ScoreLevel> levels = new ArrayList<>();
    String notAssessed = null;
    for (FrameworkRatingLevel level : version.getLevels()) {
      if (level.isNotAssessed()) {
        notAssessed = level.getCode();
      } else {
        levels.add(
            new ScoreLevel(
                level.getCode(),
                level.getLabel().nl(),
                level.getLabel().en(),
                level.getColour(),
                level.getScore(),
                level.getPosition()));
      }
    }
    Map<String, ScoreLevel> byCode = new HashMap<>();
    levels.forEach(l -> byCode.put(l.code(), l));
    List<ScoreBand> bands = new ArrayList<>();
    for (FrameworkRatingBand band : version.getBands()) {
      bands.add(
          new ScoreBand(
              band.getFromPercentage(), band.getToPercentage(), byCode.get(band.getLevelCode())));
    }
    return new ScoreScale(version.getRollUpRule(), levels, notAssessed, bands);
  }

  private List<AreaRef> areas(long studyId) {
    List<AreaRef> areas = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select a.id, m.cbsCode, m.name, a.districtCode, a.districtName, m.province"
                    + " from StudyArea a join a.municipality m where a.study.id = :study"
                    + " order by m.name, a.districtName",
                Object[].class)
            .setParameter("study", studyId)
            .getResultList()) {
      areas.add(
          new AreaRef(
              (Long) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5]));
    }
    return areas;
  }

  /** Findings per area, norm and level, apart for those on an area as a whole. */
  record Tally(Map<String, Integer> counts, int onVisitsAndTracers) {
    static final Tally EMPTY = new Tally(Map.of(), 0);
  }

  private Map<Long, Map<Long, Tally>> tallies(long studyId, ProviderKind kind) {
    Map<Long, Map<Long, Map<String, Integer>>> counts = new HashMap<>();
    Map<Long, Map<Long, Integer>> placed = new HashMap<>();
    List<?> rows =
        em.createNativeQuery(ScoringSql.tally(kind)).setParameter(1, studyId).getResultList();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      long area = ((Number) row[0]).longValue();
      long norm = ((Number) row[1]).longValue();
      int count = ((Number) row[4]).intValue();
      counts
          .computeIfAbsent(area, a -> new HashMap<>())
          .computeIfAbsent(norm, n -> new HashMap<>())
          .merge((String) row[2], count, Integer::sum);
      if (!truth(row[3])) {
        placed.computeIfAbsent(area, a -> new HashMap<>()).merge(norm, count, Integer::sum);
      }
    }
    Map<Long, Map<Long, Tally>> result = new HashMap<>();
    counts.forEach(
        (area, byNorm) ->
            byNorm.forEach(
                (norm, levels) ->
                    result
                        .computeIfAbsent(area, a -> new HashMap<>())
                        .put(
                            norm,
                            new Tally(
                                levels,
                                placed.getOrDefault(area, Map.of()).getOrDefault(norm, 0)))));
    return result;
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  /** Per area: visits not cancelled and tracers, the places a finding is expected. */
  private Map<Long, long[]> places(long studyId, ProviderKind kind) {
    Map<Long, long[]> places = new HashMap<>();
    for (Object o :
        em.createNativeQuery(ScoringSql.places(kind))
            .setParameter(1, studyId)
            .setParameter(2, studyId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      places.put(
          ((Number) row[0]).longValue(),
          new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return places;
  }

  private Map<String, ScoreOverride> overrides(long studyId, ScoreScale scale) {
    Map<String, ScoreOverride> overrides = new HashMap<>();
    for (ResultOverride o :
        em.createQuery(
                "select o from ResultOverride o where o.studyId = :study", ResultOverride.class)
            .setParameter("study", studyId)
            .getResultList()) {
      Optional<ScoreLevel> level = scale.level(o.getLevelCode());
      level.ifPresent(
          l ->
              overrides.put(
                  key(o.getAreaId(), o.getThemeId()),
                  new ScoreOverride(l, o.getReason(), o.getSetBy(), o.getSetAt())));
    }
    return overrides;
  }

  /** The regions that hold at least one of the study's municipalities, with those areas. */
  private List<Object[]> regions(long studyId) {
    List<Object[]> rows = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(ScoringSql.REGIONS).setParameter(1, studyId).getResultList()) {
      rows.add((Object[]) o);
    }
    return rows;
  }

  /**
   * The basis per key in one query: the visits and tracers that hold at least one assessed finding,
   * their interviews and respondent roles, and the providers of those visits (the visited
   * location's provider), tracers and findings. For the study, an area and a region the findings
   * are first reduced to their places (a visit or tracer), so the joins stay small at national
   * scale.
   */
  private Map<String, Basis> basisQuery(
      long studyId, ScoringSql.BasisLevel level, Long areaId, ProviderKind kind) {
    String sql = ScoringSql.basis(level, kind);
    var query = em.createNativeQuery(sql);
    int parameter = 1;
    query.setParameter(parameter++, studyId);
    if (level.perNorm()) {
      query.setParameter(parameter++, areaId);
    } else {
      query.setParameter(parameter++, studyId);
    }
    Map<String, Basis> result = new HashMap<>();
    for (Object o : query.getResultList()) {
      Object[] row = (Object[]) o;
      String roles = row[4] == null ? "" : row[4].toString();
      result.put(
          String.valueOf(row[0]),
          new Basis(
              0,
              0,
              ((Number) row[1]).intValue(),
              ((Number) row[2]).intValue(),
              ((Number) row[3]).intValue(),
              roles.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(List.of(roles.split(",")))),
              ((Number) row[5]).intValue()));
    }
    return result;
  }

  /** One finding behind a norm's result, as the explain page lists it. */
  public record FindingLine(
      long id,
      String scopeKind,
      long scopeId,
      String scopeLabel,
      String levelCode,
      String motivation,
      String updatedBy,
      java.time.Instant updatedAt)
      implements java.io.Serializable {}

  /** A place where a finding for the norm is expected and none was recorded yet. */
  public record MissingPlace(String scopeKind, long scopeId, String scopeLabel)
      implements java.io.Serializable {}

  /** What lies under one norm's result in one area: its findings and the places still open. */
  public record NormDetail(List<FindingLine> findings, List<MissingPlace> missing)
      implements java.io.Serializable {}

  /**
   * The findings for one norm in one area (a read of fieldwork data, logged) and the visits and
   * tracers that have none yet, in two queries.
   */
  public NormDetail normDetail(
      Actor actor, long studyId, long areaId, long normId, ProviderKind kind) {
    Study study = studies.get(actor, studyId);
    if (study.getAreas().stream().noneMatch(a -> a.getId() == areaId)) {
      throw unknownArea(areaId);
    }
    List<FindingLine> lines = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT f.id, CASE WHEN f.visit_id IS NOT NULL THEN 'VISIT'"
                    + " WHEN f.tracer_id IS NOT NULL THEN 'TRACER' ELSE 'AREA' END,"
                    + " COALESCE(f.visit_id, f.tracer_id, f.study_area_id),"
                    + " CASE WHEN f.visit_id IS NOT NULL"
                    + "  THEN CONCAT(DATE_FORMAT(v.visit_date, '%d-%m-%Y'), ' ', cp.name, ' – ', pl.name)"
                    + "  WHEN f.tracer_id IS NOT NULL THEN t.pseudonym ELSE '' END,"
                    + " l.code, f.motivation, f.updated_by, f.updated_at"
                    + " FROM finding f JOIN framework_rating_level l ON l.id = f.rating_level_id"
                    + " LEFT JOIN visit v ON v.id = f.visit_id"
                    + " LEFT JOIN provider_location pl ON pl.id = v.location_id"
                    + " LEFT JOIN care_provider cp ON cp.id = pl.provider_id"
                    + " LEFT JOIN tracer t ON t.id = f.tracer_id"
                    + " WHERE f.study_id = ? AND f.study_area_id = ? AND f.norm_id = ?"
                    + ScoringSql.kindCondition(kind)
                    + " ORDER BY l.position, f.id")
            .setParameter(1, studyId)
            .setParameter(2, areaId)
            .setParameter(3, normId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      lines.add(
          new FindingLine(
              ((Number) row[0]).longValue(),
              (String) row[1],
              ((Number) row[2]).longValue(),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              row[7] instanceof java.sql.Timestamp ts
                  ? ts.toInstant()
                  : row[7] instanceof java.time.LocalDateTime ldt
                      ? ldt.toInstant(java.time.ZoneOffset.UTC)
                      : null));
    }
    boolean client =
        study.getFrameworkVersion().getThemes().stream()
            .flatMap(t -> t.getNorms().stream())
            .anyMatch(n -> n.getId() == normId && n.getLevel() == NormLevel.CLIENT);
    String visitKind = kind == null ? "" : " AND cp.kind = '" + kind.name() + "'";
    List<MissingPlace> missing = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT 'VISIT', v.id,"
                + " CONCAT(DATE_FORMAT(v.visit_date, '%d-%m-%Y'), ' ', cp.name, ' – ', pl.name)"
                + " FROM visit v JOIN provider_location pl ON pl.id = v.location_id"
                + " JOIN care_provider cp ON cp.id = pl.provider_id"
                + " WHERE v.study_id = ?1 AND v.study_area_id = ?2 AND v.status <> 'CANCELLED'"
                + visitKind
                + " AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.visit_id = v.id"
                + " AND f.norm_id = ?3)");
    if (client) {
      sql.append(
          " UNION ALL SELECT 'TRACER', t.id, t.pseudonym FROM tracer t"
              + " WHERE t.study_id = ?1 AND t.study_area_id = ?2"
              + (kind == null
                  ? ""
                  : " AND t.id IN (SELECT tp.tracer_id FROM tracer_provider tp"
                      + " JOIN care_provider cp ON cp.id = tp.provider_id"
                      + " WHERE cp.kind = '"
                      + kind.name()
                      + "')")
              + " AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.tracer_id = t.id"
              + " AND f.norm_id = ?3)");
    }
    sql.append(" ORDER BY 1, 3");
    for (Object o :
        em.createNativeQuery(sql.toString())
            .setParameter(1, studyId)
            .setParameter(2, areaId)
            .setParameter(3, normId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      missing.add(
          new MissingPlace((String) row[0], ((Number) row[1]).longValue(), (String) row[2]));
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, "Finding", null)
            .detail("area " + areaId + " norm " + normId + ": " + lines.size() + " findings"));
    return new NormDetail(List.copyOf(lines), List.copyOf(missing));
  }

  /** Findings in one area per kind of care provider they concern and per level. */
  public record KindCount(String kind, String levelCode, int findings)
      implements java.io.Serializable {}

  /**
   * The area's findings per provider kind and level, in one grouped query: a finding concerns the
   * visited location's provider, the tracer's providers and the providers named on it; a finding
   * concerning two kinds counts once under each.
   */
  public List<KindCount> findingsByProviderKind(long studyId, long areaId) {
    List<KindCount> counts = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT k.kind, l.code, COUNT(DISTINCT k.finding_id) FROM ("
                    + " SELECT f.id AS finding_id, cp.kind FROM finding f"
                    + "  JOIN visit v ON v.id = f.visit_id"
                    + "  JOIN provider_location pl ON pl.id = v.location_id"
                    + "  JOIN care_provider cp ON cp.id = pl.provider_id"
                    + "  WHERE f.study_id = ?1 AND f.study_area_id = ?2"
                    + " UNION SELECT f.id, cp.kind FROM finding f"
                    + "  JOIN tracer_provider tp ON tp.tracer_id = f.tracer_id"
                    + "  JOIN care_provider cp ON cp.id = tp.provider_id"
                    + "  WHERE f.study_id = ?1 AND f.study_area_id = ?2"
                    + " UNION SELECT f.id, cp.kind FROM finding f"
                    + "  JOIN finding_provider fp ON fp.finding_id = f.id"
                    + "  JOIN care_provider cp ON cp.id = fp.provider_id"
                    + "  WHERE f.study_id = ?1 AND f.study_area_id = ?2"
                    + ") k JOIN finding f ON f.id = k.finding_id"
                    + " JOIN framework_rating_level l ON l.id = f.rating_level_id"
                    + " GROUP BY k.kind, l.code, l.position ORDER BY k.kind, l.position")
            .setParameter(1, studyId)
            .setParameter(2, areaId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      counts.add(new KindCount((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }
    return counts;
  }

  /** Unknown study area in a study: for pages that take an area id. */
  public static NotFoundException unknownArea(long areaId) {
    return new NotFoundException("scoring.unknownArea", areaId);
  }
}
