package nl.wijkzicht.report.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wijkzicht.network.control.Diagram;

/**
 * The figures and texts of a report, display-ready and free of entities: what the web report, the
 * PDF, the published JSON snapshot and the open data are all made from (one source, so they show
 * the same numbers). Every type is a record of text, numbers, dates and lists, so JSON-B writes and
 * reads it back unchanged: a published version is rendered from its stored snapshot, never from the
 * live data.
 *
 * <p>Texts are in the report's language ({@link Meta#language()}); level codes and area codes stay
 * as in the framework and CBS, for machines.
 */
public final class ReportModel {

  private ReportModel() {}

  /** The report as a whole: study, framework, rule, bands, period and how the figures were made. */
  public record Meta(
      long studyId,
      String studyTitle,
      String frameworkTitle,
      String frameworkVersion,
      String rule,
      List<Level> levels,
      List<Band> bands,
      LocalDate startsOn,
      LocalDate endsOn,
      String language,
      int minCellSize,
      boolean suppressed,
      String fingerprint,
      Instant generatedAt)
      implements Serializable {
    public Meta {
      levels = List.copyOf(levels);
      bands = List.copyOf(bands);
    }

    /** The same report marked as suppressed for the public (see {@link Suppression}). */
    public Meta asSuppressed() {
      return new Meta(
          studyId,
          studyTitle,
          frameworkTitle,
          frameworkVersion,
          rule,
          levels,
          bands,
          startsOn,
          endsOn,
          language,
          minCellSize,
          true,
          fingerprint,
          generatedAt);
    }
  }

  /** A level of the rating scale: code, label, colour (#rrggbb) and score (null: not scored). */
  public record Level(String code, String label, String colour, Integer score)
      implements Serializable {}

  /** A band of the weighted-percentage rule: from–to percent gives the level. */
  public record Band(int from, int to, String levelCode) implements Serializable {}

  /** What a figure rests on (as {@code scoring.control.Basis}). */
  public record Basis(
      int findings,
      int notAssessed,
      int visits,
      int tracers,
      int interviews,
      List<String> respondentRoles,
      int providers)
      implements Serializable {
    public Basis {
      respondentRoles = List.copyOf(respondentRoles);
    }

    public static final Basis NONE = new Basis(0, 0, 0, 0, 0, List.of(), 0);
  }

  /**
   * One result: a norm, a theme or an area, overall or per theme.
   *
   * @param levelCode the level that counts (an override if set); null: no result
   * @param percentage under the weighted rule, one decimal; null otherwise
   * @param bandFrom the band the percentage falls in (null when there is none)
   * @param positionInBand how far into its band, 0–100 (null when there is none)
   * @param computedLevelLabel when overridden: the computed level's label, shown beside it
   * @param smallCell the figure rests on fewer providers than the study's minimum cell size
   * @param suppressed the values were removed for publication because of {@code smallCell}
   */
  public record Figure(
      String levelCode,
      String levelLabel,
      String colour,
      BigDecimal percentage,
      Integer bandFrom,
      Integer bandTo,
      Integer positionInBand,
      int coverageAssessed,
      int coverageExpected,
      int coveragePercent,
      Basis basis,
      boolean overridden,
      String computedLevelLabel,
      boolean smallCell,
      boolean suppressed)
      implements Serializable {

    public boolean hasResult() {
      return levelCode != null;
    }

    /** Without its values, marked suppressed; the basis keeps only what is not identifying. */
    public Figure asSuppressed() {
      return new Figure(
          null, null, null, null, null, null, null, 0, 0, 0, Basis.NONE, false, null, true, true);
    }
  }

  /** A theme of the framework, in the order of the framework. */
  public record Theme(String code, String title) implements Serializable {}

  /** A norm with its result in one area. */
  public record NormFigure(String themeCode, String code, String title, Figure figure)
      implements Serializable {}

  /** One theme in an area report: its result, the strongest and the weakest norms. */
  public record ThemeSection(
      Theme theme, Figure figure, List<NormFigure> strongest, List<NormFigure> weakest)
      implements Serializable {
    public ThemeSection {
      strongest = List.copyOf(strongest);
      weakest = List.copyOf(weakest);
    }
  }

