package nl.wijkzicht.notify.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import nl.wijkzicht.database.DatabaseStatus;

/**
 * The timers of the notifications, on every instance (non-persistent timers are per instance; what
 * must happen once is claimed in the database). No transaction of their own: each step opens its
 * own short ones.
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

  /** Reminders at 07:30 and again at 13:30 (a missed morning run is caught up; claims dedupe). */
  @Schedule(hour = "7,13", minute = "30", timezone = "Europe/Amsterdam", persistent = false)
  void remind() {
    if (databaseStatus.isReady() && mailer.enabled()) {
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
    if (databaseStatus.isReady() && mailer.enabled()) {
      sender.sendDue();
    }
  }

  /** Old sent and given-up mails out of the outbox, nightly. */
  @Schedule(hour = "4", minute = "41", persistent = false)
  void purge() {
    if (databaseStatus.isReady()) {
      outbox.purge(Instant.now());
    }
  }
}
