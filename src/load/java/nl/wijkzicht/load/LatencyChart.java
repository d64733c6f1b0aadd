package nl.wijkzicht.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of latency against users in docs/performance.md, from the HTML reports of Gatling runs
 * of {@link WorkdaySimulation} at different numbers of users:
 *
 * <pre>
 * mvn -Pload test-compile exec:java -Dexec.mainClass=nl.wijkzicht.load.LatencyChart \
 *   -Dexec.classpathScope=test -Dexec.args="docs/images/latency-vs-users.png 50=target/gatling/run1 200=target/gatling/run2"
 * </pre>
 *
 * Draws the 95th percentile of the request kinds people wait for (on a logarithmic axis, with the
 * 300 ms goal) and prints the figures as a Markdown table.
 */
public final class LatencyChart {

  /** The request kinds drawn, as Gatling names them, with their label in the chart. */
  static final Map<String, String> DRAWN = new LinkedHashMap<>();

  static {
    DRAWN.put("All Requests", "all requests");
    DRAWN.put("autosave", "autosave");
    DRAWN.put("interview page", "interview page");
    DRAWN.put("dashboard", "dashboard (342 areas)");
    DRAWN.put("map page", "map page");
    DRAWN.put("public area page", "public area page");
    DRAWN.put("login", "login (password hash)");
  }

  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("ellipsed-name\">([^<]*)<");
  private static final Pattern CELL =
      Pattern.compile("class=\"value[^\"]*col-(\\d+)[^\"]*\">([^<]*)<");

  /** One request kind's figures in one run. */
  record Stats(long count, long failed, long p50, long p95, long p99, long max) {}

  private LatencyChart() {}

  /** The per-request table of a Gatling HTML report (Gatling 3.14's index.html). */
  static Map<String, Stats> read(Path runDirectory) throws IOException {
    String html = Files.readString(runDirectory.resolve("index.html"));
    Map<String, Stats> stats = new LinkedHashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(1));
      if (!name.find()) {
        continue;
      }
      Map<String, String> cells = new TreeMap<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.put(cell.group(1), cell.group(2).trim());
      }
      stats.putIfAbsent(
          name.group(1).replace("&amp;", "&").trim(),
          new Stats(
              number(cells.get("2")),
              number(cells.get("4")),
              number(cells.get("8")),
              number(cells.get("10")),
              number(cells.get("11")),
              number(cells.get("12"))));
    }
    if (stats.isEmpty()) {
      throw new IOException("No request table in " + runDirectory.resolve("index.html"));
    }
    return stats;
  }

  private static long number(String text) {
    if (text == null || text.isBlank() || text.equals("-")) {
      return 0;
    }
    return Long.parseLong(text.replace(",", "").replace(".", "").trim());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "Usage: LatencyChart <out.png> <users>=<gatling run directory> ...");
    }
    Map<Integer, Map<String, Stats>> runs = new TreeMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split("=", 2);
      runs.put(Integer.parseInt(parts[0]), read(Path.of(parts[1])));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, String> kind : DRAWN.entrySet()) {
      XYSeries series = new XYSeries(kind.getValue() + " p95");
      runs.forEach(
          (users, stats) -> {
            Stats s = stats.get(kind.getKey());
            if (s != null && s.p95() > 0) {
              series.add(users.doubleValue(), s.p95());
            }
          });
      data.addSeries(series);
    }
    XYSeries goal = new XYSeries("goal 300 ms");
    runs.keySet().forEach(users -> goal.add(users.doubleValue(), 300));
    data.addSeries(goal);

    NumberAxis users = new NumberAxis("concurrent users");
    users.setAutoRangeIncludesZero(true);
    LogarithmicAxis millis = new LogarithmicAxis("95th percentile (ms, logarithmic)");
    millis.setAllowNegativesFlag(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Color[] colours = {
      Color.BLACK,
      new Color(0x1f77b4),
      new Color(0xff7f0e),
      new Color(0x2ca02c),
      new Color(0x9467bd),
      new Color(0x8c564b),
      new Color(0x7f7f7f),
      new Color(0xd62728)
    };
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, colours[i % colours.length]);
      renderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 1.8f));
    }
    int goalIndex = data.getSeriesCount() - 1;
    renderer.setSeriesShapesVisible(goalIndex, false);
    renderer.setSeriesStroke(
        goalIndex,
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
    XYPlot plot = new XYPlot(data, users, millis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    JFreeChart chart =
        new JFreeChart(
            "Wijkzicht: latency against users (2 cores, one machine)",
            new Font("SansSerif", Font.BOLD, 15),
            plot,
            true);
    chart.setBackgroundPaint(Color.WHITE);
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    ChartUtils.saveChartAsPNG(out.toFile(), chart, 900, 520);
    System.out.println("Chart: " + out.toAbsolutePath());
    System.out.println(table(runs));
  }

  /** p50/p95/p99 and failures per request kind and number of users, as Markdown. */
  static String table(Map<Integer, Map<String, Stats>> runs) {
    List<String> lines = new ArrayList<>();
    lines.add("| request | users | count | failed | p50 ms | p95 ms | p99 ms | max ms |");
    lines.add("|---|---|---|---|---|---|---|---|");
    Map<String, Boolean> kinds = new LinkedHashMap<>();
    runs.values().forEach(stats -> stats.keySet().forEach(k -> kinds.put(k, true)));
    for (String kind : kinds.keySet()) {
      runs.forEach(
          (users, stats) -> {
            Stats s = stats.get(kind);
            if (s != null) {
              lines.add(
                  String.format(
                      "| %s | %d | %,d | %,d | %,d | %,d | %,d | %,d |",
                      kind, users, s.count(), s.failed(), s.p50(), s.p95(), s.p99(), s.max()));
            }
          });
    }
    return String.join("\n", lines);
  }
}
