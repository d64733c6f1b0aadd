package nl.wijkzicht.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.notify.control.Mail;
import nl.wijkzicht.notify.control.MailTexts;
import nl.wijkzicht.notify.control.VisitFacts;
import nl.wijkzicht.notify.entity.MailKind;
import nl.wijkzicht.notify.entity.MailOutboxEntry;
import nl.wijkzicht.notify.entity.NotificationClaim;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.VisitStatusChanged;
import nl.wijkzicht.study.control.WorkingDays;
import nl.wijkzicht.study.entity.VisitStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues the notification mails of a visit's events in the transaction of the event: a visit sent
 * for reply (to the provider's users, with the deadline), a reply received (to the visit's
 * inspectors), the reminder before the deadline (to the provider's users, once per deadline over
 * all instances). Recipients are enabled accounts with an e-mail address; the mails leave after the
 * transaction commits ({@link OutboxSender}). Mail off: nothing is queued.
 *
 * <p>Other features call {@link #visitSentForReply} and {@link #replyReceived} directly, or fire
 * {@link VisitStatusChanged} (as {@code VisitService.moveTo} does), which this class observes.
 */
@ApplicationScoped
@Transactional
public class Notifier {

  /** The provider's page of a visit awaiting its reply (package reply, issue 15). */
  public static final String PROVIDER_PAGE = "/reply/visit.xhtml?id=";

  /** The staff page of a visit. */
  public static final String STAFF_PAGE = "/study/visit.xhtml?id=";

  @Inject private EntityManager em;
  @Inject private MailOutbox outbox;
  @Inject private OutboxSender sender;
  @Inject private Mailer mailer;

  @Inject
  @ConfigProperty(name = "wijkzicht.base-url", defaultValue = "http://localhost:8080")
  private String baseUrl;

  private final Clock clock = Clock.systemUTC();

  /** A recipient: account id and address. */
  record Recipient(long userId, String email) {}

  /** Observes every status change of a visit (in its transaction). */
  void onStatusChanged(@Observes VisitStatusChanged change) {
    if (change.to() == VisitStatus.SENT_FOR_REPLY) {
      visitSentForReply(change.visitId());
    } else if (change.to() == VisitStatus.REPLY_RECEIVED) {
      replyReceived(change.visitId());
    }
  }

  /**
   * The visit's findings were sent to the provider: mails its users the deadline and the link.
   * Returns how many mails were queued.
   */
  public int visitSentForReply(long visitId) {
    if (!mailer.enabled()) {
      return 0;
    }
    Optional<Facts> facts = facts(visitId);
    if (facts.isEmpty() || facts.get().visit().replyDeadline() == null) {
      return 0;
    }
    Mail mail = MailTexts.sentForReply(facts.get().visit(), today(), link(PROVIDER_PAGE, visitId));
    return queue(MailKind.SENT_FOR_REPLY, visitId, providerUsers(facts.get().providerId()), mail);
  }

  /** The provider replied: mails the visit's inspectors that decisions are due. */
  public int replyReceived(long visitId) {
    if (!mailer.enabled()) {
      return 0;
    }
    Optional<Facts> facts = facts(visitId);
    if (facts.isEmpty()) {
      return 0;
    }
    Mail mail = MailTexts.replyReceived(facts.get().visit(), link(STAFF_PAGE, visitId));
    return queue(MailKind.REPLY_RECEIVED, visitId, inspectors(visitId), mail);
  }

  /**
   * The reminder for a visit's deadline, once over all instances: claims (reminder, visit,
   * deadline) with an INSERT on its unique key and queues the mails in the same transaction.
   * Another instance's claim refuses the insert: {@link ConcurrentChangeException}, nothing queued
   * (the caller skips the visit). Returns how many mails were queued.
   */
  public int remind(long visitId, LocalDate deadline, LocalDate today, String instance) {
    // Checked first (a run after the claim committed skips quietly); the key catches the race.
    if (!em.createQuery(
            "select c.id from NotificationClaim c where c.kind = :kind and c.visitId = :visit"
                + " and c.deadline = :deadline",
            Long.class)
        .setParameter("kind", MailKind.REPLY_REMINDER)
        .setParameter("visit", visitId)
        .setParameter("deadline", deadline)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      throw new ConcurrentChangeException("NotificationClaim", visitId);
    }
    em.persist(
        new NotificationClaim(
            MailKind.REPLY_REMINDER, visitId, deadline, Instant.now(clock), instance));
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("NotificationClaim", visitId),
        DatabaseWrite.UniqueKey.of(
            NotificationClaim.UNIQUE_KEY,
            () -> new ConcurrentChangeException("NotificationClaim", visitId)));
    Optional<Facts> facts = facts(visitId);
    if (facts.isEmpty()) {
      return 0;
    }
    Mail mail = MailTexts.reminder(facts.get().visit(), today, link(PROVIDER_PAGE, visitId));
    return queue(MailKind.REPLY_REMINDER, visitId, providerUsers(facts.get().providerId()), mail);
  }

  private int queue(MailKind kind, long visitId, List<Recipient> recipients, Mail mail) {
    Instant now = Instant.now(clock);
    for (Recipient r : recipients) {
      outbox.add(
          new MailOutboxEntry(
              kind, visitId, r.userId(), r.email(), mail.subject(), mail.body(), now));
    }
    if (!recipients.isEmpty()) {
      sender.afterCommit();
    }
    return recipients.size();
  }

  /** A visit's facts for a mail and its provider's id. */
  private record Facts(VisitFacts visit, long providerId) {}

  private Optional<Facts> facts(long visitId) {
    return em.createQuery(
            "select v.id, p.name, l.name, v.date, s.title, v.replyDeadline, p.id from Visit v"
                + " join v.location l join l.provider p join v.study s where v.id = :id",
            Object[].class)
        .setParameter("id", visitId)
        .getResultStream()
        .findFirst()
        .map(
            row ->
                new Facts(
                    new VisitFacts(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (LocalDate) row[3],
                        (String) row[4],
                        (LocalDate) row[5]),
                    (Long) row[6]));
  }

  /** The provider's enabled accounts with an address. */
  private List<Recipient> providerUsers(long providerId) {
    return em.createQuery(
            "select u.id, u.email from AppUser u where u.role = :role and u.providerId = :provider"
                + " and u.enabled = true and u.email is not null order by u.id",
            Object[].class)
        .setParameter("role", Role.PROVIDER)
        .setParameter("provider", providerId)
        .getResultStream()
        .map(row -> new Recipient((Long) row[0], (String) row[1]))
        .toList();
  }

  /** The visit's inspectors (its team) with an enabled account and an address. */
  private List<Recipient> inspectors(long visitId) {
    return em.createQuery(
            "select u.id, u.email from Visit v join v.inspectors u where v.id = :visit"
                + " and u.enabled = true and u.email is not null order by u.id",
            Object[].class)
        .setParameter("visit", visitId)
        .getResultStream()
        .map(row -> new Recipient((Long) row[0], (String) row[1]))
        .toList();
  }

  private String link(String page, long visitId) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + page + visitId;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDays.ZONE));
  }
}
