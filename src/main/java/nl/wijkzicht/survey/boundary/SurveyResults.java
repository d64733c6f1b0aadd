package nl.wijkzicht.survey.boundary;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;

/**
 * A survey study's results: the number of responses counted, the grouping question (null: no split)
 * and each counted question's result, in framework order.
 */
public record SurveyResults(
    long responses, String groupingQuestion, List<SurveyQuestionResult> questions)
    implements Serializable {

  public SurveyQuestionResult question(String code) {
    return questions.stream()
        .filter(q -> q.question().code().equalsIgnoreCase(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question " + code));
  }
}