  /** An area (municipality or district) with its overall result and one figure per theme. */
  public record AreaRow(
      long areaId,
      String code,
      String municipalityCode,
      String label,
      String province,
      Figure overall,
      List<Figure> themes)
      implements Serializable {
    public AreaRow {
      themes = List.copyOf(themes);
    }
  }

  /** A region (or the whole study) over its areas. */
  public record RegionRow(
      String key, String name, String kind, int areas, Figure overall, List<Figure> themes)
      implements Serializable {
    public RegionRow {
      themes = List.copyOf(themes);
    }
  }

  /**
   * An observation or quote the inspector marked shareable, as the inspector wrote it; never a
   * respondent's pseudonym, at most the role ("wijkverpleegkundige").
   *
   * @param kind OBSERVATION, QUOTE or DOCUMENT
   */
  public record Quote(
      String themeCode, String normCode, String kind, String text, String respondentRole)
      implements Serializable {}

  /**
   * The providers' reactions in an area, summarised: how many were asked and replied, how many
   * remarks, accepted and not accepted.
   */
  public record ReplySummary(
      int providersAsked,
      int providersReplied,
      int remarks,
      int accepted,
      int notAccepted,
      int undecided)
      implements Serializable {
    public static final ReplySummary NONE = new ReplySummary(0, 0, 0, 0, 0, 0);
  }

  /**
   * A norm that is weak in many areas: in how many areas it was assessed, in how many it came out
   * below the scale's middle ("below"), and its mean percentage over the areas (weighted rule).
   */
  public record Bottleneck(
      String themeCode,
      String normCode,
      String normTitle,
      int areasAssessed,
      int areasBelow,
      BigDecimal meanPercentage)
      implements Serializable {}

  /** A survey table: answers to one question per group of another (e.g. per network scope). */
  public record SurveyTable(
      String questionCode,
      String question,
      String grouping,
      List<String> columns,
      List<SurveyRow> rows)
      implements Serializable {
    public SurveyTable {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One group's answers; {@code cells} in the order of the table's columns.
   *
   * @param respondents how many answered in this group; below the minimum cell size the row is
   *     marked and, when published, suppressed
   */
  public record SurveyRow(
      String group, int respondents, List<SurveyCell> cells, boolean smallCell, boolean suppressed)
      implements Serializable {
    public SurveyRow {
      cells = List.copyOf(cells);
    }
  }

  /** A count and its percentage of the row's respondents (null when suppressed). */
  public record SurveyCell(Integer count, Integer percent) implements Serializable {}

  /**
   * "Inzichten per gebied": one area's report.
   *
   * @param conclusions the coordinator's conclusions for this area, Markdown subset (may be empty)
   * @param whoDoesWhat the area's who-does-what drawing; null when none was drawn
   * @param tracerNetworks the care networks of the area's tracers (internal reports only)
   */
  public record AreaReport(
      Meta meta,
      List<Theme> themes,
      AreaRow area,
      List<ThemeSection> sections,
      List<Quote> quotes,
      Diagram whoDoesWhat,
      List<Diagram> tracerNetworks,
      ReplySummary replies,
      String conclusions)
      implements Serializable {
    public AreaReport {
      themes = List.copyOf(themes);
      sections = List.copyOf(sections);
      quotes = List.copyOf(quotes);
      tracerNetworks = List.copyOf(tracerNetworks);
    }
  }

  /**
   * The national comparison: the study overall and per theme, all areas side by side, regions, the
   * common bottlenecks, the survey tables (survey studies) and the coordinator's conclusions.
   */
  public record NationalReport(
      Meta meta,
      List<Theme> themes,
      RegionRow study,
      List<AreaRow> areas,
      List<RegionRow> regions,
      List<Bottleneck> bottlenecks,
      List<SurveyTable> survey,
      String conclusions)
      implements Serializable {
    public NationalReport {
      themes = List.copyOf(themes);
      areas = List.copyOf(areas);
      regions = List.copyOf(regions);
      bottlenecks = List.copyOf(bottlenecks);
      survey = List.copyOf(survey);
    }
  }
}
