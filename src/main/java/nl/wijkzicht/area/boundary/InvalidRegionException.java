package nl.wijkzicht.area.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.WijkzichtException;

/** A region that breaks rules; names every problem with the form field it belongs to. */
public class InvalidRegionException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidRegionException(List<FieldProblem> problems) {
    super("region.invalid", "Invalid region: " + problems.stream().map(FieldProblem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
