package nl.wijkzicht.notify.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import nl.wijkzicht.database.AfterCompletion;
import nl.wijkzicht.notify.entity.MailOutboxEntry;

/**
 * Sends the outbox: woken after a transaction that queued mail has committed (a JTA
 * synchronization, so a rolled-back change sends nothing), and every few minutes by {@link
 * NotificationSchedule} for retries and mails another instance left. Runs on the managed executor,
 * outside any transaction: it claims a batch in one short transaction, talks SMTP holding no
 * connection or lock, and records each outcome in another short transaction.
 */
@ApplicationScoped
public class OutboxSender {

  private static final System.Logger LOGGER = System.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 10;
  private static final Object REGISTERED = OutboxSender.class.getName() + ".afterCommit";

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService executor;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Inject private MailOutbox outbox;
  @Inject private Mailer mailer;

  private final Clock clock = Clock.systemUTC();
  private final ReentrantLock draining = new ReentrantLock();
  private final AtomicBoolean again = new AtomicBoolean();

  /**
   * Sends what the current transaction queued once it has committed (nothing if it rolls back);
   * outside a transaction, now. Registers once per transaction.
   */
  public void afterCommit() {
    if (transactions.getTransactionKey() == null) {
      wake();
      return;
    }
    if (transactions.getResource(REGISTERED) != null) {
      return;
    }
    transactions.putResource(REGISTERED, Boolean.TRUE);
    // The mails are rows of this transaction: sent once it committed.
    AfterCompletion.onCommit(transactions, this::wake);
  }

  /** Starts a send run on the executor (or asks the running one to look again). */
  public void wake() {
    again.set(true);
    try {
      executor.execute(this::sendDue);
    } catch (RejectedExecutionException e) {
      LOGGER.log(Level.DEBUG, "Outbox: executor shutting down; the next start sends the mail.");
    }
  }

  /**
   * Sends every due mail, batch by batch; returns how many went out. Only one run per instance at a
   * time (a second call while one runs returns at once and makes the running one look again).
   */
  public int sendDue() {
    if (!mailer.enabled()) {
      return 0;
    }
    if (!draining.tryLock()) {
      again.set(true);
      return 0;
    }
    int sent = 0;
    try {
      do {
        again.set(false);
        List<MailOutboxEntry> batch;
        do {
          batch = outbox.claim(UUID.randomUUID().toString(), Instant.now(clock), BATCH);
          for (MailOutboxEntry mail : batch) {
            if (send(mail)) {
              sent++;
            }
          }
        } while (!batch.isEmpty());
      } while (again.get());
    } catch (RuntimeException e) {
      LOGGER.log(Level.WARNING, "Outbox: sending stopped ({0}); retried later.", e.toString());
    } finally {
      draining.unlock();
    }
    if (again.get()) {
      // A wake arrived after the last look and found the run still going: look once more.
      wake();
    }
    return sent;
  }

  private boolean send(MailOutboxEntry mail) {
    try {
      mailer.send(mail.getRecipient(), mail.getSubject(), mail.getBody());
      outbox.sent(mail.getId(), Instant.now(clock));
      LOGGER.log(Level.DEBUG, "Outbox: mail {0} ({1}) sent.", mail.getId(), mail.getKind());
      return true;
    } catch (MessagingException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      boolean givenUp = outbox.failed(mail.getId(), Instant.now(clock), error);
      // The recipient's address stays out of the log: the row has it.
      LOGGER.log(
          givenUp ? Level.ERROR : Level.WARNING,
          "Outbox: mail {0} ({1}) not sent, attempt {2}{3}: {4}",
          mail.getId(),
          mail.getKind(),
          mail.getAttempts() + 1,
          givenUp ? ", given up" : ", tried again later",
          error);
      return false;
    }
  }
}
