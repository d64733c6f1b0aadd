package nl.wijkzicht.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway at start-up, before anything uses JPA. Bean-managed transactions,
 * so Flyway's own commits are not inside a JTA transaction.
 *
 * <p>When the database is unreachable the application keeps running: the problem is logged once per
 * change and shown on /health, and the migration is retried every {@value #RETRY_SECONDS} seconds.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final System.Logger LOGGER = System.getLogger(DatabaseMigrator.class.getName());
  static final int RETRY_SECONDS = 10;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TimerService timerService;

  @Inject private DatabaseStatus status;

  @Inject private Event<DatabaseReady> ready;

  @PostConstruct
  void migrateAtStartup() {
    if (!tryMigrate()) {
      timerService.createIntervalTimer(
          RETRY_SECONDS * 1000L, RETRY_SECONDS * 1000L, new TimerConfig("database-retry", false));
    }
  }

  @Timeout
  void retry(jakarta.ejb.Timer timer) {
    if (tryMigrate()) {
      timer.cancel();
    }
  }

  private boolean tryMigrate() {
    String previousProblem = status.getLastProblem().orElse(null);
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              // Refuse to run on top of a migration that failed half-way; an operator must repair
              // it.
              .validateOnMigrate(true)
              .load();
      MigrateResult result = flyway.migrate();
      String version =
          flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion();
      LOGGER.log(
          Level.INFO,
          "Database schema at version {0} ({1} migration(s) applied now).",
          version,
          result.migrationsExecuted);
      status.migrated(version);
      announceReady(version);
      return true;
    } catch (FlywayException e) {
      String problem = describe(e);
      status.failed(problem);
      if (!problem.equals(previousProblem)) {
        LOGGER.log(
            Level.ERROR,
            "DATABASE NOT AVAILABLE: "
                + problem
                + " The application keeps running and retries every "
                + RETRY_SECONDS
                + " seconds; check wijkzicht.db.url / WIJKZICHT_DB_URL and that MariaDB is running.");
      }
      return false;
    }
  }

  /**
   * Lets reference and demo data load. A failure there is logged but does not stop the application:
   * each loader works in its own transaction, so nothing is half-written.
   */
  private void announceReady(String version) {
    try {
      ready.fire(new DatabaseReady(version));
    } catch (RuntimeException e) {
      LOGGER.log(
          Level.ERROR,
          "Loading reference or demo data failed; the application runs without it.",
          e);
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof SQLException)) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
