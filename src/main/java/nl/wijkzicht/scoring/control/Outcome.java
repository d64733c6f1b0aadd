package nl.wijkzicht.scoring.control;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.framework.entity.RollUpRule;

/**
 * One result of a roll-up with everything needed to explain it: the rule, the level it computed
 * (null: nothing assessed), under the weighted rule the percentage, points and band, the counts per
 * level, a tie under the majority rule, the child results it was made of, coverage, basis and a
 * coordinator's override beside the computed level.
 *
 * @param points under the weighted rule at finding level: points earned and the maximum
 */
public record Outcome(
    RollUpRule rule,
    ScoreLevel computed,
    Fraction percentage,
    Points points,
    ScoreBand band,
    Fraction positionInBand,
    List<LevelCount> tally,
    List<ScoreLevel> tied,
    List<Term> terms,
    Coverage coverage,
    Basis basis,
    ScoreOverride override)
    implements Serializable {

  /** Points earned of the maximum possible (the weighted rule on findings). */
  public record Points(long earned, long maximum) implements Serializable {}

  public Outcome {
    tally = List.copyOf(tally);
    tied = List.copyOf(tied);
    terms = List.copyOf(terms);
    basis = basis == null ? Basis.NONE : basis;
  }

  /** The level that counts: the override when there is one, else the computed level. */
  public ScoreLevel level() {
    return override != null ? override.level() : computed;
  }

  public boolean hasResult() {
    return level() != null;
  }

  public boolean isOverridden() {
    return override != null;
  }

  /** True when the majority rule found two or more levels equally often and took the worst. */
  public boolean isTie() {
    return tied.size() > 1;
  }

  public Outcome withBasis(Basis newBasis) {
    return new Outcome(
        rule,
        computed,
        percentage,
        points,
        band,
        positionInBand,
        tally,
        tied,
        terms,
        coverage,
        newBasis,
        override);
  }

  public Outcome withOverride(ScoreOverride newOverride) {
    return new Outcome(
        rule,
        computed,
        percentage,
        points,
        band,
        positionInBand,
        tally,
        tied,
        terms,
        coverage,
        basis,
        newOverride);
  }
}
