package nl.wijkzicht.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.notify.entity.MailOutboxEntry;

/**
 * The outbox table's operations, each its own short transaction (or the caller's, for {@link
 * #add}): claiming due mails for one sender run, recording the outcome, clearing old rows.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

  /** How long a claim keeps other senders off a mail (a crashed sender's mails go out after it). */
  static final Duration CLAIM = Duration.ofMinutes(10);

  /** Sent and given-up mails are kept this long (to see what went out), then deleted. */
  static final Duration KEEP = Duration.ofDays(30);

  @Inject private EntityManager em;

  /** Queues a mail in the caller's transaction: it exists if and only if that commits. */
  public void add(MailOutboxEntry entry) {
    em.persist(entry);
  }

  /**
   * Claims up to {@code limit} due mails for the sender run {@code token} with one UPDATE (so two
   * instances never claim the same mail) and returns them.
   */
  public List<MailOutboxEntry> claim(String token, Instant now, int limit) {
    Timestamp at = Timestamp.from(now);
    int claimed =
        em.createNativeQuery(
                "UPDATE mail_outbox SET claimed_by = ?1, claimed_until = ?2"
                    + " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?3"
                    + " AND (claimed_until IS NULL OR claimed_until < ?3)"
                    + " ORDER BY id LIMIT "
                    + Math.max(1, limit))
            .setParameter(1, token)
            .setParameter(2, Timestamp.from(now.plus(CLAIM)))
            .setParameter(3, at)
            .executeUpdate();
    if (claimed == 0) {
      return List.of();
    }
    return em.createQuery(
            "select e from MailOutboxEntry e where e.claimedBy = :token order by e.id",
            MailOutboxEntry.class)
        .setParameter("token", token)
        .getResultList();
  }

  /** The mail went out. */
  public void sent(long id, Instant now) {
    MailOutboxEntry entry = em.find(MailOutboxEntry.class, id);
    if (entry != null) {
      entry.sent(now);
    }
  }

  /** Sending failed: tried again later, or given up after the last attempt. */
  public boolean failed(long id, Instant now, String error) {
    MailOutboxEntry entry = em.find(MailOutboxEntry.class, id);
    if (entry == null) {
      return false;
    }
    entry.failed(now, error);
    return entry.getFailedAt() != null;
  }

  /** Deletes sent and given-up mails older than {@link #KEEP}; returns how many. */
  public int purge(Instant now) {
    Timestamp before = Timestamp.from(now.minus(KEEP));
    return em.createNativeQuery(
            "DELETE FROM mail_outbox WHERE (sent_at IS NOT NULL AND sent_at < ?1)"
                + " OR (failed_at IS NOT NULL AND failed_at < ?1)")
        .setParameter(1, before)
        .executeUpdate();
  }

  /** The mails queued about a visit, oldest first (for tests and support). */
  public List<MailOutboxEntry> forVisit(long visitId) {
    return em.createQuery(
            "select e from MailOutboxEntry e where e.visitId = :visit order by e.id",
            MailOutboxEntry.class)
        .setParameter("visit", visitId)
        .getResultList();
  }
}
