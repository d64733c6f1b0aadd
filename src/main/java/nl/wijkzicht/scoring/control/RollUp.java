package nl.wijkzicht.scoring.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.framework.entity.RollUpRule;

/**
 * The roll-up rules of docs/scoring.md, pure and exact. A norm's result in an area comes from its
 * findings ({@link #ofFindings}); every higher result from the results one level down ({@link
 * #ofTerms}): a theme from its norms, an area from its themes, a region or the study from its
 * areas. "Niet beoordeeld" and not yet rated never count as a level: they lower coverage.
 *
 * <ul>
 *   <li>{@code worst}: the worst level among the inputs.
 *   <li>{@code majority}: the level that occurs most often; on a tie the worst of the tied levels.
 *   <li>{@code weighted_percentage}: findings earn their level's score; a result's percentage is
 *       the points earned of the maximum (findings) or the weighted mean of its children's
 *       percentages (higher levels, a norm weighing its framework weight, other children 1); the
 *       band it reaches gives the level.
 * </ul>
 */
public final class RollUp {

  private final ScoreScale scale;

  public RollUp(ScoreScale scale) {
    if (scale.rule() == RollUpRule.COUNT) {
      throw new IllegalArgumentException(
          "a count framework is tallied per question (SurveyTally), not rolled up to levels");
    }
    this.scale = scale;
  }

  public ScoreScale scale() {
    return scale;
  }

