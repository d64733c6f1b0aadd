package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import nl.wijkzicht.area.boundary.MunicipalDivisionImporter;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the fictitious demo data set once, after the reference data, in demo mode only. */
@ApplicationScoped
public class DemoDataLoader {

  private static final System.Logger LOGGER = System.getLogger(DemoDataLoader.class.getName());

  /** The IGJ study areas 2017–2020 (seed 004); Oud-Beijerland is part of Hoeksche Waard since 2019. */
  static final List<String> IGJ_STUDY_AREAS =
      List.of("GM0321", "GM0072", "GM0281", "GM0753", "GM0518", "GM1963", "GM0344", "GM0114", "GM0307");

  static final String STUDY_REGION = "Demo: IGJ-studiegebieden 2017–2020";
  static final String NETWORK_REGION = "Demo: netwerk ouderenzorg Zuid-Holland Zuid";

  /** The documented password of every demo account (README); demo accounts exist only in demo mode. */
  public static final String DEMO_PASSWORD = "wijkzicht-demo-2026";

  static final String PRACTICE = "Huisartsenpraktijk De Linde (fictief)";
  static final String HOME_CARE = "Thuiszorg Het Anker (fictief)";

  @Inject private MunicipalityService municipalities;
  @Inject private ProviderService providers;
  @Inject private UserService users;

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  void onDatabaseReady(
      @Observes @Priority(MunicipalDivisionImporter.ORDER + 1000) DatabaseReady ready) {
    if (!demo) {
      return;
    }
    loadAccounts();
    int year = municipalities.currentYear().orElse(0);
    if (year == 0 || municipalities.findRegion(STUDY_REGION).isPresent()) {
      return;
    }
    municipalities.createRegion(
        STUDY_REGION,
        RegionKind.STUDY,
        "Fictief demovoorbeeld: de gemeenten waarin de IGJ 2017–2020 zorgnetwerken rond kwetsbare"
            + " ouderen onderzocht (Oud-Beijerland valt sinds 2019 onder Hoeksche Waard).",
        true,
        year,
        IGJ_STUDY_AREAS);
    municipalities.createRegion(
        NETWORK_REGION,
        RegionKind.NETWORK,
        "Fictief demovoorbeeld van het eigen werkgebied van een netwerk integrale ouderenzorg.",
        true,
        year,
        List.of("GM1963", "GM0505", "GM0512", "GM0523"));
    LOGGER.log(Level.INFO, "Demo data set loaded (fictitious; demo mode).");
  }

  /** One account per role, plus a second provider organisation to show that providers see only their own. */
  private void loadAccounts() {
    CareProvider practice = providers.findByName(PRACTICE)
        .orElseGet(() -> providers.createInitial(PRACTICE, ProviderKind.GP_PRACTICE, "01012345", "12345678", true));
    CareProvider homeCare = providers.findByName(HOME_CARE)
        .orElseGet(() -> providers.createInitial(HOME_CARE, ProviderKind.HOME_CARE, "03023456", "23456789", true));
    users.createInitial("demo-beheerder", "Demo Beheerder", Role.ADMIN, null, DEMO_PASSWORD, true);
    users.createInitial("demo-coordinator", "Demo Coördinator", Role.COORDINATOR, null, DEMO_PASSWORD, true);
    users.createInitial("demo-inspecteur", "Demo Inspecteur", Role.INSPECTOR, null, DEMO_PASSWORD, true);
    users.createInitial("demo-zorgaanbieder", "Demo Kwaliteitsfunctionaris De Linde", Role.PROVIDER, practice,
        DEMO_PASSWORD, true);
    users.createInitial("demo-zorgaanbieder2", "Demo Kwaliteitsfunctionaris Het Anker", Role.PROVIDER, homeCare,
        DEMO_PASSWORD, true);
  }
}
