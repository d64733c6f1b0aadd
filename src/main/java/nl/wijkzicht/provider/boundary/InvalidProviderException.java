package nl.wijkzicht.provider.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.provider.control.ProviderRules.Problem;

/** A care provider that breaks rules; names every problem with the form field it belongs to. */
public class InvalidProviderException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public InvalidProviderException(List<Problem> problems) {
    super("provider.invalid", "Invalid provider: " + problems.stream().map(Problem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
