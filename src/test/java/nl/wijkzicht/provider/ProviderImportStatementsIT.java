package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.provider.boundary.ProviderImportReport;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.StatementCounter;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider CSV import reads the same number of statements for 8 rows as for 80: the file's
 * municipalities and known organisations are read once, not per row. Only the inserts grow with the
 * file.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderImportStatementsIT {

  private static final String HEADER =
      "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n";
  private static final List<String> CODES = List.of("GM0321", "GM0281", "GM0753", "GM0518");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ProviderService providers;
  @Inject private nl.wijkzicht.provider.boundary.ProviderImportService providerImport;
  @Inject private TestData testData;
  @Inject private StatementCounter.Installer counter;

  @Test
  void readsTheSameNumberOfStatementsForAnyNumberOfRows() {
    String prefix = "IT Import " + UUID.randomUUID().toString().substring(0, 8);
    List<String> small = reads(csv(prefix + " a", 2));
    List<String> large = reads(csv(prefix + " b", 20));
    assertThat(large).as("reads for 80 rows, against 8: " + small).hasSameSizeAs(small);
    // Again, now that the organisations exist: their locations are read in one go too.
    List<String> again = reads(csv(prefix + " b", 20) + row(prefix + " b0", "GM0344"));
    assertThat(again.size())
        .as("reads for 81 rows of known organisations: " + again)
        .isLessThanOrEqualTo(small.size() + 1);
  }

  /** The statements that read (not the inserts and the ids they generate). */
  private List<String> reads(String csv) {
    List<String> statements =
        StatementCounter.during(
            counter,
            () -> {
              ProviderImportReport report =
                  providerImport.importCsv(testData.lead(), new StringReader(csv));
              assertThat(report.problems()).isEmpty();
            });
    return statements.stream()
        .filter(s -> s.startsWith("SELECT") && !s.contains("LAST_INSERT_ID"))
        .toList();
  }

  private static String csv(String prefix, int providers) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int p = 0; p < providers; p++) {
      for (String code : CODES) {
        csv.append(row(prefix + p, code));
      }
    }
    return csv.toString();
  }

  private static String row(String name, String code) {
    String agb = String.format("03%06d", Math.abs(name.hashCode()) % 1_000_000);
    return name + ";huisartsenpraktijk;" + agb + ";;Locatie " + code + ";;;;" + code + "\n";
  }
}
