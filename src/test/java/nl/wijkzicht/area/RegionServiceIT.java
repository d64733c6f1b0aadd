package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.boundary.RegionDraft;
import nl.wijkzicht.area.boundary.RegionService;
import nl.wijkzicht.area.boundary.RegionSummary;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Regions on MariaDB: create, edit, delete, validation, stale versions and who may change them. */
@ExtendWith(ArquillianExtension.class)
class RegionServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private RegionService regions;
  @Inject private MunicipalityService municipalities;
  @Inject private UserService users;

  @Test
  void aCoordinatorCreatesAndEditsARegionAndStaffSeeIt() {
    String name = unique("IT GGD");
    Region created =
        regions.create(
            coordinator(),
            new RegionDraft("  " + name + " ", RegionKind.GGD, "  ", ids("GM0344", "GM0321")));
    assertThat(created.getName()).isEqualTo(name);
    assertThat(created.getDescription()).isNull();
    assertThat(regions.get(actor("demo-inspecteur"), created.getId()).getMunicipalities())
        .extracting(Municipality::getName)
        .containsExactly("Houten", "Utrecht");

    String renamed = unique("IT zorgkantoor");
    Region edited =
        regions.update(
            actor("demo-beheerder"),
            created.getId(),
            created.getVersion(),
            new RegionDraft(
                renamed,
                RegionKind.CARE_OFFICE,
                "Drie gemeenten",
                ids("GM0344", "GM0321", "GM0356")));

    assertThat(edited.getVersion()).isGreaterThan(created.getVersion());
    Region reread = regions.get(coordinator(), created.getId());
    assertThat(reread.getName()).isEqualTo(renamed);
    assertThat(reread.getKind()).isEqualTo(RegionKind.CARE_OFFICE);
    assertThat(reread.getDescription()).isEqualTo("Drie gemeenten");
    assertThat(reread.getMunicipalities())
        .extracting(Municipality::getName)
        .containsExactly("Houten", "Nieuwegein", "Utrecht");
    assertThat(regions.list(actor("demo-inspecteur"), "nieuwegein"))
        .extracting(RegionSummary::name)
        .contains(renamed);
    assertThat(regions.list(actor("demo-inspecteur"), renamed.toUpperCase()))
        .singleElement()
        .satisfies(r -> assertThat(r.getMunicipalityCount()).isEqualTo(3));
  }

  @Test
  void refusesADuplicateNameNamingItAndWritesNothing() {
    String name = unique("IT dubbel");
    Region first =
        regions.create(
            coordinator(), new RegionDraft(name, RegionKind.NETWORK, null, ids("GM0321")));
    assertThatThrownBy(
            () ->
                regions.create(
                    coordinator(),
                    new RegionDraft(name.toLowerCase(), RegionKind.OTHER, null, ids("GM0344"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .containsExactly(
                        new FieldProblem(
                            "name", "region.name.taken", List.of(name.toLowerCase()))));

    Region other =
        regions.create(
            coordinator(),
            new RegionDraft(unique("IT ander"), RegionKind.OTHER, null, ids("GM0344")));
    assertThatThrownBy(
            () ->
                regions.update(
                    coordinator(),
                    other.getId(),
                    other.getVersion(),
                    new RegionDraft(name, RegionKind.OTHER, null, ids("GM0344"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(regions.get(coordinator(), other.getId()).getName()).isEqualTo(other.getName());
    // Keeping its own name is no duplicate.
    regions.update(
        coordinator(),
        first.getId(),
        first.getVersion(),
        new RegionDraft(name, RegionKind.GGD, "x", ids("GM0321")));
  }

  @Test
  void refusesAnUnknownMunicipalityNamingTheIdAndReportsAllProblemsAtOnce() {
    String name = unique("IT onbekend");
    assertThatThrownBy(
            () ->
                regions.create(
                    coordinator(),
                    new RegionDraft(
                        name, RegionKind.GGD, null, List.of(ids("GM0321").get(0), 999_999_999L))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key, p -> p.arguments().get(0))
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "region.municipality.unknown", "999999999")));
    assertThat(regions.list(coordinator(), name)).isEmpty();

    assertThatThrownBy(
            () ->
                regions.create(
                    coordinator(), new RegionDraft(" ", null, "d".repeat(501), List.of())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .containsExactly(
                        "region.name.required",
                        "region.kind.required",
                        "region.description.too_long",
                        "region.municipalities.none"));
  }

  @Test
  void refusesAChangeBasedOnAStaleVersionAndKeepsTheNewerOne() {
    Region region =
        regions.create(
            coordinator(),
            new RegionDraft(unique("IT versie"), RegionKind.NETWORK, null, ids("GM0321")));
    long seen = region.getVersion();
    Region changed =
        regions.setMunicipalities(
            actor("demo-beheerder"), region.getId(), seen, ids("GM0321", "GM0344"));
    assertThat(changed.getVersion())
        .as("a change of members alone raises the version")
        .isGreaterThan(seen);

    assertThatThrownBy(
            () ->
                regions.update(
                    coordinator(),
                    region.getId(),
                    seen,
                    new RegionDraft(unique("IT oud"), RegionKind.GGD, null, ids("GM0356"))))
        .isInstanceOfSatisfying(
            ConcurrentChangeException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("region.changed");
              assertThat(e.getArguments()).containsExactly(region.getName());
            });
    assertThatThrownBy(() -> regions.delete(coordinator(), region.getId(), seen))
        .isInstanceOf(ConcurrentChangeException.class);
    Region reread = regions.get(coordinator(), region.getId());
    assertThat(reread.getName()).isEqualTo(region.getName());
    assertThat(reread.getMunicipalities()).hasSize(2);
  }

  @Test
  void aCoordinatorDeletesARegion() {
    Region region =
        regions.create(
            coordinator(),
            new RegionDraft(unique("IT weg"), RegionKind.OTHER, null, ids("GM0321")));
    regions.delete(coordinator(), region.getId(), region.getVersion());
    assertThatThrownBy(() -> regions.get(coordinator(), region.getId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(municipalities.find("GM0321", year())).isPresent();
  }

  @Test
  void inspectorsReadButMayNotChangeAndProvidersMayNotEvenRead() {
    Region region =
        regions.create(
            coordinator(),
            new RegionDraft(unique("IT rechten"), RegionKind.GGD, null, ids("GM0321")));
    Actor inspector = actor("demo-inspecteur");
    Actor provider = actor("demo-zorgaanbieder");
    RegionDraft draft = new RegionDraft(unique("IT niet"), RegionKind.GGD, null, ids("GM0344"));

    assertThat(regions.get(inspector, region.getId()).getName()).isEqualTo(region.getName());
    for (Actor refused : List.of(inspector, provider)) {
      assertThatThrownBy(() -> regions.create(refused, draft))
          .isInstanceOf(NotAllowedException.class);
      assertThatThrownBy(() -> regions.update(refused, region.getId(), region.getVersion(), draft))
          .isInstanceOf(NotAllowedException.class);
      assertThatThrownBy(() -> regions.delete(refused, region.getId(), region.getVersion()))
          .isInstanceOf(NotAllowedException.class);
    }
    assertThatThrownBy(() -> regions.list(provider, null)).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> regions.get(provider, region.getId()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> regions.list(Actor.ANONYMOUS, null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(regions.list(coordinator(), draft.name())).isEmpty();
    assertThat(regions.get(coordinator(), region.getId()).getVersion())
        .isEqualTo(region.getVersion());
  }

  private List<Long> ids(String... cbsCodes) {
    return java.util.Arrays.stream(cbsCodes)
        .map(c -> municipalities.find(c, year()).orElseThrow().getId())
        .toList();
  }

  private int year() {
    return municipalities.currentYear().orElseThrow();
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private Actor coordinator() {
    return actor("demo-coordinator");
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
