package nl.wijkzicht.scoring.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.scoring.boundary.ScoreCache;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.control.Coverage;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.web.Messages;

/**
 * What the map and its table show of a study's results (docs/scoring.md): per area the level, its
 * colour and label, the percentage and the coverage for one theme, or the area's overall result
 * when no theme is chosen. Pure: built from {@link StudyScores}, no database, so the JSON the map
 * reads and the table the page renders come from the same rows.
 */
public final class MapData {

  /** Fill of a study area without a result; never a level's colour. */
  public static final String NO_RESULT_COLOUR = "#ffffff";

  private final StudyScores scores;
  private final ThemeRef theme;
  private final Locale locale;
  private final List<MapRow> rows;

  /**
   * @param theme the chosen theme, or null for the areas' overall results
   * @param contextPath the application's context path, for the links to the explain page
   */
  public MapData(StudyScores scores, ThemeRef theme, Locale locale, String contextPath) {
    this.scores = scores;
    this.theme = theme;
    this.locale = locale;
    List<MapRow> made = new ArrayList<>();
    for (AreaResult area : scores.areas()) {
      made.add(row(area, contextPath));
    }
    this.rows = List.copyOf(made);
  }

  /**
   * The map data of these results, built once per theme, language and context path and kept with
   * the results ({@link ScoreCache#derived}): the page's table and the map's JSON both read it, and
   * building the 342 rows' texts was a sixth of the map page's time.
   */
  public static MapData of(
      ScoreCache cache, StudyScores scores, ThemeRef theme, Locale locale, String contextPath) {
    return cache.derived(
        scores,
        String.join(
            "|",
            "map",
            theme == null ? "" : Long.toString(theme.id()),
            locale.toLanguageTag(),
            contextPath),
        () -> new MapData(scores, theme, locale, contextPath));
  }

  public List<MapRow> rows() {
    return rows;
  }

  public ThemeRef theme() {
    return theme;
  }

  /** The levels of the framework's scale, best first, as the legend shows them. */
  public List<ScoreLevel> levels() {
    return scores.scale().levels();
  }

  public String levelLabel(ScoreLevel level) {
    return level.label(locale.getLanguage());
  }

  private MapRow row(AreaResult area, String contextPath) {
    Outcome outcome = theme == null ? area.outcome() : area.theme(theme.id()).outcome();
    ScoreLevel level = outcome.level();
    String levelLabel =
        level == null ? Messages.text(locale, "study_map.noResult") : level.label(lang());
    if (outcome.isOverridden()) {
      levelLabel = Messages.text(locale, "study_map.overridden", levelLabel);
    }
    String percentage = outcome.percentage() == null ? null : outcome.percentage().toString();
    String percentageText =
        outcome.percentage() == null ? "–" : percentText(outcome.percentage().rounded(1));
    Coverage coverage = outcome.coverage();
    int assessed = coverage == null ? 0 : coverage.assessed();
    int expected = coverage == null ? 0 : coverage.expected();
    int coveragePercent = coverage == null ? 0 : coverage.wholePercentage();
    String coverageText =
        Messages.text(
            locale,
            "study_map.coverage.text",
            assessed,
            expected,
            percentText(BigDecimal.valueOf(coveragePercent)));
    String href =
        contextPath
            + "/study/explain.xhtml?study="
            + scores.studyId()
            + "&area="
            + area.area().id()
            + (theme == null ? "" : "&theme=" + theme.id());
    String label = area.area().label();
    String summary =
        Messages.text(locale, "study_map.summary", label, levelLabel, percentageText, coverageText);
    return new MapRow(
        area.area().id(),
        area.area().municipalityCode(),
        area.area().districtCode(),
        area.area().districtName(),
        label,
        level == null ? null : level.code(),
        levelLabel,
        level == null ? NO_RESULT_COLOUR : level.colour(),
        level == null ? Integer.MAX_VALUE : level.rank(),
        outcome.isOverridden(),
        percentage,
        outcome.percentage() == null ? -1 : outcome.percentage().toDouble(),
        percentageText,
        assessed,
        expected,
        coveragePercent,
        coverageText,
        href,
        summary);
  }

  private String lang() {
    return locale.getLanguage();
  }

  /** "38,5 %" in Dutch, "38.5%" in English. */
  String percentText(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(0);
    return Messages.text(locale, "study_map.percent", format.format(value));
  }

  /** The rows as the map's script reads them (JSON, no library needed). */
  public String toJson() {
    StringBuilder json = new StringBuilder(256 + rows.size() * 400);
    json.append("{\"study\":").append(scores.studyId());
    json.append(",\"theme\":").append(theme == null ? "null" : Long.toString(theme.id()));
    json.append(",\"themeTitle\":")
        .append(
            theme == null
                ? "null"
                : string(theme.title() == null ? theme.code() : theme.title().in(locale)));
    json.append(",\"levels\":[");
    List<ScoreLevel> levels = levels();
    for (int i = 0; i < levels.size(); i++) {
      ScoreLevel l = levels.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"code\":")
          .append(string(l.code()))
          .append(",\"label\":")
          .append(string(l.label(lang())))
          .append(",\"colour\":")
          .append(string(l.colour()))
          .append('}');
    }
    json.append("],\"areas\":[");
    for (int i = 0; i < rows.size(); i++) {
      MapRow r = rows.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(r.areaId())
          .append(",\"code\":")
          .append(string(r.code()))
          .append(",\"municipality\":")
          .append(string(r.municipalityCode()))
          .append(",\"district\":")
          .append(string(r.districtCode()))
          .append(",\"districtName\":")
          .append(string(r.districtName()))
          .append(",\"label\":")
          .append(string(r.label()))
          .append(",\"level\":")
          .append(r.levelCode() == null ? "null" : string(r.levelCode()))
          .append(",\"levelLabel\":")
          .append(string(r.levelLabel()))
          .append(",\"colour\":")
          .append(string(r.colour()))
          .append(",\"overridden\":")
          .append(r.overridden())
          .append(",\"percentage\":")
          .append(r.percentage() == null ? "null" : string(r.percentage()))
          .append(",\"percentageText\":")
          .append(string(r.percentageText()))
          .append(",\"coverage\":{\"assessed\":")
          .append(r.assessed())
          .append(",\"expected\":")
          .append(r.expected())
          .append(",\"percent\":")
          .append(r.coveragePercent())
          .append(",\"text\":")
          .append(string(r.coverageText()))
          .append("},\"href\":")
          .append(string(r.href()))
          .append(",\"summary\":")
          .append(string(r.summary()))
          .append('}');
    }
    return json.append("]}").toString();
  }

  /** A JSON string literal; also escapes &lt; and &gt; so no text can close a tag. */
  static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
