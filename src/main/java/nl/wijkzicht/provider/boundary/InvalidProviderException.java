package nl.wijkzicht.provider.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.WijkzichtException;

/** A care provider that breaks rules; names every problem with the form field it belongs to. */
public class InvalidProviderException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidProviderException(List<FieldProblem> problems) {
    super(
        "provider.invalid",
        "Invalid provider: " + problems.stream().map(FieldProblem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
