package nl.wijkzicht.scoring.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact non-negative rational number. Percentages are kept exact so that a result compares with
 * a band edge without rounding error: two thirds of 58.5 % is never "almost 39 %".
 */
public final class Fraction implements Serializable, Comparable<Fraction> {

  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Fraction of(long whole) {
    return of(whole, 1);
  }

  /** A decimal written as text, e.g. "38.5", exactly. */
  public static Fraction parse(String decimal) {
    BigDecimal value = new BigDecimal(decimal);
    return value.scale() <= 0
        ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  public Fraction plus(Fraction other) {
    return new Fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Fraction minus(Fraction other) {
    return plus(new Fraction(other.numerator.negate(), other.denominator));
  }

  public Fraction times(Fraction other) {
    return new Fraction(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Fraction times(long factor) {
    return new Fraction(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  public Fraction dividedBy(Fraction other) {
    return new Fraction(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public Fraction dividedBy(long divisor) {
    return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** Rounded half up to {@code decimals} places, for display only; never for comparisons. */
  public BigDecimal rounded(int decimals) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The value for charts and sorting (a double, never for a band decision). */
  public double toDouble() {
    return rounded(12).doubleValue();
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  public boolean isLessThan(Fraction other) {
    return compareTo(other) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f
        && numerator.equals(f.numerator)
        && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** Exact when it can be (75, 38.5), else to 2 decimals (66.67); "." as the decimal mark. */
  @Override
  public String toString() {
    BigDecimal exact;
    try {
      exact =
          new BigDecimal(numerator)
              .divide(new BigDecimal(denominator), java.math.MathContext.UNLIMITED)
              .stripTrailingZeros();
      if (exact.scale() > 2) {
        return rounded(2).stripTrailingZeros().toPlainString();
      }
      return exact.toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return rounded(2).stripTrailingZeros().toPlainString();
    }
  }
}
