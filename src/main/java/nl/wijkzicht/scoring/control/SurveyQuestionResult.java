package nl.wijkzicht.scoring.control;

import java.util.List;

/**
 * A question's result: overall and per group of the grouping question (in the grouping question's
 * option order, every option shown even when nobody is in it, then the responses that did not
 * answer the grouping question if there are any), and what the percentages are of.
 */
public record SurveyQuestionResult(
    SurveyQuestion question,
    SurveyDenominator denominator,
    SurveyGroupResult overall,
    List<SurveyGroupResult> groups)
    implements java.io.Serializable {

  public SurveyQuestionResult {
    groups = List.copyOf(groups);
  }

  public SurveyGroupResult group(String key) {
    return groups.stream()
        .filter(g -> g.group().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no group " + key));
  }
}
