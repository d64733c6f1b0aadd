package nl.wijkzicht.study.boundary;

import java.io.Serial;
import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.WijkzichtException;

/** A study draft that breaks rules; names every problem with the field it belongs to. */
public class InvalidStudyException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidStudyException(List<FieldProblem> problems) {
    super("study.invalid", "Invalid study: " + problems.stream().map(FieldProblem::key).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
