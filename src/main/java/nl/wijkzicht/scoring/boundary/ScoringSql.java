package nl.wijkzicht.scoring.boundary;

import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * The SQL the scoring runs, in one place so the benchmark (docs/performance.md, "Scoring") can run
 * exactly the same statements beside hand-written ones. Every statement covers the whole study (its
 * first parameter); none runs per area or per finding.
 */
public final class ScoringSql {

  private ScoringSql() {}

  /** Findings per area, norm and level, those on an area as a whole apart. Parameter: study. */
  public static String tally(ProviderKind kind) {
    return "SELECT f.study_area_id, f.norm_id, l.code,"
        + " (f.visit_id IS NULL AND f.tracer_id IS NULL) AS whole_area, COUNT(*)"
        + " FROM finding f JOIN framework_rating_level l ON l.id = f.rating_level_id"
        + " WHERE f.study_id = ?"
        + kindCondition(kind)
        + " GROUP BY f.study_area_id, f.norm_id, l.code, whole_area";
  }

  /** Per area: visits not cancelled and tracers. Parameters: study, study. */
  public static String places(ProviderKind kind) {
    String visitKind =
        kind == null
            ? ""
            : " AND location_id IN (SELECT pl.id FROM provider_location pl"
                + " JOIN care_provider cp ON cp.id = pl.provider_id WHERE cp.kind = '"
                + kind.name()
                + "')";
    String tracerKind =
        kind == null
            ? ""
            : " AND id IN (SELECT tp.tracer_id FROM tracer_provider tp"
                + " JOIN care_provider cp ON cp.id = tp.provider_id WHERE cp.kind = '"
                + kind.name()
                + "')";
    return "SELECT study_area_id, SUM(kind = 'V'), SUM(kind = 'T') FROM ("
        + " SELECT study_area_id, 'V' AS kind FROM visit"
        + " WHERE study_id = ? AND status <> 'CANCELLED'"
        + visitKind
        + " UNION ALL SELECT study_area_id, 'T' FROM tracer WHERE study_id = ?"
        + tracerKind
        + ") p GROUP BY study_area_id";
  }

