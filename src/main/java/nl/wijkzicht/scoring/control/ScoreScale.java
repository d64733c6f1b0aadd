package nl.wijkzicht.scoring.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkzicht.framework.entity.RollUpRule;

/**
 * A framework version's scale and roll-up rule, as the scoring rules need them: the assessed levels
 * from best to worst, the "not assessed" code, and for the weighted-percentage rule its bands.
 */
public record ScoreScale(
    RollUpRule rule, List<ScoreLevel> levels, String notAssessedCode, List<ScoreBand> bands)
    implements Serializable {

  public ScoreScale {
    levels = levels.stream().sorted(Comparator.comparingInt(ScoreLevel::rank)).toList();
    bands = bands.stream().sorted(Comparator.comparingInt(ScoreBand::from)).toList();
    if (rule == RollUpRule.WEIGHTED_PERCENTAGE) {
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("weighted_percentage needs bands");
      }
      if (levels.stream().anyMatch(l -> l.score() == null)) {
        throw new IllegalArgumentException("weighted_percentage needs a score on every level");
      }
    }
  }

  public Optional<ScoreLevel> level(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  public boolean isNotAssessed(String code) {
    return code != null && code.equals(notAssessedCode);
  }

  private Map<String, ScoreLevel> byCode() {
    return levels.stream().collect(Collectors.toMap(ScoreLevel::code, Function.identity()));
  }

  /** The highest score on the scale (the maximum a finding can earn). */
  public int maxScore() {
    return levels.stream().map(ScoreLevel::score).mapToInt(Integer::intValue).max().orElse(0);
  }

  /** A level's score as a percentage of the maximum: how a single rating counts in a percentage. */
  public Fraction percentageOf(ScoreLevel level) {
    return Fraction.of(level.score() * 100L, maxScore());
  }

  /**
   * The band a percentage falls in: the last band whose {@code from} it reaches. Below the first
   * band it belongs to the first (the framework check makes sure that cannot happen with the
   * scale's own scores).
   */
  public ScoreBand band(Fraction percentage) {
    ScoreBand found = bands.get(0);
    for (ScoreBand band : bands) {
      if (percentage.compareTo(Fraction.of(band.from())) >= 0) {
        found = band;
      }
    }
    return found;
  }

  /**
   * Where in its band a percentage sits, 0 (at its lower edge) to 1 (at the next band's edge, or
   * 100 % in the last band).
   */
  public Fraction positionInBand(Fraction percentage, ScoreBand band) {
    int index = bands.indexOf(band);
    int upper = index + 1 < bands.size() ? bands.get(index + 1).from() : band.to();
    if (upper <= band.from()) {
      return Fraction.of(1);
    }
    Fraction position = percentage.minus(Fraction.of(band.from())).dividedBy(upper - band.from());
    if (position.isLessThan(Fraction.ZERO)) {
      return Fraction.ZERO;
    }
    return Fraction.of(1).isLessThan(position) ? Fraction.of(1) : position;
  }

  /** The worst of two levels. */
  public ScoreLevel worse(ScoreLevel a, ScoreLevel b) {
    return a.rank() >= b.rank() ? a : b;
  }
}
