package nl.wijkzicht.study.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One status change of a visit: from, to, when, by whom (and in which role). */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "visit_transition")
public class VisitTransition implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private VisitStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private VisitStatus to;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  @Column(name = "role", nullable = false, length = 20)
  private String role;

  /** Why: required for cancelling and stepping back (see VisitWorkflow#needsReason), else null. */
  @Column(name = "reason", length = 500)
  private String reason;

  protected VisitTransition() {
    // For JPA.
  }

  VisitTransition(
      Visit visit,
      VisitStatus from,
      VisitStatus to,
      Instant changedAt,
      String changedBy,
      String role,
      String reason) {
    this.visit = visit;
    this.from = from;
    this.to = to;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.role = role;
    this.reason = reason;
  }

  public VisitStatus getFrom() {
    return from;
  }

  public VisitStatus getTo() {
    return to;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getRole() {
    return role;
  }

  public String getReason() {
    return reason;
  }
}
