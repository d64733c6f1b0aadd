package nl.wijkzicht.framework.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How ratings roll up norm → theme → visit → area (docs/domain.md §5). {@code WORST}: the lowest
 * level counts; {@code MAJORITY}: the most frequent level; {@code WEIGHTED_PERCENTAGE}: the
 * weighted sum of level scores as a percentage of the maximum, mapped to a level by threshold bands
 * (as the CQC single assessment framework); {@code COUNT}: survey-type frameworks, whose results
 * are counts and percentages of answers, not levels. "Not assessed" never counts in any rule.
 */
public enum RollUpRule {
  WORST,
  MAJORITY,
  WEIGHTED_PERCENTAGE,
  COUNT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean usesWeights() {
    return this == WEIGHTED_PERCENTAGE;
  }

  public boolean usesRatingScale() {
    return this != COUNT;
  }

  public static Optional<RollUpRule> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
