package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.framework.FrameworkMutator.Mutant;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkProblem;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import org.junit.jupiter.api.Test;

/**
 * Six hundred seeded mutants of the shipped frameworks through the check alone (no database; the
 * database judges the accepted ones in FrameworkMutationIT): none crashes it, and every problem of
 * a refused one names its file and line and has a message. {@code -Dframework.mutation.seed=N}
 * repeats a run.
 */
class FrameworkMutationTest {

  private static final int MUTANTS = 600;
  static final long SEED = Long.getLong("framework.mutation.seed", 20261202L);

  @Test
  void everyRefusalNamesFileLineAndMessage() throws IOException {
    List<FrameworkFile> shipped = FrameworkFile.readDirectory(Path.of("audit-frameworks"));
    List<String> failures = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      FrameworkFile base = shipped.get(i % shipped.size());
      Mutant mutant = FrameworkMutator.mutate(base.text(), "mutant-" + i, SEED + i);
      FrameworkReadResult result = FrameworkYamlReader.read(mutant.name(), mutant.text());
      if (result.isValid()) {
        accepted++;
        continue;
      }
      for (FrameworkProblem problem : result.problems()) {
        if (!problem.file().equals(mutant.name())
            || problem.line() <= 0
            || problem.message().isBlank()
            || problem.message().startsWith("framework.problem")
            || problem.message(Locale.ENGLISH).startsWith("framework.problem")) {
          failures.add(
              "seed " + (SEED + i) + " (" + mutant.description() + "): " + problem.toString());
        }
      }
    }
    System.out.printf(
        "Framework mutants from seed %d: %d of %d accepted.%n", SEED, accepted, MUTANTS);
    assertThat(failures).as("base seed %d", SEED).isEmpty();
    assertThat(accepted)
        .as("mutants the check accepts")
        .isBetween(MUTANTS / 20, MUTANTS - MUTANTS / 20);
  }
}