  /**
   * A fingerprint of everything a study's results rest on, for {@link ScoreCache}: per table the
   * number of rows and the XOR of a checksum of each row's id and version (or key columns where a
   * table has no version), so any insert, delete or versioned change shows. Findings, visits,
   * tracers, interviews, overrides, the study row (title, period, areas and team raise its
   * version), the tracers' providers, providers and locations (kind, municipality), regions and
   * their members. The findings' providers are not read: they change only through {@code
   * Finding.record}, which also stamps the finding's time and so raises its version (reading them
   * joined 47,000 rows, 49 of the statement's 70 ms on the national study; ScoringServiceIT checks
   * a change of only the providers). Parameters: the study, once per "?". Index range scans on
   * study_id; on the national study some 20 ms.
   */
  public static final String FINGERPRINT =
      "SELECT CAST(CONCAT_WS('|',"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM finding WHERE study_id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM visit WHERE study_id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM tracer WHERE study_id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM interview WHERE study_id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM result_override WHERE study_id = ?),"
          + " (SELECT version FROM study WHERE id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':',"
          + " COALESCE(BIT_XOR(CRC32(CONCAT(tp.tracer_id, ':', tp.provider_id))), 0))"
          + " FROM tracer_provider tp JOIN tracer t ON t.id = tp.tracer_id WHERE t.study_id = ?),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM care_provider),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM provider_location),"
          + " (SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT(id, ':', version))), 0))"
          + " FROM region),"
          + " (SELECT CONCAT(COUNT(*), ':',"
          + " COALESCE(BIT_XOR(CRC32(CONCAT(region_id, ':', municipality_id))), 0))"
          + " FROM region_municipality)) AS CHAR)";

  /** The regions holding the study's municipalities, with those areas. Parameter: study. */
  public static final String REGIONS =
      "SELECT r.id, r.name, r.kind, GROUP_CONCAT(sa.id ORDER BY sa.id)"
          + " FROM study_area sa"
          + " JOIN region_municipality rm ON rm.municipality_id = sa.municipality_id"
          + " JOIN region r ON r.id = rm.region_id"
          + " WHERE sa.study_id = ? GROUP BY r.id, r.name, r.kind ORDER BY r.name";

  /**
   * The SQL condition that keeps a finding {@code f} concerning providers of {@code kind}; the kind
   * is an enum constant's name, never user text.
   */
  public static String kindCondition(ProviderKind kind) {
    if (kind == null) {
      return "";
    }
    String k = "'" + kind.name() + "'";
    return " AND (f.visit_id IN (SELECT v.id FROM visit v"
        + " JOIN provider_location pl ON pl.id = v.location_id"
        + " JOIN care_provider cp ON cp.id = pl.provider_id WHERE cp.kind = "
        + k
        + ")"
        + " OR f.tracer_id IN (SELECT tp.tracer_id FROM tracer_provider tp"
        + " JOIN care_provider cp ON cp.id = tp.provider_id WHERE cp.kind = "
        + k
        + ")"
        + " OR f.id IN (SELECT fp.finding_id FROM finding_provider fp"
        + " JOIN care_provider cp ON cp.id = fp.provider_id WHERE cp.kind = "
        + k
        + "))";
  }

  /** What the basis is grouped by; the area levels are for one area (a second parameter). */
  public enum BasisLevel {
    AREA("CAST(s.study_area_id AS CHAR)", "", ""),
    STUDY("'study'", "", ""),
    REGION(
        "CAST(rm.region_id AS CHAR)",
        " JOIN study_area sa ON sa.id = s.study_area_id"
            + " JOIN region_municipality rm ON rm.municipality_id = sa.municipality_id",
        ""),
    AREA_THEME(
        "CAST(n.theme_id AS CHAR)",
        " JOIN framework_norm n ON n.id = s.norm_id",
        " AND f.study_area_id = ?"),
    AREA_NORM("CAST(s.norm_id AS CHAR)", "", " AND f.study_area_id = ?");

    final String key;
    final String join;
    final String filter;

    BasisLevel(String key, String join, String filter) {
      this.key = key;
      this.join = join;
      this.filter = filter;
    }

    public boolean perNorm() {
      return this == AREA_THEME || this == AREA_NORM;
    }
  }

  /** The basis per key: parameters study and, for the area levels, the area, else study again. */
  public static String basis(BasisLevel level, ProviderKind kind) {
    String places =
        level.perNorm()
            ? "SELECT DISTINCT f.study_area_id, f.norm_id, f.id AS finding_id, f.visit_id,"
                + " f.tracer_id FROM finding f"
                + " JOIN framework_rating_level l ON l.id = f.rating_level_id"
                + " WHERE f.study_id = ? AND l.not_assessed = FALSE"
                + level.filter
                + kindCondition(kind)
            : "SELECT DISTINCT f.study_area_id, 0 AS norm_id, 0 AS finding_id, f.visit_id,"
                + " f.tracer_id FROM finding f"
                + " JOIN framework_rating_level l ON l.id = f.rating_level_id"
                + " WHERE f.study_id = ? AND l.not_assessed = FALSE"
                + kindCondition(kind);
    return "WITH places AS ("
        + places
        + "), rows_ AS ("
        + " SELECT p.*, NULL AS interview_id, NULL AS role, NULL AS provider_id FROM places p"
        + " UNION ALL SELECT p.*, i.id, i.respondent_role, NULL FROM places p"
        + "  JOIN interview i ON i.visit_id = p.visit_id"
        + " UNION ALL SELECT p.*, i.id, i.respondent_role, NULL FROM places p"
        + "  JOIN interview i ON i.tracer_id = p.tracer_id"
        + " UNION ALL SELECT p.*, NULL, NULL, pl.provider_id FROM places p"
        + "  JOIN visit v ON v.id = p.visit_id JOIN provider_location pl ON pl.id = v.location_id"
        + " UNION ALL SELECT p.*, NULL, NULL, tp.provider_id FROM places p"
        + "  JOIN tracer_provider tp ON tp.tracer_id = p.tracer_id"
        + (level.perNorm()
            ? " UNION ALL SELECT p.*, NULL, NULL, fp.provider_id FROM places p"
                + "  JOIN finding_provider fp ON fp.finding_id = p.finding_id"
            : " UNION ALL SELECT DISTINCT f.study_area_id, 0, 0, f.visit_id, f.tracer_id,"
                + " NULL, NULL, fp.provider_id FROM finding f"
                + "  JOIN framework_rating_level l ON l.id = f.rating_level_id"
                + "  JOIN finding_provider fp ON fp.finding_id = f.id"
                + "  WHERE f.study_id = ? AND l.not_assessed = FALSE"
                + kindCondition(kind))
        + ") SELECT "
        + level.key
        + " AS k, COUNT(DISTINCT s.visit_id), COUNT(DISTINCT s.tracer_id),"
        + " COUNT(DISTINCT s.interview_id),"
        + " GROUP_CONCAT(DISTINCT s.role ORDER BY s.role SEPARATOR ','),"
        + " COUNT(DISTINCT s.provider_id)"
        + " FROM rows_ s"
        + level.join
        + " GROUP BY k";
  }

  /**
   * Distinct providers per key (STUDY or REGION) behind the assessed findings: the visited
   * locations' providers, the tracers' providers and those named on findings. Parameters: study,
   * study.
   */
  public static String providers(BasisLevel level, ProviderKind kind) {
    return "WITH places AS (SELECT DISTINCT f.study_area_id, f.visit_id, f.tracer_id"
        + " FROM finding f JOIN framework_rating_level l ON l.id = f.rating_level_id"
        + " WHERE f.study_id = ? AND l.not_assessed = FALSE"
        + kindCondition(kind)
        + "), s AS ("
        + " SELECT p.study_area_id, pl.provider_id FROM places p"
        + "  JOIN visit v ON v.id = p.visit_id JOIN provider_location pl ON pl.id = v.location_id"
        + " UNION ALL SELECT p.study_area_id, tp.provider_id FROM places p"
        + "  JOIN tracer_provider tp ON tp.tracer_id = p.tracer_id"
        + " UNION ALL SELECT f.study_area_id, fp.provider_id FROM finding f"
        + "  JOIN framework_rating_level l ON l.id = f.rating_level_id"
        + "  JOIN finding_provider fp ON fp.finding_id = f.id"
        + "  WHERE f.study_id = ? AND l.not_assessed = FALSE"
        + kindCondition(kind)
        + ") SELECT "
        + level.key
        + " AS k, COUNT(DISTINCT s.provider_id) FROM s"
        + level.join
        + " GROUP BY k";
  }

  private static String assessedPlaces(ProviderKind kind) {
    return "(SELECT DISTINCT f.study_area_id AS a, f.visit_id AS v, f.tracer_id AS t"
        + " FROM finding f JOIN framework_rating_level l ON l.id = f.rating_level_id"
        + " WHERE f.study_id = ? AND l.not_assessed = FALSE"
        + kindCondition(kind)
        + ") p";
  }

  /** Per area: visits and tracers holding an assessed finding. Parameter: study. */
  public static String areaPlaces(ProviderKind kind) {
    return "SELECT p.a, COUNT(DISTINCT p.v), COUNT(DISTINCT p.t) FROM "
        + assessedPlaces(kind)
        + " GROUP BY p.a";
  }

  /**
   * Per area: the interviews at those visits and around those tracers, and their respondent roles.
   * Parameters: study, study.
   */
  public static String areaInterviews(ProviderKind kind) {
    return "SELECT x.a, COUNT(DISTINCT x.id),"
        + " GROUP_CONCAT(DISTINCT x.r ORDER BY x.r SEPARATOR ',') FROM ("
        + " SELECT p.a, i.id, i.respondent_role AS r FROM "
        + assessedPlaces(kind)
        + " JOIN interview i ON i.visit_id = p.v"
        + " UNION ALL SELECT p.a, i.id, i.respondent_role FROM "
        + assessedPlaces(kind)
        + " JOIN interview i ON i.tracer_id = p.t) x GROUP BY x.a";
  }

  /** Per area: distinct providers behind the assessed findings. Parameters: study, study. */
  public static String areaProviders(ProviderKind kind) {
    return providers(BasisLevel.AREA, kind);
  }
}
