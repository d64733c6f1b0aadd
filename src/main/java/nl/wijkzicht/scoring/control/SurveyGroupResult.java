package nl.wijkzicht.scoring.control;

import java.util.List;

/**
 * A question's counts in one group (or overall): the group's key (an option code of the grouping
 * question, {@link SurveyTally#NO_GROUP} for responses that did not answer the grouping question,
 * {@link SurveyTally#OVERALL} for all responses), the number of responses in the group, how many of
 * them answered this question, the denominator of the percentages, and per option the count and
 * percentage (or, for a number question, {@link #numbers()}).
 */
public record SurveyGroupResult(
    String group,
    long responses,
    long answered,
    long denominator,
    List<SurveyOptionCount> options,
    SurveyNumbers numbers)
    implements java.io.Serializable {

  public SurveyGroupResult {
    options = List.copyOf(options);
  }

  /** The count for an option code (0 if the option is unknown). */
  public SurveyOptionCount option(String code) {
    return options.stream()
        .filter(o -> o.option().equals(code))
        .findFirst()
        .orElse(new SurveyOptionCount(code, 0, null, false));
  }

  /** The percentages add up to more than 100: a multiple-choice question where some chose more. */
  public boolean isOver100() {
    return options.stream().mapToLong(SurveyOptionCount::count).sum() > denominator;
  }
}
