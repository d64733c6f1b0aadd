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

  @Inject private MunicipalityService municipalities;

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  void onDatabaseReady(
      @Observes @Priority(MunicipalDivisionImporter.ORDER + 1000) DatabaseReady ready) {
    if (!demo) {
      return;
    }
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
}
