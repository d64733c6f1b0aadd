package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.wijkzicht.framework.FrameworkMutator.Mutant;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkImportResult;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;
import nl.wijkzicht.framework.control.FrameworkProblem;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database judges the check: seeded mutants of the shipped frameworks (case-only duplicate
 * codes, blank and invisible values, texts too long in UTF-8, huge version parts, confusable
 * characters, tags, unquoted versions, deleted keys, wrong types, duplicated lines, ...). A mutant
 * the check accepts must import into MariaDB and read back the same; a mutant it refuses must name
 * file, line and a message for every problem. Each import runs in a transaction that is rolled
 * back, so the database stays as it was and the test runs any number of times on one database. The
 * seed is in every failure; to repeat a run, set {@link #SEED} to it.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkMutationIT {

  private static final int MUTANTS = 600;
  private static final long SEED = 1_202_2026L;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private FrameworkService service;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void whatTheCheckAcceptsImportsAndWhatItRefusesIsReportedAtItsLine() throws Exception {
    List<FrameworkFile> shipped = shipped();
    assertThat(shipped).hasSizeGreaterThanOrEqualTo(3);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> failures = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      FrameworkFile base = shipped.get(i % shipped.size());
      Mutant mutant = FrameworkMutator.mutate(base.text(), "mut-" + run + "-" + i, seed);
      String where = "seed " + seed + " " + mutant.name() + " (" + mutant.description() + ")";
      FrameworkReadResult read = FrameworkYamlReader.read(mutant.name(), mutant.text());
      if (read.isValid()) {
        accepted++;
        importAndRollBack(mutant, read.definition(), where, failures);
      } else {
        for (FrameworkProblem problem : read.problems()) {
          if (!problem.file().equals(mutant.name())
              || problem.line() <= 0
              || problem.message().isBlank()
              || problem.message().startsWith("framework.problem")
              || problem.message(Locale.ENGLISH).startsWith("framework.problem")) {
            failures.add(where + ": refused without file, line or message: " + problem);
          }
        }
      }
    }
    System.out.printf(
        "FrameworkMutationIT: %d mutants from seed %d, %d accepted and imported, %d refused.%n",
        MUTANTS, SEED, accepted, MUTANTS - accepted);
    assertThat(failures).as("mutants from seed %d", SEED).isEmpty();
    assertThat(accepted).as("accepted mutants").isGreaterThan(MUTANTS / 20);
  }

  private void importAndRollBack(
      Mutant mutant, FrameworkDefinition expected, String where, List<String> failures)
      throws Exception {
    transaction.begin();
    try {
      FrameworkImportResult result = service.importFile(mutant.name(), mutant.text());
      if (result.status() != Status.IMPORTED) {
        failures.add(where + ": accepted but " + result.status() + " " + result.problems());
        return;
      }
      em.flush();
      em.clear();
      // Read back from the database: what was stored is what the file said.
      FrameworkVersion stored =
          service.findVersion(expected.code(), expected.version()).orElseThrow();
      if (!service.definition(stored.getId()).equals(expected)
          || !stored.getTitle().equals(expected.title())
          || !stored.getThemes().stream()
              .map(t -> t.getCode())
              .toList()
              .equals(expected.themes().stream().map(t -> t.code()).toList())) {
        failures.add(where + ": imported, but reads back differently");
      }
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      failures.add(where + ": accepted by the check, refused by the database: " + cause);
    } finally {
      transaction.rollback();
    }
  }

  private List<FrameworkFile> shipped() throws IOException {
    Path directory = Path.of("audit-frameworks");
    return Files.isDirectory(directory)
        ? FrameworkFile.readDirectory(directory)
        : FrameworkFile.readBundled(getClass().getClassLoader());
  }
}
