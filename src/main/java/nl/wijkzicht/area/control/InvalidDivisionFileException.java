package nl.wijkzicht.area.control;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.WijkzichtException;

/**
 * A municipal division file that cannot be loaded; lists every problem found, with line numbers.
 */
public class InvalidDivisionFileException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidDivisionFileException(String source, List<String> problems) {
    super(
        "area.division.invalid",
        source + ": " + problems.size() + " problem(s): " + String.join("; ", problems),
        source,
        String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
