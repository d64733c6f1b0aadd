package nl.wijkzicht.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hot paths against their limit, side by side in one run (issue 17; docs/performance.md, "Hot
 * paths against their limit"): against a running Wijkzicht with the generated national study,
 *
 * <ul>
 *   <li>the study aggregation: the app's own scoring roll-up of the whole study (per norm, theme
 *       and area; the map data, {@code /study/map-data}, counted afresh because a finding's version
 *       is bumped before each request, and again as the cache answers it) against one hand-written
 *       SQL statement computing the same norm, theme and area percentages; the run checks that the
 *       app's area and theme percentages equal the statement's;
 *   <li>the interview page (GET, logged in as inspector) against the server's trivial answers (the
 *       health endpoint and a static file);
 *   <li>the autosave of an answer's note (the page's Ajax post, as {@link WorkdaySimulation} does)
 *       against a bare JDBC UPDATE of the same row.
 * </ul>
 *
 * Each is warmed up, then timed sequentially (one request at a time); the table gives p50 and p95
 * in milliseconds and their ratio. Not part of {@code mvn verify}:
 *
 * <pre>
 * mvn -o -q -Pload test-compile exec:java@hot-paths -Dload.base=http://localhost:8153 \
 *     -Dload.db.port=3453 -Dload.db.password="$(cat $WIJKZICHT_HOME/db-password)"
 * </pre>
 *
 * <p>Settings: those of {@link LoadTarget}; {@code bench.warmup} (50) and {@code bench.iterations}
 * (300) for pages, autosaves and statements; {@code bench.aggregation.warmup} (2) and {@code
 * bench.aggregation.iterations} (10) for the full roll-up, which takes seconds. Side effects on the
 * demo database: one finding's version is raised per fresh roll-up, and one interview answer's note
 * is overwritten (text "benchmark …").
 */
public final class HotPathBenchmark {

  static final int WARMUP = Integer.getInteger("bench.warmup", 50);
  static final int ITERATIONS = Integer.getInteger("bench.iterations", 300);
  static final int AGG_WARMUP = Integer.getInteger("bench.aggregation.warmup", 2);
  static final int AGG_ITERATIONS = Integer.getInteger("bench.aggregation.iterations", 10);

  /**
   * The study's figures by hand: per area and norm the weighted percentage of its assessed findings
   * (score of the level over the framework's best score; 20 decimals, so the roll-up's rounding
   * does not show), per area and theme the weighted mean of its norms' percentages (norms of weight
   * 0 left out), per area the mean of its themes'. Kinds: N (area, norm), T (area, theme), A
   * (area).
   */
  static final String HAND_WRITTEN =
      "WITH m AS (SELECT framework_version_id, MAX(score) AS max_score"
          + "  FROM framework_rating_level WHERE NOT not_assessed GROUP BY framework_version_id),"
          + " norm AS (SELECT f.study_area_id AS area, f.norm_id AS id, n.theme_id,"
          + "  COALESCE(n.weight, 1) AS w,"
          + "  CAST(100 * SUM(l.score) AS DECIMAL(40, 20)) / (COUNT(*) * m.max_score) AS pct"
          + "  FROM finding f"
          + "  JOIN framework_rating_level l ON l.id = f.rating_level_id AND NOT l.not_assessed"
          + "  JOIN framework_norm n ON n.id = f.norm_id"
          + "  JOIN m ON m.framework_version_id = l.framework_version_id"
          + "  WHERE f.study_id = ? GROUP BY f.study_area_id, f.norm_id, n.theme_id, n.weight,"
          + "  m.max_score),"
          + " theme AS (SELECT area, theme_id AS id, SUM(w * pct) / SUM(w) AS pct FROM norm"
          + "  WHERE w > 0 GROUP BY area, theme_id)"
          + " SELECT 'N', area, id, pct FROM norm"
          + " UNION ALL SELECT 'T', area, id, pct FROM theme"
          + " UNION ALL SELECT 'A', area, NULL, AVG(pct) FROM theme GROUP BY area";

