package nl.wijkzicht.security.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.wijkzicht.database.DatabaseStatus;

/** Deletes access-log entries past the retention period, every night. */
@Singleton
public class AccessLogRetention {

  @Inject private AccessLogService accessLog;
  @Inject private DatabaseStatus databaseStatus;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void deleteExpired() {
    if (databaseStatus.isReady()) {
      accessLog.deleteExpired();
    }
  }
}
