package nl.wijkzicht.scoring.control;

import java.util.List;
import java.util.Objects;

/**
 * A questionnaire question as the survey count sees it: its code, whether one response may choose
 * several options (multiple choice; then the percentages of a question can add up to more than 100
 * %), and its options in the framework's order (yes/no as {@code yes}, {@code no}; a scale as its
 * numbers). A question without options (a number) is summarised by {@link SurveyNumbers} instead.
 */
public record SurveyQuestion(String code, boolean multiple, List<String> options)
    implements java.io.Serializable {

  public SurveyQuestion {
    Objects.requireNonNull(code);
    options = List.copyOf(options);
  }

  /** A question whose answers are numbers (no options): counted as n, mean, lowest and highest. */
  public static SurveyQuestion number(String code) {
    return new SurveyQuestion(code, false, List.of());
  }

  public boolean isNumber() {
    return options.isEmpty();
  }
}
