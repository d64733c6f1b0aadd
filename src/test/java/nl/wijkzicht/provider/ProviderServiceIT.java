package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.UUID;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.provider.boundary.ProviderImportReport;
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
  @Inject private UserService users;

  @Test
  void importsOrganisationsWithTheirLocationsAndServedAreas() {
    String name = "IT Praktijk " + UUID.randomUUID();
    ProviderImportReport report =
        providers.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + name
                    + ";huisartsenpraktijk;01019999;;Hoofdlocatie;Dorpsstraat 1;3991 AA;Houten;GM0321\n"
                    + name
                    + ";huisartsenpraktijk;01019999;;Dependance Tiel;;;Tiel;GM0281\n"));
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
        providers.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER + name + ";huisartsenpraktijk;01019999;;Hoofdlocatie;;;;GM0321\n"));
    assertThat(again.providersCreated()).isZero();
    assertThat(again.locationsSkipped()).isEqualTo(1);
  }

  @Test
  void importsNothingWhenOneLineIsWrongAndNamesEveryLine() {
    String good = "IT Goed " + UUID.randomUUID();
    ProviderImportReport report =
        providers.importCsv(
            actor("demo-coordinator"),
            new StringReader(
                HEADER
                    + good
                    + ";thuiszorg;;12345678;Team Noord;;;;GM0321\n"
                    + "IT Fout;thuiszorg;;1234;Team Zuid;;;;GM9999\n"
                    + good
                    + ";huisartsenpraktijk;;12345678;Team Oost;;;;GM0321\n"));
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
    assertThatThrownBy(
            () -> providers.importCsv(actor("demo-inspecteur"), new StringReader(HEADER)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(providers.list(actor("demo-zorgaanbieder")))
        .extracting(CareProvider::getName)
        .containsExactly("Huisartsenpraktijk De Linde (fictief)");
    assertThat(providers.list(actor("demo-inspecteur"))).hasSizeGreaterThanOrEqualTo(2);
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
