package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.provider.boundary.ProviderDraft;
import nl.wijkzicht.provider.boundary.ProviderDraft.LocationDraft;
import nl.wijkzicht.provider.boundary.ProviderRegistrationService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering and changing one care provider by hand, on MariaDB: rules, uniqueness, stale
 * versions, who may.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderEditIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ProviderService providers;
  @Inject private ProviderRegistrationService registrations;
  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private FrameworkService frameworks;
  @Inject private UserService users;

  @Test
  void registersAProviderWithItsLocationsAndTheMunicipalitiesItServes() {
    String name = unique("IT Praktijk");
    String agb = randomCode();
    CareProvider created =
        registrations.create(
            actor("demo-coordinator"),
            new ProviderDraft(
                " " + name + " ",
                ProviderKind.GP_PRACTICE,
                agb,
                "",
                List.of("GM0344"),
                List.of(
                    new LocationDraft(
                        null, "Hoofdlocatie", "Dorpsstraat 1", "3991 aa", "Houten", "GM0321"),
                    new LocationDraft(null, "Dependance", null, null, "Tiel", "gm0281"))));

    CareProvider read = providers.get(actor("demo-inspecteur"), created.getId());
    assertThat(read.getName()).isEqualTo(name);
    assertThat(read.getAgbCode()).isEqualTo(agb);
    assertThat(read.getKvkNumber()).isNull();
    assertThat(read.getLocations())
        .extracting(
            ProviderLocation::getName,
            ProviderLocation::getPostcode,
            l -> l.getMunicipality().getName())
        .containsExactly(
            tuple("Dependance", null, "Tiel"), tuple("Hoofdlocatie", "3991AA", "Houten"));
    assertThat(read.getAreas())
        .extracting(m -> m.getName())
        .containsExactlyInAnyOrder("Houten", "Tiel", "Utrecht");
  }

  @Test
  void changesTheOrganisationItsLocationsAndAreasAndRaisesTheVersion() {
    CareProvider created = create(unique("IT Wijzig"), randomCode());
    long houten = location(created, "Houten");
    long tiel = location(created, "Tiel");
    String renamed = unique("IT Gewijzigd");
    String kvk = randomCode();

    // Houten and Tiel swap names, a new location takes Utrecht, and Culemborg is served without a
    // location.
    registrations.update(
        actor("demo-coordinator"),
        created.getId(),
        created.getVersion(),
        new ProviderDraft(
            renamed,
            ProviderKind.HOME_CARE,
            created.getAgbCode(),
            kvk,
            List.of("GM0216"),
            List.of(
                new LocationDraft(houten, "Tiel", "Markt 2", "3991 AB", "Houten", "GM0321"),
                new LocationDraft(tiel, "Houten", null, null, "Tiel", "GM0281"),
                new LocationDraft(null, "Utrecht", null, "3511 AA", "Utrecht", "GM0344"))));
    CareProvider read = registrations.getForChange(actor("demo-coordinator"), created.getId());
    assertThat(read.getName()).isEqualTo(renamed);
    assertThat(read.getVersion()).isGreaterThan(created.getVersion());
    assertThat(read.getKind()).isEqualTo(ProviderKind.HOME_CARE);
    assertThat(read.getKvkNumber()).isEqualTo(kvk);
    assertThat(read.getLocations())
        .extracting(
            ProviderLocation::getId, ProviderLocation::getName, ProviderLocation::getPostcode)
        .containsExactly(
            tuple(tiel, "Houten", null),
            tuple(houten, "Tiel", "3991AB"),
            tuple(read.getLocations().get(2).getId(), "Utrecht", "3511AA"));
    assertThat(read.getAreas())
        .extracting(m -> m.getName())
        .containsExactlyInAnyOrder("Houten", "Tiel", "Utrecht", "Culemborg");

    // Removing a location (and a served municipality) without visits; its name may be taken by a
    // new one.
    registrations.update(
        actor("demo-coordinator"),
        read.getId(),
        read.getVersion(),
        new ProviderDraft(
            renamed,
            ProviderKind.HOME_CARE,
            null,
            kvk,
            List.of(),
            List.of(
                new LocationDraft(houten, "Tiel", "Markt 2", "3991 AB", "Houten", "GM0321"),
                new LocationDraft(null, "Houten", null, null, null, "GM0321"))));
    CareProvider after = registrations.getForChange(actor("demo-coordinator"), created.getId());
    assertThat(after.getAgbCode()).isNull();
    assertThat(after.getLocations())
        .extracting(ProviderLocation::getName)
        .containsExactly("Houten", "Tiel");
    assertThat(after.getLocations()).extracting(ProviderLocation::getId).doesNotContain(tiel);
    assertThat(after.getAreas()).extracting(m -> m.getName()).containsExactly("Houten");
  }

  @Test
  void refusesATakenNameAgbCodeOrKvkNumberNamingTheProviderThatHasIt() {
    String agb = randomCode();
    CareProvider first = create(unique("IT Eerste"), agb);
    CareProvider second = create(unique("IT Tweede"), randomCode());
    assertThatThrownBy(
            () ->
                registrations.create(
                    actor("demo-coordinator"), draft(first.getName().toUpperCase(), agb)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::field, FieldProblem::key, FieldProblem::arguments)
                    .containsExactly(
                        tuple("name", "provider.name.taken", List.of(first.getName())),
                        tuple("agbCode", "provider.agb.taken", List.of(agb, first.getName()))));
    // Keeping its own codes is fine; taking another's is not.
    registrations.update(
        actor("demo-coordinator"), first.getId(), first.getVersion(), draft(first.getName(), agb));
    assertThatThrownBy(
            () ->
                registrations.update(
                    actor("demo-coordinator"),
                    second.getId(),
                    second.getVersion(),
                    draft(second.getName(), agb)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::key)
                    .containsExactly("provider.agb.taken"));
  }

  @Test
  void reportsEveryProblemAtItsFieldAndSavesNothing() {
    String name = unique("IT Fout");
    assertThatThrownBy(
            () ->
                registrations.create(
                    actor("demo-coordinator"),
                    new ProviderDraft(
                        name,
                        null,
                        "0101",
                        "",
                        List.of("GM9999"),
                        List.of(
                            new LocationDraft(null, "Hoofdlocatie", null, "399 AA", null, "GM0321"),
                            new LocationDraft(null, "hoofdlocatie", null, null, null, ""),
                            new LocationDraft(null, "", null, null, null, "GM9998")))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::field, FieldProblem::key)
                    .containsExactly(
                        tuple("kind", "provider.kind.required"),
                        tuple("agbCode", "provider.agb.invalid"),
                        tuple("areas", "provider.area.unknown"),
                        tuple("locations:0:postcode", "provider.location.postcode.invalid"),
                        tuple(
                            "locations:1:municipality", "provider.location.municipality.required"),
                        tuple("locations:1:locationName", "provider.location.name.twice"),
                        tuple("locations:2:locationName", "provider.location.name.required"),
                        tuple(
                            "locations:2:municipality", "provider.location.municipality.unknown")));
    assertThat(providers.findByName(name)).isEmpty();
  }

  @Test
  void refusesAChangeBasedOnAStaleVersionAndKeepsTheOtherOne() {
    CareProvider created = create(unique("IT Oud"), randomCode());
    long loaded = created.getVersion();
    String first = unique("IT Eerst");
    CareProvider updated =
        registrations.update(
            actor("demo-coordinator"), created.getId(), loaded, draft(first, created.getAgbCode()));
    assertThat(updated.getVersion()).isGreaterThan(loaded);
    assertThat(providers.get(actor("demo-coordinator"), created.getId()))
        .extracting(CareProvider::getName, CareProvider::getVersion)
        .containsExactly(first, updated.getVersion());
    assertThatThrownBy(
            () ->
                registrations.update(
                    actor("demo-beheerder"),
                    created.getId(),
                    loaded,
                    draft(unique("IT Later"), created.getAgbCode())))
        .isInstanceOfSatisfying(
            ConcurrentChangeException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("provider.changed");
              assertThat(e.getArguments()).containsExactly(first);
            });
    assertThat(providers.get(actor("demo-coordinator"), created.getId()).getName())
        .isEqualTo(first);
  }

  @Test
  void onlyCoordinatorsAndAdminsRegisterOrChangeProviders() {
    CareProvider created = create(unique("IT Rechten"), randomCode());
    for (String who : List.of("demo-inspecteur", "demo-zorgaanbieder")) {
      assertThatThrownBy(
              () -> registrations.create(actor(who), draft(unique("IT Niet"), randomCode())))
          .isInstanceOf(NotAllowedException.class);
      assertThatThrownBy(
              () ->
                  registrations.update(
                      actor(who),
                      created.getId(),
                      created.getVersion(),
                      draft(created.getName(), created.getAgbCode())))
          .isInstanceOf(NotAllowedException.class);
      assertThatThrownBy(() -> registrations.getForChange(actor(who), created.getId()))
          .isInstanceOf(NotAllowedException.class);
    }
    long demoProvider = actor("demo-zorgaanbieder").providerId();
    CareProvider own = providers.get(actor("demo-zorgaanbieder"), demoProvider);
    assertThatThrownBy(
            () ->
                registrations.update(
                    actor("demo-zorgaanbieder"),
                    demoProvider,
                    own.getVersion(),
                    draft(own.getName(), own.getAgbCode())))
        .isInstanceOf(NotAllowedException.class);
    assertThat(
            registrations
                .create(actor("demo-beheerder"), draft(unique("IT Beheer"), randomCode()))
                .getId())
        .isNotNull();
  }

  @Test
  void refusesToRemoveALocationWithAVisitAndNamesIt() {
    CareProvider created = create(unique("IT Bezocht"), randomCode());
    long houten = location(created, "Houten");
    long tiel = location(created, "Tiel");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Study study =
        studies.create(
            actor("demo-coordinator"),
            new StudyDraft(
                "IT locatie " + suffix,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                frameworks
                    .findVersion("samenwerking-huisarts-wijkverpleging", "1.0")
                    .orElseThrow()
                    .getId(),
                List.of(new AreaChoice("GM0321", null, null)),
                List.of()));
    visits.plan(
        actor("demo-coordinator"),
        study.getId(),
        study.getAreas().get(0).getId(),
        houten,
        LocalDate.of(2026, 3, 10),
        List.of());

    assertThatThrownBy(
            () ->
                registrations.update(
                    actor("demo-coordinator"),
                    created.getId(),
                    created.getVersion(),
                    new ProviderDraft(
                        created.getName(),
                        ProviderKind.GP_PRACTICE,
                        created.getAgbCode(),
                        null,
                        List.of(),
                        List.of())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::field, FieldProblem::key, FieldProblem::arguments)
                    .containsExactly(
                        tuple("locations", "provider.location.in_use", List.of("Houten", "1"))));
    assertThat(registrations.visitsPerLocation(actor("demo-coordinator"), created.getId()))
        .containsExactly(org.assertj.core.api.Assertions.entry(houten, 1L));
    assertThat(
            registrations.getForChange(actor("demo-coordinator"), created.getId()).getLocations())
        .extracting(ProviderLocation::getId)
        .containsExactlyInAnyOrder(houten, tiel);

    // The location without visits can go.
    registrations.update(
        actor("demo-coordinator"),
        created.getId(),
        created.getVersion(),
        new ProviderDraft(
            created.getName(),
            ProviderKind.GP_PRACTICE,
            created.getAgbCode(),
            null,
            List.of(),
            List.of(new LocationDraft(houten, "Houten", null, null, null, "GM0321"))));
    assertThat(
            registrations.getForChange(actor("demo-coordinator"), created.getId()).getLocations())
        .extracting(ProviderLocation::getId)
        .containsExactly(houten);
  }

  private CareProvider create(String name, String agb) {
    return registrations.create(
        actor("demo-coordinator"),
        new ProviderDraft(
            name,
            ProviderKind.GP_PRACTICE,
            agb,
            null,
            List.of(),
            List.of(
                new LocationDraft(null, "Houten", null, null, null, "GM0321"),
                new LocationDraft(null, "Tiel", null, null, null, "GM0281"))));
  }

  /**
   * Only the organisation's fields; existing locations would be removed, so used for providers
   * without visits.
   */
  private ProviderDraft draft(String name, String agb) {
    return new ProviderDraft(name, ProviderKind.GP_PRACTICE, agb, null, List.of(), List.of());
  }

  private static long location(CareProvider provider, String name) {
    return provider.getLocations().stream()
        .filter(l -> l.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String randomCode() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
