package nl.wijkzicht.scoring.control;

import java.io.Serializable;

/**
 * One input of a roll-up as the explanation shows it: a child result (a norm in a theme, a theme in
 * an area, an area in a region) with its level, its percentage under the weighted rule, its weight
 * and whether that level was set by hand. {@code level} is null when the child has no result (it
 * lowers coverage).
 */
public record Term(
    String key, String label, ScoreLevel level, Fraction percentage, int weight, boolean overridden)
    implements Serializable {

  public boolean hasResult() {
    return level != null;
  }
}
