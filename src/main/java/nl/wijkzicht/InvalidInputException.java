package nl.wijkzicht;

import java.io.Serial;
import java.util.List;

/**
 * Input a service refuses: every broken rule with the field it belongs to, so a page shows each
 * problem at its field ({@code web.Messages.errorsAt}). The one exception for refused input in
 * every feature.
 */
public class InvalidInputException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  /**
   * @param messageKey the summary of the refusal (e.g. {@code study.invalid})
   * @param problems at least one problem
   */
  public InvalidInputException(String messageKey, List<FieldProblem> problems) {
    super(
        messageKey,
        "Invalid input (" + messageKey + "): " + problems.stream().map(FieldProblem::key).toList());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid input names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** One problem at one field ({@code field} null: about the whole form). */
  public static InvalidInputException of(String field, String key, Object... arguments) {
    return new InvalidInputException(
        key, List.of(new FieldProblem(field, key, List.of(arguments))));
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
