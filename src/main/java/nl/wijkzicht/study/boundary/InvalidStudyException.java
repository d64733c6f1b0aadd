package nl.wijkzicht.study.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.WijkzichtException;

/** A study draft that breaks rules; names every problem with the field it belongs to. */
public class InvalidStudyException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  /** One broken rule: the form field, the i18n key and its arguments. */
  public record Problem(String field, String key, List<Object> arguments) implements java.io.Serializable {}

  private final List<Problem> problems;

  public InvalidStudyException(List<Problem> problems) {
    super("study.invalid", "Invalid study: " + problems.stream().map(Problem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
