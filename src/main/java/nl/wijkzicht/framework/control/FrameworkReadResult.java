package nl.wijkzicht.framework.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.framework.entity.FrameworkDefinition;

/** What reading one framework file gave: the framework, or every problem found (never both). */
public record FrameworkReadResult(
    String file, FrameworkDefinition definition, List<FrameworkProblem> problems)
    implements Serializable {

  public FrameworkReadResult {
    problems = List.copyOf(problems);
    if (!problems.isEmpty()) {
      definition = null; // A broken file never half-loads.
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public Optional<FrameworkDefinition> framework() {
    return Optional.ofNullable(definition);
  }
}
