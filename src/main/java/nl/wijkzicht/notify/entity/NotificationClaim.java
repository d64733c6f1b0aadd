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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Proof that one instance took on a piece of once-only work, e.g. the reminder for a visit's
 * deadline: the unique key (kind, visit, deadline) refuses a second instance's insert, so whoever
 * inserts first does the work and every other instance skips it.
 */
@Entity
@Cacheable(false)
@Table(name = "notification_claim")
public class NotificationClaim {

  /** The unique key that makes a claim once-only. */
  public static final String UNIQUE_KEY = "uk_notification_claim";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private MailKind kind;

  @Column(name = "visit_id", nullable = false)
  private long visitId;

  @Column(name = "deadline", nullable = false)
  private LocalDate deadline;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "claimed_by", nullable = false, length = 60)
  private String claimedBy;

  protected NotificationClaim() {
    // For JPA.
  }

  public NotificationClaim(
      MailKind kind, long visitId, LocalDate deadline, Instant now, String claimedBy) {
    this.kind = Objects.requireNonNull(kind);
    this.visitId = visitId;
    this.deadline = Objects.requireNonNull(deadline);
    this.claimedAt = now;
    this.claimedBy = claimedBy;
  }

  public Long getId() {
    return id;
  }

  public MailKind getKind() {
    return kind;
  }

  public long getVisitId() {
    return visitId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getClaimedBy() {
    return claimedBy;
  }
}
