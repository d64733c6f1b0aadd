package nl.wijkzicht.scoring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.scoring.boundary.ScoringSql;

/**
 * A benchmark, not a test (docs/performance.md, "Scoring"): runs the statements the scoring runs
 * for a whole study ({@link ScoringSql}) side by side with hand-written GROUP BY queries that give
 * the same area figures in as few statements as possible, several rounds, and prints the median of
 * each. Run it against a database holding a generated national study:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) nl.wijkzicht.scoring.ScoringBenchmark \
 *      jdbc:mariadb://127.0.0.1:3316/wijkzicht wijkzicht "$(cat ~/.wijkzicht/db-password)" STUDY_ID [ROUNDS]
 * </pre>
 */
public final class ScoringBenchmark {

  private static final String PLACES =
      "(SELECT DISTINCT f.study_area_id AS a, f.visit_id AS v, f.tracer_id AS t"
          + "  FROM finding f JOIN framework_rating_level l ON l.id = f.rating_level_id"
          + "  WHERE f.study_id = ? AND l.not_assessed = FALSE) p";

  /** The scoring's statements: parameters as ScoringService binds them. */
  static Map<String, String> ours() {
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put("tally (area, norm, level)", ScoringSql.tally(null));
    sql.put("places (visits, tracers per area)", ScoringSql.places(null));
    sql.put("regions", ScoringSql.REGIONS);
    sql.put("basis per area: visits, tracers", ScoringSql.areaPlaces(null));
    sql.put("basis per area: interviews, roles", ScoringSql.areaInterviews(null));
    sql.put("basis per area: providers", ScoringSql.areaProviders(null));
    sql.put("providers per region", ScoringSql.providers(ScoringSql.BasisLevel.REGION, null));
    sql.put("providers of the study", ScoringSql.providers(ScoringSql.BasisLevel.STUDY, null));
    return sql;
  }

  /**
   * Hand-written: the weighted percentage per area and theme computed entirely in SQL (norm
   * percentages, then their weighted mean), and the area basis with one join.
   */
  static Map<String, String> handWritten() {
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put(
        "area x theme percentages in SQL",
        "SELECT x.study_area_id, x.theme_id, SUM(x.w * x.pct) / SUM(x.w), COUNT(*)"
            + " FROM (SELECT f.study_area_id, n.theme_id, COALESCE(n.weight, 1) AS w,"
            + "  100 * SUM(l.score) / (COUNT(*) * m.max_score) AS pct"
            + "  FROM finding f"
            + "  JOIN framework_rating_level l ON l.id = f.rating_level_id AND l.not_assessed = FALSE"
            + "  JOIN framework_norm n ON n.id = f.norm_id"
            + "  JOIN (SELECT framework_version_id, MAX(score) AS max_score"
            + "   FROM framework_rating_level GROUP BY framework_version_id) m"
            + "   ON m.framework_version_id = l.framework_version_id"
            + "  WHERE f.study_id = ? GROUP BY f.study_area_id, n.id) x"
            + " GROUP BY x.study_area_id, x.theme_id");
    // The area basis in three plain GROUP BYs (a single join with OR on visit or tracer took
    // 72 s on the national study, so that is not the best hand-written form).
    sql.put(
        "area basis: visits, tracers",
        "SELECT p.a, COUNT(DISTINCT p.v), COUNT(DISTINCT p.t) FROM " + PLACES + " GROUP BY p.a");
    sql.put(
        "area basis: interviews, roles",
        "SELECT x.a, COUNT(DISTINCT x.id), COUNT(DISTINCT x.r) FROM ("
            + " SELECT p.a, i.id, i.respondent_role AS r FROM "
            + PLACES
            + " JOIN interview i ON i.visit_id = p.v"
            + " UNION ALL SELECT p.a, i.id, i.respondent_role FROM "
            + PLACES
            + " JOIN interview i ON i.tracer_id = p.t) x GROUP BY x.a");
    sql.put(
        "area basis: providers",
        "SELECT x.a, COUNT(DISTINCT x.pr) FROM ("
            + " SELECT p.a, pl.provider_id AS pr FROM "
            + PLACES
            + " JOIN visit v ON v.id = p.v JOIN provider_location pl ON pl.id = v.location_id"
            + " UNION ALL SELECT p.a, tp.provider_id FROM "
            + PLACES
            + " JOIN tracer_provider tp ON tp.tracer_id = p.t) x GROUP BY x.a");
    return sql;
  }

  public static void main(String[] args) throws Exception {
    long study = Long.parseLong(args[3]);
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      Map<String, long[]> times = new LinkedHashMap<>();
      Map<String, Integer> rows = new LinkedHashMap<>();
      Map<String, String> all = new LinkedHashMap<>(ours());
      all.putAll(handWritten());
      for (int round = 0; round <= rounds; round++) { // Round 0 warms the caches.
        for (Map.Entry<String, String> e : all.entrySet()) {
          long start = System.nanoTime();
          int n = run(c, e.getValue(), study);
          long took = System.nanoTime() - start;
          if (round > 0) {
            times.computeIfAbsent(e.getKey(), k -> new long[rounds])[round - 1] = took;
            rows.put(e.getKey(), n);
          }
        }
      }
      long oursTotal = 0;
      long handTotal = 0;
      System.out.println("statement | rows | median ms");
      for (Map.Entry<String, long[]> e : times.entrySet()) {
        long median = median(e.getValue());
        System.out.printf("%s | %d | %.1f%n", e.getKey(), rows.get(e.getKey()), median / 1e6);
        if (ours().containsKey(e.getKey())) {
          oursTotal += median;
        } else {
          handTotal += median;
        }
      }
      System.out.printf(
          "scoring statements %.1f ms, hand-written %.1f ms, ratio %.2f%n",
          oursTotal / 1e6, handTotal / 1e6, (double) oursTotal / handTotal);
    }
  }

  private static int run(Connection c, String sql, long study) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
      for (int i = 1; i <= parameters; i++) {
        s.setLong(i, study);
      }
      int n = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          n++;
        }
      }
      return n;
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private ScoringBenchmark() {}

  static List<String> names() {
    return new ArrayList<>(ours().keySet());
  }
}
