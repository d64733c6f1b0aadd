package nl.wijkzicht.security.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.cluster.Grid;
import nl.wijkzicht.database.DatabaseStatus;

/**
 * Deletes access-log entries past the retention period, every night: on one instance of a cluster
 * (the timer fires on each; {@link Grid#claimRun} lets one of them run it).
 */
@Singleton
public class AccessLogRetention {

  @Inject private AccessLogService accessLog;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private Grid grid;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void deleteExpired() {
    if (databaseStatus.isReady()
        && grid.claimRun("access-log-retention", Instant.now(), Duration.ofHours(1))) {
      accessLog.deleteExpired();
    }
  }
}