  /**
   * A norm's result from its findings.
   *
   * @param countsByLevel findings per level code, "niet beoordeeld" included
   * @param missing places where a finding could be and none was recorded yet
   */
  public Outcome ofFindings(Map<String, Integer> countsByLevel, int missing) {
    int notAssessed = 0;
    Map<ScoreLevel, Integer> counts = new LinkedHashMap<>();
    for (ScoreLevel level : scale.levels()) {
      counts.put(level, 0);
    }
    for (Map.Entry<String, Integer> e : countsByLevel.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative count for " + e.getKey());
      }
      if (scale.isNotAssessed(e.getKey())) {
        notAssessed += e.getValue();
      } else {
        ScoreLevel level =
            scale
                .level(e.getKey())
                .orElseThrow(
                    () -> new IllegalArgumentException("level not on the scale: " + e.getKey()));
        counts.merge(level, e.getValue(), Integer::sum);
      }
    }
    int assessed = counts.values().stream().mapToInt(Integer::intValue).sum();
    Coverage coverage = new Coverage(assessed, notAssessed, missing);
    List<LevelCount> tally = tally(counts);
    if (assessed == 0) {
      return empty(tally, List.of(), coverage);
    }
    return switch (scale.rule()) {
      case WORST -> levelOnly(worst(counts), tally, List.of(), List.of(), coverage);
      case MAJORITY -> {
        List<ScoreLevel> tied = mostFrequent(counts);
        yield levelOnly(tied.get(tied.size() - 1), tally, tied, List.of(), coverage);
      }
      case WEIGHTED_PERCENTAGE -> {
        long earned = 0;
        for (Map.Entry<ScoreLevel, Integer> e : counts.entrySet()) {
          earned += (long) e.getKey().score() * e.getValue();
        }
        long maximum = (long) assessed * scale.maxScore();
        Fraction percentage = Fraction.of(earned * 100, maximum);
        yield weighted(percentage, new Outcome.Points(earned, maximum), tally, List.of(), coverage);
      }
      case COUNT -> throw new IllegalStateException();
    };
  }

  /** A result from the results one level down. Terms without a level lower coverage only. */
  public Outcome ofTerms(List<Term> terms) {
    Map<ScoreLevel, Integer> counts = new LinkedHashMap<>();
    for (ScoreLevel level : scale.levels()) {
      counts.put(level, 0);
    }
    int missing = 0;
    for (Term term : terms) {
      if (term.hasResult()) {
        counts.merge(term.level(), 1, Integer::sum);
      } else {
        missing++;
      }
    }
    int assessed = terms.size() - missing;
    Coverage coverage = new Coverage(assessed, 0, missing);
    List<LevelCount> tally = tally(counts);
    if (assessed == 0) {
      return empty(tally, terms, coverage);
    }
    return switch (scale.rule()) {
      case WORST -> levelOnly(worst(counts), tally, List.of(), terms, coverage);
      case MAJORITY -> {
        List<ScoreLevel> tied = mostFrequent(counts);
        yield levelOnly(tied.get(tied.size() - 1), tally, tied, terms, coverage);
      }
      case WEIGHTED_PERCENTAGE -> {
        Fraction sum = Fraction.ZERO;
        long weights = 0;
        for (Term term : terms) {
          if (term.hasResult() && term.weight() > 0) {
            sum = sum.plus(percentageOf(term).times(term.weight()));
            weights += term.weight();
          }
        }
        if (weights == 0) {
          yield empty(tally, terms, coverage);
        }
        yield weighted(sum.dividedBy(weights), null, tally, terms, coverage);
      }
      case COUNT -> throw new IllegalStateException();
    };
  }

  /**
   * A child result as an input one level up. Under the weighted rule an overridden child counts
   * with its set level's percentage (its score of the maximum), not its computed percentage.
   */
  public Term term(String key, String label, Outcome outcome, int weight) {
    Fraction percentage = null;
    if (outcome.hasResult() && scale.rule() == RollUpRule.WEIGHTED_PERCENTAGE) {
      percentage =
          outcome.isOverridden() || outcome.percentage() == null
              ? scale.percentageOf(outcome.level())
              : outcome.percentage();
    }
    return new Term(key, label, outcome.level(), percentage, weight, outcome.isOverridden());
  }

  private Fraction percentageOf(Term term) {
    return term.percentage() != null ? term.percentage() : scale.percentageOf(term.level());
  }

  private Outcome weighted(
      Fraction percentage,
      Outcome.Points points,
      List<LevelCount> tally,
      List<Term> terms,
      Coverage coverage) {
    ScoreBand band = scale.band(percentage);
    return new Outcome(
        scale.rule(),
        band.level(),
        percentage,
        points,
        band,
        scale.positionInBand(percentage, band),
        tally,
        List.of(),
        terms,
        coverage,
        null,
        null);
  }

  private Outcome levelOnly(
      ScoreLevel level,
      List<LevelCount> tally,
      List<ScoreLevel> tied,
      List<Term> terms,
      Coverage coverage) {
    return new Outcome(
        scale.rule(), level, null, null, null, null, tally, tied, terms, coverage, null, null);
  }

  private Outcome empty(List<LevelCount> tally, List<Term> terms, Coverage coverage) {
    return new Outcome(
        scale.rule(), null, null, null, null, null, tally, List.of(), terms, coverage, null, null);
  }

  private static List<LevelCount> tally(Map<ScoreLevel, Integer> counts) {
    List<LevelCount> tally = new ArrayList<>();
    counts.forEach((level, count) -> tally.add(new LevelCount(level, count)));
    return tally;
  }

  private static ScoreLevel worst(Map<ScoreLevel, Integer> counts) {
    ScoreLevel worst = null;
    for (Map.Entry<ScoreLevel, Integer> e : counts.entrySet()) {
      if (e.getValue() > 0 && (worst == null || e.getKey().rank() > worst.rank())) {
        worst = e.getKey();
      }
    }
    return worst;
  }

  /** The levels that occur most often, best first (so the last is the worst of a tie). */
  private static List<ScoreLevel> mostFrequent(Map<ScoreLevel, Integer> counts) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return counts.entrySet().stream()
        .filter(e -> e.getValue() == max && max > 0)
        .map(Map.Entry::getKey)
        .sorted(java.util.Comparator.comparingInt(ScoreLevel::rank))
        .toList();
  }
}
