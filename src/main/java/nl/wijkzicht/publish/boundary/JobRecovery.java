package nl.wijkzicht.publish.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;

/**
 * At start-up (once the schema is ready): this instance's report jobs that were queued or running
 * when it stopped can never finish, so they are marked FAILED, "onderbroken door herstart", instead
 * of showing progress for ever. Jobs of other instances are left alone then; those of an instance
 * that never comes back (a lost cluster node) are failed by {@link JobWatch} once they are {@link
 * #ABANDONED_AFTER} old.
 */
@ApplicationScoped
public class JobRecovery {

  /** A job takes seconds (the national PDF well under a minute); one this old was left behind. */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

  private static final System.Logger LOGGER = System.getLogger(JobRecovery.class.getName());

  @Inject JobRows rows;
  @Inject InstanceName instance;

  private final Instant started = Instant.now();

  void onDatabaseReady(@Observes @Priority(StartupOrder.REPORT_JOBS) DatabaseReady ready) {
    recover(started);
  }

  /** Marks this instance's jobs requested before {@code before} and still unfinished FAILED. */
  public int recover(Instant before) {
    int count = rows.interrupted(instance.get(), before);
    if (count > 0) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          count + " report job(s) of instance " + instance.get() + " interrupted by a restart");
    }
    return count;
  }

  /** Marks every instance's jobs requested before {@code before} and still unfinished FAILED. */
  public int abandon(Instant before) {
    int count = rows.abandoned(before);
    if (count > 0) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          count + " report job(s) left unfinished by a server that did not come back failed");
    }
    return count;
  }
}
