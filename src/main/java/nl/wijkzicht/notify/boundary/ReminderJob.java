package nl.wijkzicht.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.notify.control.ReminderRule;
import nl.wijkzicht.study.control.WorkingDays;

/**
 * The reminder three working days before a reply deadline ({@link ReminderRule}), run by {@link
 * NotificationSchedule} on every instance. Each visit's reminder is claimed in its own short
 * transaction with an INSERT on a unique key ({@link Notifier#remind}): the first instance to
 * insert queues the mails, every other one's insert is refused and it skips the visit. So two
 * instances running at the same moment send one reminder, and a run that failed halfway is
 * completed by the next run for the visits it did not claim.
 */
@ApplicationScoped
public class ReminderJob {

  private static final System.Logger LOGGER = System.getLogger(ReminderJob.class.getName());

  /** Names this instance in the claims it writes (host and process). */
  static final String INSTANCE = instanceName();

  @Inject private NotificationService notifications;
  @Inject private Notifier notifier;
  @Inject private Mailer mailer;
  @Inject private OutboxSender sender;

  private final Clock clock = Clock.systemUTC();

  /** What a run did. */
  public record Run(int candidates, int claimed, int skipped, int mails) {}

  /** Runs for today (Europe/Amsterdam). */
  public Run run() {
    return run(LocalDate.now(clock.withZone(WorkingDays.ZONE)));
  }

  /** Runs as on {@code today}: claims and queues every reminder due then. */
  public Run run(LocalDate today) {
    if (!mailer.enabled()) {
      return new Run(0, 0, 0, 0);
    }
    List<NotificationService.ReminderCandidate> candidates =
        notifications.reminderCandidates(today, ReminderRule.latestDeadline(today));
    int claimed = 0;
    int skipped = 0;
    int mails = 0;
    for (NotificationService.ReminderCandidate c : candidates) {
      if (!ReminderRule.due(today, c.notifiedOn(), c.deadline())) {
        continue;
      }
      try {
        mails += notifier.remind(c.visitId(), c.deadline(), today, INSTANCE);
        claimed++;
      } catch (ConcurrentChangeException e) {
        skipped++; // Claimed by another instance (or an earlier run): its mails are queued.
      }
    }
    if (mails > 0) {
      sender.wake();
    }
    if (claimed > 0 || skipped > 0) {
      LOGGER.log(
          Level.INFO,
          "Reply reminders for {0}: {1} visits claimed ({2} mails), {3} already claimed.",
          today,
          claimed,
          mails,
          skipped);
    }
    return new Run(candidates.size(), claimed, skipped, mails);
  }

  private static String instanceName() {
    String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
    return name.length() > 60 ? name.substring(0, 60) : name;
  }
}