  record Stats(int n, double p50, double p95) {
    static Stats of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 95));
    }

    /** Nearest rank. */
    static double percentile(long[] sorted, int p) {
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1e6;
    }
  }

  record Line(String path, String ours, Stats oursStats, String limit, Stats limitStats) {}

  private final List<Line> lines = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    quietLogging();
    new HotPathBenchmark().run();
  }

  void run() throws Exception {
    String load = loadAverage();
    System.out.println(
        "Hot paths against their limit: "
            + LoadTarget.BASE
            + ", study "
            + LoadTarget.STUDY
            + ", "
            + Instant.now()
            + ", load average "
            + load);
    FacesClient coordinator = new FacesClient(LoadTarget.BASE).loggedIn("demo-coordinator");
    FacesClient inspector = new FacesClient(LoadTarget.BASE).loggedIn("demo-inspecteur");
    try (Connection db = LoadTarget.database()) {
      aggregation(coordinator, db);
      long interview = LoadTarget.editableInterviews(1).get(0);
      pages(inspector, interview);
      autosave(inspector, db, interview);
    }
    System.out.println();
    System.out.println(
        "| hot path | ours | n | p50 ms | p95 ms | limit | n | p50 ms | p95 ms | p50 ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Line l : lines) {
      System.out.printf(
          "| %s | %s | %d | %.1f | %.1f | %s | %d | %.1f | %.1f | %.1f× |%n",
          l.path(),
          l.ours(),
          l.oursStats().n(),
          l.oursStats().p50(),
          l.oursStats().p95(),
          l.limit(),
          l.limitStats().n(),
          l.limitStats().p50(),
          l.limitStats().p95(),
          l.oursStats().p50() / l.limitStats().p50());
    }
    System.out.println("Load average before " + load + ", after " + loadAverage());
  }

  /** The server's wijkzicht.scores.fingerprint-reuse-ms (its default unless told otherwise). */
  static final long FINGERPRINT_REUSE_MS = Long.getLong("load.fingerprint.reuse.ms", 1000);

  /** The roll-up fresh and cached over HTTP, the hand-written statement; and whether they agree. */
  void aggregation(FacesClient coordinator, Connection db) throws Exception {
    String path = "/study/map-data?study=" + LoadTarget.STUDY;
    long finding =
        LoadTarget.ids("SELECT MIN(id) FROM finding WHERE study_id = " + LoadTarget.STUDY).get(0);
    LongSupplier fresh =
        () -> {
          try (PreparedStatement bump =
              db.prepareStatement("UPDATE finding SET version = version + 1 WHERE id = ?")) {
            bump.setLong(1, finding);
            bump.executeUpdate();
            // SQL outside the application: the server reads the fingerprint again only once its
            // reuse window (wijkzicht.scores.fingerprint-reuse-ms, 1 s) is over.
            Thread.sleep(FINGERPRINT_REUSE_MS + 100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return ok(coordinator.get(path), path).nanos();
        };
    Stats computed = time(AGG_WARMUP, AGG_ITERATIONS, fresh);
    Stats cached = time(WARMUP / 5, ITERATIONS / 5, () -> ok(coordinator.get(path), path).nanos());
    Map<String, BigDecimal> figures = new HashMap<>();
    Stats sql =
        time(
            AGG_WARMUP,
            AGG_ITERATIONS * 3,
            () -> {
              long start = System.nanoTime();
              figures.clear();
              figures.putAll(handWritten(db));
              return System.nanoTime() - start;
            });
    lines.add(
        new Line(
            "study aggregation (" + areaCount(figures) + " areas: norms, themes, areas)",
            "scoring roll-up, counted afresh (map data over HTTP)",
            computed,
            "hand-written SQL, one statement (JDBC)",
            sql));
    lines.add(
        new Line(
            "study aggregation, results cached",
            "map data from the score cache (fingerprint checked)",
            cached,
            "hand-written SQL, one statement (JDBC)",
            sql));
    agree(coordinator, db, figures);
  }

  /** Compares the app's area and theme percentages (map data) with the statement's. */
  void agree(FacesClient coordinator, Connection db, Map<String, BigDecimal> figures)
      throws Exception {
    List<Long> themes =
        LoadTarget.ids(
            "SELECT t.id FROM framework_theme t JOIN study s"
                + " ON s.framework_version_id = t.framework_version_id WHERE s.id = "
                + LoadTarget.STUDY
                + " ORDER BY t.id");
    int compared = 0;
    List<String> differ = new ArrayList<>();
    List<String> views = new ArrayList<>();
    views.add(null);
    themes.forEach(t -> views.add(t.toString()));
    for (String theme : views) {
      String path =
          "/study/map-data?study=" + LoadTarget.STUDY + (theme == null ? "" : "&theme=" + theme);
      Map<Long, BigDecimal> app = percentages(ok(coordinator.get(path), path).body());
      for (Map.Entry<Long, BigDecimal> e : app.entrySet()) {
        String key = theme == null ? "A/" + e.getKey() + "/" : "T/" + e.getKey() + "/" + theme;
        BigDecimal ours = figures.get(key);
        compared++;
        boolean same =
            ours == null
                ? e.getValue() == null
                : e.getValue() != null
                    && ours.subtract(e.getValue()).abs().compareTo(TOLERANCE) <= 0;
        if (!same) {
          differ.add(key + ": app " + e.getValue() + ", SQL " + ours);
        }
      }
    }
    long norms = figures.keySet().stream().filter(k -> k.startsWith("N/")).count();
    System.out.println(
        "Agreement: "
            + compared
            + " area and theme percentages compared (app's map data, rounded to two decimals,"
            + " against the statement: at most 0.005 percentage point apart), "
            + (differ.isEmpty() ? "all equal" : differ.size() + " differ: " + differ)
            + "; the statement also gave "
            + norms
            + " area × norm percentages.");
    if (!differ.isEmpty()) {
      throw new IllegalStateException("The app and the hand-written SQL disagree");
    }
  }

  /** The map data gives percentages to two decimals. */
  private static final BigDecimal TOLERANCE = new BigDecimal("0.005000001");

  private static final Pattern AREA =
      Pattern.compile("\\{\"id\":(\\d+),.*?\"percentage\":(null|\"([^\"]*)\")");

  static Map<Long, BigDecimal> percentages(String json) {
    Map<Long, BigDecimal> result = new HashMap<>();
    int areas = json.indexOf("\"areas\":[");
    Matcher m = AREA.matcher(json);
    m.region(areas, json.length());
    while (m.find()) {
      result.put(Long.valueOf(m.group(1)), m.group(3) == null ? null : new BigDecimal(m.group(3)));
    }
    return result;
  }

  static Map<String, BigDecimal> handWritten(Connection db) {
    Map<String, BigDecimal> figures = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement(HAND_WRITTEN)) {
      s.setLong(1, LoadTarget.STUDY);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(3);
          figures.put(
              r.getString(1) + "/" + r.getLong(2) + "/" + (id == null ? "" : id),
              r.getBigDecimal(4));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return figures;
  }

  private static long areaCount(Map<String, BigDecimal> figures) {
    return figures.keySet().stream().filter(k -> k.startsWith("A/")).count();
  }

  /** The interview page against the health endpoint and a static file of the same server. */
  void pages(FacesClient inspector, long interview) {
    String page = "/study/interview.xhtml?id=" + interview;
    Stats rendered = time(WARMUP, ITERATIONS, () -> ok(inspector.get(page), page).nanos());
    String health = "/health/live";
    Stats live = time(WARMUP, ITERATIONS, () -> ok(inspector.get(health), health).nanos());
    String file = "/resources/images/favicon.svg";
    Stats fileStats = time(WARMUP, ITERATIONS, () -> ok(inspector.get(file), file).nanos());
    lines.add(
        new Line(
            "interview page render",
            "GET " + page.replaceAll("\\d+$", "…") + " (inspector)",
            rendered,
            "GET " + health,
            live));
    lines.add(
        new Line(
            "interview page render",
            "GET " + page.replaceAll("\\d+$", "…") + " (inspector)",
            rendered,
            "GET " + file + " (static file)",
            fileStats));
  }

  /** The page's autosave against a bare JDBC UPDATE of the same answer row. */
  void autosave(FacesClient inspector, Connection db, long interview) throws Exception {
    String page = "/study/interview.xhtml?id=" + interview;
    ok(inspector.get(page), page);
    String run = Long.toString(System.currentTimeMillis(), 36);
    int[] sequence = {0};
    Stats ajax =
        time(
            WARMUP,
            ITERATIONS,
            () -> {
              String note = "benchmark " + run + " save " + ++sequence[0];
              FacesClient.Response r = inspector.post(page, LoadTarget.autosaveForm(note), true);
              if (r.status() != 200 || !r.body().contains(LoadTarget.SAVED)) {
                throw new IllegalStateException(
                    "Autosave not confirmed: " + r.status() + " " + r.body());
              }
              return r.nanos();
            });
    long answer =
        LoadTarget.ids(
                "SELECT id FROM interview_answer WHERE interview_id = "
                    + interview
                    + " AND note = 'benchmark "
                    + run
                    + " save "
                    + sequence[0]
                    + "'")
            .get(0);
    Stats jdbc;
    // After the page's saves: a bare update raises the row's version, so the page would now see a
    // conflict; it is not used again.
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE interview_answer SET note = ?, version = version + 1,"
                + " updated_at = UTC_TIMESTAMP(3), updated_by = 'demo-inspecteur' WHERE id = ?")) {
      jdbc =
          time(
              WARMUP,
              ITERATIONS,
              () -> {
                try {
                  long start = System.nanoTime();
                  update.setString(1, "benchmark " + run + " jdbc " + ++sequence[0]);
                  update.setLong(2, answer);
                  if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("answer " + answer + " not updated");
                  }
                  return System.nanoTime() - start;
                } catch (java.sql.SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
    }
    lines.add(
        new Line(
            "autosave round trip",
            "Ajax POST of the first question's note (inspector, committed)",
            ajax,
            "JDBC UPDATE of the same row (autocommit)",
            jdbc));
  }

  static FacesClient.Response ok(FacesClient.Response r, String path) {
    if (r.status() != 200) {
      throw new IllegalStateException(path + " answered " + r.status());
    }
    return r;
  }

  static Stats time(int warmup, int iterations, LongSupplier once) {
    for (int i = 0; i < warmup; i++) {
      once.getAsLong();
    }
    long[] nanos = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      nanos[i] = once.getAsLong();
    }
    return Stats.of(nanos);
  }

  /** The database driver logs every statement at DEBUG through Gatling's Logback: warnings only. */
  static void quietLogging() {
    if (org.slf4j.LoggerFactory.getILoggerFactory()
        instanceof ch.qos.logback.classic.LoggerContext context) {
      context
          .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
          .setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private HotPathBenchmark() {}
}
