package nl.wijkzicht.framework.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.framework.control.FrameworkImportReport;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;

/**
 * Imports the framework files once the schema is ready. A broken or refused file is logged and
 * skipped; the versions already stored stay in use, and start-up always goes on.
 */
@ApplicationScoped
public class FrameworkImporter {

  private static final System.Logger LOGGER = System.getLogger(FrameworkImporter.class.getName());

  /**
   * After the municipal divisions, before the demo data (which may come to refer to frameworks).
   */
  public static final int ORDER = StartupOrder.FRAMEWORKS;

  @Inject private FrameworkService service;

  void onDatabaseReady(@Observes @Priority(ORDER) DatabaseReady ready) {
    try {
      FrameworkImportReport report = service.importAll();
      LOGGER.log(
          report.hasRefusals() ? Level.WARNING : Level.INFO,
          "Frameworks from {0}: {1} imported, {2} unchanged, {3} invalid, {4} refused.",
          report.source(),
          report.count(Status.IMPORTED),
          report.count(Status.UNCHANGED),
          report.count(Status.INVALID),
          report.count(Status.REFUSED_CHANGED) + report.count(Status.REFUSED_IN_USE));
    } catch (RuntimeException e) {
      // Frameworks are not needed to start: a failure here must not stop the other start-up work.
      LOGGER.log(
          Level.ERROR, "Frameworks not imported at start-up; use the import action later.", e);
    }
  }
}
