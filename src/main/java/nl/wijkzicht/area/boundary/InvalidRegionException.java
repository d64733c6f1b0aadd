package nl.wijkzicht.area.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.area.control.RegionRules.Problem;

/** A region that breaks rules; names every problem with the form field it belongs to. */
public class InvalidRegionException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public InvalidRegionException(List<Problem> problems) {
    super("region.invalid", "Invalid region: " + problems.stream().map(Problem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
