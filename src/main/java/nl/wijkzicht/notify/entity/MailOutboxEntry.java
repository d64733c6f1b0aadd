package nl.wijkzicht.notify.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail waiting in the outbox (or sent, or given up): written in the transaction of the change
 * it reports, sent after that transaction committed (docs/notifications.md "The outbox"). A sender
 * claims it for a while ({@code claimedBy}, {@code claimedUntil}) so that two instances do not send
 * it at the same time.
 */
@Entity
@Cacheable(false) // Written by several instances' senders at once.
@Table(name = "mail_outbox")
public class MailOutboxEntry {

  /** How often a mail is tried before it is given up (about a day with the back-off below). */
  public static final int MAX_ATTEMPTS = 10;

  public static final int SUBJECT_LENGTH = 200;
  public static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private MailKind kind;

  @Column(name = "visit_id")
  private Long visitId;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "recipient", nullable = false, length = 254)
  private String recipient;

  @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "claimed_by", length = 60)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  protected MailOutboxEntry() {
    // For JPA.
  }

  public MailOutboxEntry(
      MailKind kind,
      Long visitId,
      Long userId,
      String recipient,
      String subject,
      String body,
      Instant now) {
    this.kind = Objects.requireNonNull(kind);
    this.visitId = visitId;
    this.userId = userId;
    this.recipient = Objects.requireNonNull(recipient);
    this.subject =
        subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
    this.body = Objects.requireNonNull(body);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** The mail went out. */
  public void sent(Instant now) {
    sentAt = now;
    attempts++;
    claimedBy = null;
    claimedUntil = null;
    lastError = null;
  }

  /**
   * Sending failed: tried again after a back-off of 1, 2, 4, ... minutes (at most 4 hours), given
   * up after {@link #MAX_ATTEMPTS} attempts.
   */
  public void failed(Instant now, String error) {
    attempts++;
    claimedBy = null;
    claimedUntil = null;
    lastError =
        error == null
            ? null
            : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    if (attempts >= MAX_ATTEMPTS) {
      failedAt = now;
    } else {
      long minutes = Math.min(240, 1L << Math.min(attempts - 1, 8));
      nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
    }
  }

  public Long getId() {
    return id;
  }

  public MailKind getKind() {
    return kind;
  }

  public Long getVisitId() {
    return visitId;
  }

  public Long getUserId() {
    return userId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getFailedAt() {
    return failedAt;
  }

  public String getLastError() {
    return lastError;
  }
}
