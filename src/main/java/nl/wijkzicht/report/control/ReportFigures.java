package nl.wijkzicht.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.report.control.ReportModel.Band;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Bottleneck;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Level;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreBand;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.control.ScoreScale;

/**
 * Turns the scoring results ({@link Outcome}) into the report's display-ready figures: pure, no
 * container, so the web report, the PDF, the snapshot and the open data all get the same numbers
 * the dashboard shows (docs/reports.md).
 */
public final class ReportFigures {

  /** Decimals of a report percentage (the dashboard's two, rounded half up to one). */
  public static final int DECIMALS = 1;

  /** Most bottlenecks a national report lists. */
  public static final int BOTTLENECKS = 10;

  private ReportFigures() {}

  /** A percentage as the report shows it: one decimal, half up; null stays null. */
  public static BigDecimal percentage(nl.wijkzicht.scoring.control.Fraction value) {
    return value == null ? null : value.rounded(DECIMALS);
  }

  /**
   * One result as a figure.
   *
   * @param basis what the figure rests on (for a theme or norm in an area: the area's providers)
   * @param noResult the label of "no result" in the report's language
   * @param minCellSize fewer providers than this make the figure a small cell
   */
  public static Figure figure(
      Outcome outcome, Basis basis, String language, String noResult, int minCellSize) {
    ScoreLevel level = outcome.level();
    ScoreBand band = outcome.band();
    String computedLabel = null;
    if (outcome.isOverridden()) {
      computedLabel = outcome.computed() == null ? noResult : outcome.computed().label(language);
    }
    return new Figure(
        level == null ? null : level.code(),
        level == null ? noResult : level.label(language),
        level == null ? null : level.colour(),
        percentage(outcome.percentage()),
        band == null ? null : band.from(),
        band == null ? null : band.to(),
        outcome.positionInBand() == null
            ? null
            : outcome.positionInBand().times(100).rounded(0).intValue(),
        outcome.coverage().assessed(),
        outcome.coverage().expected(),
        outcome.coverage().wholePercentage(),
        basis,
        outcome.isOverridden(),
        computedLabel,
        basis.providers() < minCellSize,
        false);
  }

  /** The scoring basis as the model's, respondent roles named in the report's language. */
  public static Basis basis(nl.wijkzicht.scoring.control.Basis b, String language) {
    ReportTexts texts = ReportTexts.of(Locale.forLanguageTag(language));
    return new Basis(
        b.findings(),
        b.notAssessed(),
        b.visits(),
        b.tracers(),
        b.interviews(),
        b.respondentRoles().stream().map(code -> roleLabel(texts, code)).toList(),
        b.providers());
  }

  private static String roleLabel(ReportTexts texts, String code) {
    String label = texts.text("RespondentRole." + code);
    return label.startsWith("???") ? code : label;
  }

  /** The same basis with the findings of one part (a theme's or a norm's assessed findings). */
  public static Basis withFindings(Basis b, int findings, int notAssessed) {
    return new Basis(
        findings,
        notAssessed,
        b.visits(),
        b.tracers(),
        b.interviews(),
        b.respondentRoles(),
        b.providers());
  }

  /** The scale's levels, best first, in the report's language. */
  public static List<Level> levels(ScoreScale scale, String language) {
    return scale.levels().stream()
        .map(l -> new Level(l.code(), l.label(language), l.colour(), l.score()))
        .toList();
  }

  public static List<Band> bands(ScoreScale scale) {
    return scale.bands().stream()
        .map(b -> new Band(b.from(), b.to(), b.level() == null ? null : b.level().code()))
        .toList();
  }

  /**
   * Whether a level lies below the middle of the scale: its rank (0 = best) is more than half way
   * down. Of four levels the lower two, of three the lowest, of five the lower two.
   */
  public static boolean belowMiddle(ScoreLevel level, int levels) {
    return level != null && level.rank() * 2 > levels - 1;
  }

  /** One norm's results over the areas, as the bottleneck rule needs them. */
  public record NormAcrossAreas(
      String themeCode, String normCode, String normTitle, List<Outcome> outcomes) {}

  /**
   * The common bottlenecks (docs/reports.md): the norms that came out below the middle of the scale
   * in at least one area, most such areas first (then the larger share of the areas where the norm
   * was assessed, then the lower mean percentage, then the framework's order); at most {@link
   * #BOTTLENECKS}. The mean percentage is the plain mean over the areas with a percentage (weighted
   * rule only; null otherwise), one decimal half up.
   */
  public static List<Bottleneck> bottlenecks(List<NormAcrossAreas> norms, int levels) {
    record Ranked(int order, Bottleneck bottleneck) {}
    List<Ranked> found = new ArrayList<>();
    int order = 0;
    for (NormAcrossAreas norm : norms) {
      int assessed = 0;
      int below = 0;
      nl.wijkzicht.scoring.control.Fraction sum = nl.wijkzicht.scoring.control.Fraction.ZERO;
      int withPercentage = 0;
      for (Outcome o : norm.outcomes()) {
        if (!o.hasResult()) {
          continue;
        }
        assessed++;
        if (belowMiddle(o.level(), levels)) {
          below++;
        }
        if (o.percentage() != null) {
          sum = sum.plus(o.percentage());
          withPercentage++;
        }
      }
      if (below > 0) {
        BigDecimal mean =
            withPercentage == 0 ? null : sum.dividedBy(withPercentage).rounded(DECIMALS);
        found.add(
            new Ranked(
                order,
                new Bottleneck(
                    norm.themeCode(), norm.normCode(), norm.normTitle(), assessed, below, mean)));
      }
      order++;
    }
    Comparator<Ranked> rank =
        Comparator.comparingInt((Ranked r) -> -r.bottleneck().areasBelow())
            .thenComparing(
                (Ranked r) ->
                    BigDecimal.valueOf(r.bottleneck().areasBelow())
                        .divide(
                            BigDecimal.valueOf(r.bottleneck().areasAssessed()),
                            6,
                            RoundingMode.HALF_UP),
                Comparator.reverseOrder())
            .thenComparing(
                (Ranked r) ->
                    r.bottleneck().meanPercentage() == null
                        ? BigDecimal.valueOf(1000)
                        : r.bottleneck().meanPercentage())
            .thenComparingInt(Ranked::order);
    return found.stream().sorted(rank).limit(BOTTLENECKS).map(Ranked::bottleneck).toList();
  }
}
