package nl.wijkzicht.publish.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.cluster.Grid;
import nl.wijkzicht.database.DatabaseStatus;

/**
 * Every ten minutes, once in the cluster: report jobs still queued or running {@link
 * JobRecovery#ABANDONED_AFTER} after they were requested are marked failed. Only an instance that
 * stopped for good leaves such a job (a restarted one fails its own at start), and without this a
 * lost node's jobs would show progress for ever and keep their scope from being published again.
 */
@Singleton
public class JobWatch {

  @Inject JobRecovery recovery;
  @Inject DatabaseStatus databaseStatus;
  @Inject Grid grid;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void abandonLeftJobs() {
    Instant now = Instant.now();
    if (databaseStatus.isReady()
        && grid.claimRun("report-jobs-abandoned", now, Duration.ofMinutes(5))) {
      recovery.abandon(now.minus(JobRecovery.ABANDONED_AFTER));
    }
  }
}
