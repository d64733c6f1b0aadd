package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.provider.boundary.ProviderRegistrationService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the fictitious demo data set once, after the reference data, in demo mode only. */
@ApplicationScoped
public class DemoDataLoader {

  private static final System.Logger LOGGER = System.getLogger(DemoDataLoader.class.getName());

  /**
   * The IGJ study areas 2017–2020 (seed 004); Oud-Beijerland is part of Hoeksche Waard since 2019.
   */
  static final List<String> IGJ_STUDY_AREAS =
      List.of(
          "GM0321", "GM0072", "GM0281", "GM0753", "GM0518", "GM1963", "GM0344", "GM0114", "GM0307");

  static final String STUDY_REGION = "Demo: IGJ-studiegebieden 2017–2020";
  static final String NETWORK_REGION = "Demo: netwerk ouderenzorg Zuid-Holland Zuid";

  /**
   * The documented password of every demo account (README); demo accounts exist only in demo mode.
   */
  public static final String DEMO_PASSWORD = "wijkzicht-demo-2026";

  /**
   * The demo study publishes figures resting on two providers (each demo area has a GP practice and
   * a home-care team); a real study keeps the default of five.
   */
  static final int DEMO_MIN_CELL_SIZE = 2;

  static final String DEMO_STUDY = "Zorgnetwerken rond kwetsbare ouderen 2017–2020 (demo)";
  static final String PRACTICE = "Huisartsenpraktijk De Linde (fictief)";
  static final String HOME_CARE = "Thuiszorg Het Anker (fictief)";

  @Inject private MunicipalityService municipalities;
  @Inject private nl.wijkzicht.area.boundary.RegionService regions;
  @Inject private ProviderService providers;
  @Inject private ProviderRegistrationService registrations;
  @Inject private UserService users;
  @Inject private StudyService studies;
  @Inject private FrameworkService frameworks;

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  void onDatabaseReady(@Observes @Priority(StartupOrder.DEMO_DATA) DatabaseReady ready) {
    if (!demo) {
      return;
    }
    loadAccounts();
    loadStudy();
    int year = municipalities.currentYear().orElse(0);
    if (year == 0 || regions.findByName(STUDY_REGION).isPresent()) {
      return;
    }
    regions.createInitial(
        STUDY_REGION,
        RegionKind.STUDY,
        "Fictief demovoorbeeld: de gemeenten waarin de IGJ 2017–2020 zorgnetwerken rond kwetsbare"
            + " ouderen onderzocht (Oud-Beijerland valt sinds 2019 onder Hoeksche Waard).",
        true,
        year,
        IGJ_STUDY_AREAS);
    regions.createInitial(
        NETWORK_REGION,
        RegionKind.NETWORK,
        "Fictief demovoorbeeld van het eigen werkgebied van een netwerk integrale ouderenzorg.",
        true,
        year,
        List.of("GM1963", "GM0505", "GM0512", "GM0523"));
    LOGGER.log(Level.INFO, "Demo data set loaded (fictitious; demo mode).");
  }

  /**
   * The IGJ study of 2017–2020 as a fictitious demo study: its nine areas (Utrecht as the district
   * Overvecht, Oud-Beijerland now in Hoeksche Waard), the collaboration framework, demo-inspecteur
   * on the team. Skipped when it exists or the framework is not loaded.
   */
  private void loadStudy() {
    if (studies.existsWithTitle(DEMO_STUDY)) {
      return;
    }
    Optional<FrameworkVersion> framework =
        frameworks.findVersion("samenwerking-huisarts-wijkverpleging", "1.0");
    Optional<AppUser> coordinator = users.findByUsername("demo-coordinator");
    Optional<AppUser> inspector = users.findByUsername("demo-inspecteur");
    if (framework.isEmpty() || coordinator.isEmpty() || inspector.isEmpty()) {
      return;
    }
    List<StudyDraft.AreaChoice> areas =
        IGJ_STUDY_AREAS.stream()
            .map(
                code ->
                    code.equals("GM0344")
                        ? new StudyDraft.AreaChoice(code, "WK034403", "Overvecht")
                        : new StudyDraft.AreaChoice(code, null, null))
            .toList();
    studies.create(
        UserService.actorOf(coordinator.get()),
        new StudyDraft(
            DEMO_STUDY,
            LocalDate.of(2017, 9, 1),
            LocalDate.of(2020, 11, 30),
            framework.get().getId(),
            areas,
            List.of(inspector.get().getId()),
            null,
            DEMO_MIN_CELL_SIZE));
  }

  /**
   * One account per role, plus a second provider organisation to show that providers see only their
   * own.
   */
  private void loadAccounts() {
    CareProvider practice =
        providers
            .findByName(PRACTICE)
            .orElseGet(
                () -> {
                  CareProvider created =
                      registrations.createInitial(
                          PRACTICE, ProviderKind.GP_PRACTICE, "01012345", "12345678", true);
                  registrations.addLocationInitial(
                      created.getId(), "De Linde", "Lindelaan 1", "3991AA", "Houten", "GM0321");
                  return created;
                });
    CareProvider homeCare =
        providers
            .findByName(HOME_CARE)
            .orElseGet(
                () -> {
                  CareProvider created =
                      registrations.createInitial(
                          HOME_CARE, ProviderKind.HOME_CARE, "03023456", "23456789", true);
                  registrations.addLocationInitial(
                      created.getId(), "Team Houten", null, null, "Houten", "GM0321");
                  registrations.addLocationInitial(
                      created.getId(), "Team Overvecht", null, null, "Utrecht", "GM0344");
                  return created;
                });
    users.createInitial("demo-beheerder", "Demo Beheerder", Role.ADMIN, null, DEMO_PASSWORD, true);
    users.createInitial(
        "demo-coordinator", "Demo Coördinator", Role.COORDINATOR, null, DEMO_PASSWORD, true);
    users.createInitial(
        "demo-inspecteur", "Demo Inspecteur", Role.INSPECTOR, null, DEMO_PASSWORD, true);
    users.createInitial(
        "demo-zorgaanbieder",
        "Demo Kwaliteitsfunctionaris De Linde",
        Role.PROVIDER,
        practice.getId(),
        DEMO_PASSWORD,
        true);
    users.createInitial(
        "demo-zorgaanbieder2",
        "Demo Kwaliteitsfunctionaris Het Anker",
        Role.PROVIDER,
        homeCare.getId(),
        DEMO_PASSWORD,
        true);
  }
}
