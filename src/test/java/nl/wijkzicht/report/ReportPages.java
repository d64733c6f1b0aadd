package nl.wijkzicht.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of one area from the HTML of the dashboard and of the web reports, as "level |
 * percentage with one decimal" per column (overall first, then the themes), so tests can compare
 * them with each other and with the PDF and the open data.
 */
public final class ReportPages {

  private ReportPages() {}

  /** "66,67 %" → 66.7: the dashboard's two decimals as the report's one (half up). */
  public static String oneDecimal(String dashboardPercent) {
    if (dashboardPercent == null) {
      return "";
    }
    return new BigDecimal(dashboardPercent.replace(" %", "").replace(",", ".").strip())
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * One cell of the dashboard: its theme's id (null: the area's overall result), the level as
   * shown, and the percentage as shown ("66,67 %"; null when there is none).
   */
  public record DashboardCell(String themeId, String level, String percent) {}

  /** The dashboard's cells of one area, in column order (overall first). */
  public static List<DashboardCell> dashboardCells(String page, long study, long area) {
    Pattern cell =
        Pattern.compile(
            "explain\\.xhtml\\?study="
                + study
                + "&amp;area="
                + area
                + "(?:&amp;theme=(\\d+))?\"[^>]*>\\s*([^<*]+?)\\s*(?:\\*\\s*)?"
                + "(?:<br\\s*/?>\\s*<small>([^<]+)</small>)?\\s*</a>");
    List<DashboardCell> cells = new ArrayList<>();
    Matcher m = cell.matcher(page);
    while (m.find()) {
      cells.add(
          new DashboardCell(
              m.group(1), m.group(2).trim(), m.group(3) == null ? null : m.group(3).trim()));
    }
    return cells;
  }

  /** The dashboard's cells of one area, in column order (overall first): "level | percentage". */
  public static List<String> dashboardRow(String page, long study, long area) {
    return dashboardCells(page, study, area).stream()
        .map(c -> c.level() + " | " + oneDecimal(c.percent()))
        .toList();
  }

  /** The report's cells of one area ({@code data-cell="A:..."}), in column order. */
  public static Map<String, String> reportRow(String page, long area) {
    Pattern cell =
        Pattern.compile(
            "data-cell=\""
                + area
                + ":(\\w+)\"[^>]*>\\s*<span class=\"level-chip\"[^>]*><span class=\"level\">"
                + "([^<]+)</span>[^<]*</span>\\s*(?:<span class=\"pct\">([^<]+)</span>)?");
    Map<String, String> cells = new LinkedHashMap<>();
    Matcher m = cell.matcher(page);
    while (m.find()) {
      String pct = m.group(3) == null ? "" : oneDecimal(m.group(3));
      cells.putIfAbsent(m.group(1), m.group(2).trim() + " | " + pct);
    }
    return cells;
  }
}
