package nl.wijkzicht.scoring.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.scoring.control.Coverage;
import nl.wijkzicht.scoring.control.Fraction;
import nl.wijkzicht.scoring.control.LevelCount;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreBand;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.control.Term;
import nl.wijkzicht.web.Messages;

/**
 * How results read on every page ({@code #{scoreFormat...}}): the level's label (never colour
 * alone), percentages in the user's language, coverage, and the arithmetic of a result in words.
 */
@Named
@ApplicationScoped
public class ScoreFormat {

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("nl")
        : faces.getViewRoot().getLocale();
  }

  private static String text(String key, Object... arguments) {
    return Messages.text(locale(), key, arguments);
  }

  /** "66,67" (nl) or "66.67" (en): two decimals at most, none when whole. */
  public static String number(Fraction value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    format.setMinimumFractionDigits(0);
    return format.format(value.rounded(2));
  }

  public String number(Fraction value) {
    return value == null ? "" : number(value, locale());
  }

  /** "66,67 %", or "" without a percentage. */
  public String percent(Fraction value) {
    return value == null ? "" : number(value, locale()) + " %";
  }

  /**
   * A level's label. Named apart from {@link #label(Outcome)} on purpose: with two one-argument
   * methods of one name, EL tries to coerce each argument to the other's type, and every failed try
   * builds an error message from the argument's toString (a whole outcome with its inputs); that
   * took a fifth of the national dashboard's time.
   */
  public String levelLabel(ScoreLevel level) {
    return level == null ? text("score.none") : level.label(locale().getLanguage());
  }

  /** The level that counts, or "Geen oordeel". */
  public String label(Outcome outcome) {
    return outcome == null ? text("score.none") : levelLabel(outcome.level());
  }

  /** The level's colour from the framework file, grey without a result. */
  public String colour(Outcome outcome) {
    return outcome == null || outcome.level() == null ? "#e0e0e0" : outcome.level().colour();
  }

  /** Black or white, whichever reads better on the colour (WCAG relative luminance). */
  public String textColour(String hex) {
    return luminance(hex) > 0.179 ? "#000000" : "#ffffff";
  }

  static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double r = channel((rgb >> 16) & 0xff);
    double g = channel((rgb >> 8) & 0xff);
    double b = channel(rgb & 0xff);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** "8 van 10 (80 %)". */
  public String coverage(Coverage coverage) {
    return text(
        "score.coverage.value",
        coverage.assessed(),
        coverage.expected(),
        coverage.wholePercentage());
  }

  /** The band as the file writes it, "63–87 %". */
  public String band(ScoreBand band) {
    return band == null ? "" : band.from() + "–" + band.to() + " %";
  }

  /**
   * The arithmetic of a result in one line: "27 van 36 punten = 75 % → band 63–87 % → Voldoet
   * grotendeels", "(2 × 75 + 1 × 50) / 3 = 66,67 % → ...", "meest voorkomend: ...", "laagste: ...".
   */
  public String arithmetic(Outcome outcome) {
    if (outcome == null || outcome.computed() == null) {
      return text("score.arithmetic.none");
    }
    return switch (outcome.rule()) {
      case WEIGHTED_PERCENTAGE -> {
        String sum;
        if (outcome.points() != null) {
          sum =
              text(
                  "score.arithmetic.points", outcome.points().earned(), outcome.points().maximum());
        } else {
          List<String> parts = new ArrayList<>();
          long weights = 0;
          for (Term term : outcome.terms()) {
            if (term.hasResult() && term.weight() > 0) {
              parts.add(term.weight() + " × " + number(term.percentage()));
              weights += term.weight();
            }
          }
          sum = "(" + String.join(" + ", parts) + ") / " + weights;
        }
        yield text(
            "score.arithmetic.weighted",
            sum,
            percent(outcome.percentage()),
            band(outcome.band()),
            levelLabel(outcome.computed()));
      }
      case MAJORITY -> {
        int count =
            outcome.tally().stream()
                .filter(c -> c.level().equals(outcome.computed()))
                .mapToInt(LevelCount::count)
                .sum();
        if (outcome.isTie()) {
          List<String> tied = new ArrayList<>();
          for (ScoreLevel level : outcome.tied()) {
            tied.add(levelLabel(level));
          }
          yield text(
              "score.arithmetic.tie",
              String.join(", ", tied),
              count,
              levelLabel(outcome.computed()));
        }
        yield text(
            "score.arithmetic.majority",
            levelLabel(outcome.computed()),
            count,
            outcome.coverage().assessed());
      }
      case WORST -> text("score.arithmetic.worst", levelLabel(outcome.computed()));
      case COUNT -> "";
    };
  }

  /** Where in its band a result sits, "bij 48 % van de band". */
  public String position(Outcome outcome) {
    return outcome == null || outcome.positionInBand() == null
        ? ""
        : text(
            "score.position",
            outcome.positionInBand().times(100).rounded(0).intValue(),
            band(outcome.band()));
  }
}
