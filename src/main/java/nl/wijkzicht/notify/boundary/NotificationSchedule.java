package nl.wijkzicht.notify.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.cluster.Grid;
import nl.wijkzicht.database.DatabaseStatus;

/**
 * The timers of the notifications. Non-persistent timers fire on every instance; in a cluster one
 * instance runs each firing ({@link Grid#claimRun}, in the data grid), and what must happen once (a
 * reminder, a mail) is claimed in the database as well. No transaction of their own: each step
 * opens its own short ones.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

  private static final System.Logger LOGGER =
      System.getLogger(NotificationSchedule.class.getName());

  @Inject private ReminderJob reminders;
  @Inject private OutboxSender sender;
  @Inject private MailOutbox outbox;
  @Inject private Mailer mailer;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private Grid grid;

  /** Whether this instance runs this firing of the job: always alone, once per cluster. */
  private boolean mine(String job, Duration keep) {
    return grid.claimRun(job, Instant.now(), keep);
  }

  /** Reminders at 07:30 and again at 13:30 (a missed morning run is caught up; claims dedupe). */
  @Schedule(hour = "7,13", minute = "30", timezone = "Europe/Amsterdam", persistent = false)
  void remind() {
    if (databaseStatus.isReady() && mailer.enabled() && mine("reminders", Duration.ofHours(1))) {
      try {
        reminders.run();
      } catch (RuntimeException e) {
        LOGGER.log(Level.WARNING, "Reply reminders failed; the next run tries again.", e);
      }
    }
  }

  /** Retries and mails another instance left behind, every two minutes. */
  @Schedule(hour = "*", minute = "*/2", persistent = false)
  void sendDue() {
    if (databaseStatus.isReady() && mailer.enabled() && mine("outbox", Duration.ofSeconds(60))) {
      sender.sendDue();
    }
  }

  /** Old sent and given-up mails out of the outbox, nightly. */
  @Schedule(hour = "4", minute = "41", persistent = false)
  void purge() {
    if (databaseStatus.isReady() && mine("outbox-purge", Duration.ofHours(1))) {
      outbox.purge(Instant.now());
    }
  }
}
