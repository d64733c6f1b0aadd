package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.control.MunicipalityRecord;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The municipality reference data in a real Payara Micro on a real MariaDB, migrated by Flyway. */
@ExtendWith(ArquillianExtension.class)
class MunicipalityServiceIT {

  private static final int YEAR = 2025;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private MunicipalityService service;
  @Inject private nl.wijkzicht.area.boundary.RegionService regions;
  @Inject private DatabaseStatus databaseStatus;

  @Test
  void migratesTheSchemaAtStartUp() {
    assertThat(databaseStatus.isReady()).isTrue();
    assertThat(databaseStatus.getSchemaVersion()).isPresent();
  }

  @Test
  void loadsAllMunicipalitiesOfTheBundledDivision() {
    assertThat(service.currentYear()).contains(YEAR);
    assertThat(service.count(MunicipalityQuery.all(YEAR))).isEqualTo(342);
    assertThat(service.divisions())
        .filteredOn(d -> d.getYear() == YEAR)
        .singleElement()
        .satisfies(d -> assertThat(d.getMunicipalityCount()).isEqualTo(342));
    assertThat(service.provinces(YEAR))
        .hasSize(12)
        .contains("Fryslân", "Noord-Holland", "Noord-Brabant");
  }

  @Test
  void findsDenHaagByCommonAndOfficialName() {
    assertThat(search("den haag", Optional.empty()))
        .extracting(Municipality::getCbsCode)
        .containsExactly("GM0518");
    assertThat(search("gravenhage", Optional.empty()))
        .extracting(Municipality::getName)
        .containsExactly("Den Haag");
    assertThat(search("GM0321", Optional.empty()))
        .extracting(Municipality::getName)
        .containsExactly("Houten");
  }

  @Test
  void filtersByProvinceAndTreatsLikeWildcardsAsText() {
    assertThat(search("", Optional.of("Flevoland")))
        .hasSize(6)
        .allSatisfy(m -> assertThat(m.getProvince()).isEqualTo("Flevoland"));
    assertThat(search("%", Optional.empty())).isEmpty();
    assertThat(search("_", Optional.empty())).isEmpty();
  }

  @Test
  void pagesAndSortsDescending() {
    MunicipalityQuery byCodeDesc =
        new MunicipalityQuery(
            YEAR,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MunicipalityQuery.Sort.CODE,
            true);
    List<Municipality> first = service.search(byCodeDesc, 0, 10);
    List<Municipality> second = service.search(byCodeDesc, 10, 10);
    assertThat(first).hasSize(10);
    assertThat(first.get(0).getCbsCode()).isGreaterThan(first.get(9).getCbsCode());
    assertThat(first.get(9).getCbsCode()).isGreaterThan(second.get(0).getCbsCode());
  }

  @Test
  void writesAndReadsARegionThroughJpa() {
    String name = "IT region " + UUID.randomUUID();
    Region created =
        regions.createInitial(
            name, RegionKind.GGD, "test", false, YEAR, List.of("GM0321", "GM0344"));

    Region read = regions.findByName(name).orElseThrow();
    assertThat(read.getId()).isEqualTo(created.getId());
    assertThat(read.getKind()).isEqualTo(RegionKind.GGD);
    assertThat(read.getMunicipalities())
        .extracting(Municipality::getName)
        .containsExactly("Houten", "Utrecht");

    MunicipalityQuery inRegion =
        new MunicipalityQuery(
            YEAR,
            Optional.empty(),
            Optional.empty(),
            Optional.of(read.getId()),
            MunicipalityQuery.Sort.NAME,
            false);
    assertThat(service.count(inRegion)).isEqualTo(2);
  }

  @Test
  void writesNothingWhenARegionNamesAnUnknownMunicipality() {
    String name = "IT broken region " + UUID.randomUUID();
    assertThatThrownBy(
            () ->
                regions.createInitial(
                    name, RegionKind.OTHER, null, false, YEAR, List.of("GM0321", "GM9999")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GM9999");
    assertThat(regions.findByName(name)).isEmpty();
  }

  @Test
  void keepsALoadedYearWhenItIsLoadedAgain() {
    boolean loaded =
        service.loadDivision(
            YEAR,
            "again",
            List.of(new MunicipalityRecord("GM0001", "Nieuw", "Nieuw", "Utrecht", null, null)));
    assertThat(loaded).isFalse();
    assertThat(service.count(MunicipalityQuery.all(YEAR))).isEqualTo(342);
  }

  @Test
  void loadsANewYearBesideTheOldOne() {
    // Older than the bundled year, so the current year stays 2025; a year no earlier run loaded (a
    // division year is loaded once and never changed, so a second run on this database takes the
    // next).
    int year = 1999;
    while (service.count(MunicipalityQuery.all(year)) > 0) {
      year--;
    }
    List<MunicipalityRecord> records =
        List.of(
            new MunicipalityRecord("GM0321", "Houten", "Houten", "Utrecht", "VR09", "Utrecht"),
            new MunicipalityRecord(
                "GM9001", "Nieuwgemeente", "Nieuwgemeente", "Utrecht", null, null));
    assertThat(service.loadDivision(year, "test", records)).isTrue();
    assertThat(service.loadDivision(year, "test", records))
        .as("loaded once, never twice")
        .isFalse();
    assertThat(service.count(MunicipalityQuery.all(year))).isEqualTo(2);
    assertThat(service.count(MunicipalityQuery.all(YEAR))).isEqualTo(342);
    assertThat(service.find("GM0321", YEAR)).isPresent();
  }

  private List<Municipality> search(String text, Optional<String> province) {
    MunicipalityQuery query =
        new MunicipalityQuery(
            YEAR,
            Optional.of(text),
            province,
            Optional.empty(),
            MunicipalityQuery.Sort.NAME,
            false);
    return service.search(query, 0, 50);
  }
}
