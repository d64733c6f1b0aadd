package nl.wijkzicht.area.control;

import java.io.Serial;
import java.util.List;

/**
 * A municipal division file that cannot be loaded; lists every problem found, with line numbers.
 * Meant for the operator's log at start-up (the files ship with the application), not for a page.
 */
public class InvalidDivisionFileException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidDivisionFileException(String source, List<String> problems) {
    super(source + ": " + problems.size() + " problem(s): " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
