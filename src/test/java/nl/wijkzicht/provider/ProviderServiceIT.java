package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.provider.boundary.ProviderImportReport;
import nl.wijkzicht.provider.boundary.ProviderImportService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Provider registration by CSV on MariaDB: all or nothing, per-line report, who may. */
@ExtendWith(ArquillianExtension.class)
class ProviderServiceIT {

  private static final String HEADER =
      "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ProviderService providers;
  @Inject private ProviderImportService imports;
  @Inject private UserService users;

  @Test
  void importsOrganisationsWithTheirLocationsAndServedAreas() {
    String name = "IT Praktijk " + UUID.randomUUID();
    String agb = randomCode();
    ProviderImportReport report =
        imports.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + name
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Hoofdlocatie;Dorpsstraat 1;3991 AA;Houten;GM0321\n"
                    + name
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Dependance Tiel;;;Tiel;GM0281\n"));
    assertThat(report.isImported()).isTrue();
    assertThat(report.providersCreated()).isEqualTo(1);
    assertThat(report.locationsCreated()).isEqualTo(2);

    CareProvider stored = providers.findByName(name).orElseThrow();
    CareProvider read = providers.get(actor("demo-inspecteur"), stored.getId());
    assertThat(read.getLocations())
        .extracting(l -> l.getName())
        .containsExactly("Dependance Tiel", "Hoofdlocatie");
    assertThat(read.getAreas())
        .extracting(m -> m.getName())
        .containsExactlyInAnyOrder("Houten", "Tiel");

    ProviderImportReport again =
        imports.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER + name + ";huisartsenpraktijk;" + agb + ";;Hoofdlocatie;;;;GM0321\n"));
    assertThat(again.providersCreated()).isZero();
    assertThat(again.locationsSkipped()).isEqualTo(1);
  }

  @Test
  void importsNothingWhenOneLineIsWrongAndNamesEveryLine() {
    String good = "IT Goed " + UUID.randomUUID();
    String kvk = randomCode();
    ProviderImportReport report =
        imports.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + good
                    + ";thuiszorg;;"
                    + kvk
                    + ";Team Noord;;;;GM0321\n"
                    + "IT Fout;thuiszorg;;1234;Team Zuid;;;;GM9999\n"
                    + good
                    + ";huisartsenpraktijk;;"
                    + kvk
                    + ";Team Oost;;;;GM0321\n"));
    assertThat(report.isImported()).isFalse();
    assertThat(report.problems())
        .extracting(ProviderImportReport.Line::line, ProviderImportReport.Line::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "provider_import.kvk"),
            org.assertj.core.groups.Tuple.tuple(4L, "provider_import.inconsistent"));
    assertThat(providers.findByName(good)).isEmpty();
  }

  @Test
  void onlyCoordinatorsImportAndProvidersSeeOnlyTheirOwnOrganisation() {
    assertThatThrownBy(() -> imports.importCsv(actor("demo-inspecteur"), new StringReader(HEADER)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(providers.list(actor("demo-zorgaanbieder")))
        .extracting(CareProvider::getName)
        .containsExactly("Huisartsenpraktijk De Linde (fictief)");
    assertThat(providers.list(actor("demo-inspecteur"))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void refusesCodesOfOtherProvidersInTheDatabaseAndInTheFileNamingLineAndColumn() {
    String holder = "IT Houder " + UUID.randomUUID();
    String agb = randomCode();
    String kvk = randomCode();
    assertThat(
            imports
                .importCsv(
                    actor("demo-coordinator"),
                    new StringReader(
                        HEADER + holder + ";thuiszorg;" + agb + ";" + kvk + ";Team;;;;GM0321\n"))
                .isImported())
        .isTrue();
    String other = "IT Ander " + UUID.randomUUID();
    String twice = randomCode();

    ProviderImportReport report =
        imports.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + other
                    + ";thuiszorg;"
                    + agb
                    + ";;Team A;;;;GM0321\n"
                    + other
                    + " 2;thuiszorg;;"
                    + kvk
                    + ";Team B;;;;GM0321\n"
                    + other
                    + " 3;thuiszorg;"
                    + twice
                    + ";;Team C;;;;GM0321\n"
                    + other
                    + " 4;thuiszorg;"
                    + twice
                    + ";;Team D;;;;GM0321\n"));

    assertThat(report.isImported()).isFalse();
    assertThat(report.problems())
        .extracting(
            ProviderImportReport.Line::line,
            ProviderImportReport.Line::column,
            ProviderImportReport.Line::key,
            ProviderImportReport.Line::arguments)
        .containsExactly(
            tuple(2L, "agb", "provider_import.agb_taken", List.of(agb, holder)),
            tuple(3L, "kvk", "provider_import.kvk_taken", List.of(kvk, holder)),
            tuple(5L, "agb", "provider_import.agb_twice", List.of(twice, other + " 3", 4L)));
    assertThat(providers.findByName(other)).isEmpty();
  }

  @Test
  void namesDifferingOnlyInCaseOrAccentsAreOneProviderAsInTheDatabase() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agb = randomCode();

    ProviderImportReport report =
        imports.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + "IT Praktijk Café "
                    + suffix
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Hoofdlocatie;;;;GM0321\n"
                    + "it praktijk cafe "
                    + suffix
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;hoofdlocatie;;;;GM0321\n"
                    + "IT PRAKTIJK CAFÉ "
                    + suffix
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Dependance;;;;GM0281\n"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.providersCreated()).isEqualTo(1);
    assertThat(report.locationsCreated()).isEqualTo(2);
    assertThat(report.locationsSkipped()).isEqualTo(1);
    assertThat(providers.findByName("it praktijk café " + suffix).orElseThrow().getName())
        .isEqualTo("IT Praktijk Café " + suffix);
  }

  private static String randomCode() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
