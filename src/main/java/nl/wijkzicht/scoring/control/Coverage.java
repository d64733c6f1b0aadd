package nl.wijkzicht.scoring.control;

import java.io.Serializable;

/**
 * How much of what could be rated was rated: {@code assessed} of {@code expected}. "Niet
 * beoordeeld" and not yet rated lower coverage; they never lower the result.
 */
public record Coverage(int assessed, int notAssessed, int missing) implements Serializable {

  public int expected() {
    return assessed + notAssessed + missing;
  }

  /** Assessed as a share of expected, 0–100; 0 when nothing was expected. */
  public Fraction percentage() {
    return expected() == 0 ? Fraction.ZERO : Fraction.of(assessed * 100L, expected());
  }

  public int wholePercentage() {
    return percentage().rounded(0).intValue();
  }

  public Coverage plus(Coverage other) {
    return new Coverage(
        assessed + other.assessed, notAssessed + other.notAssessed, missing + other.missing);
  }
}
