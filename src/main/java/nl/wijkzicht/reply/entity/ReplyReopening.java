package nl.wijkzicht.reply.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.wijkzicht.study.entity.Visit;

/**
 * A coordinator reopened replying on a visit after its deadline: the old and the new deadline, the
 * reason, who and when. Written once, never changed.
 */
@Entity
@Cacheable(false)
@Table(name = "reply_reopening")
@NamedQuery(
    name = ReplyReopening.FIND_BY_VISIT,
    query =
        "select r from ReplyReopening r where r.visit.id = :visitId order by r.reopenedAt, r.id")
public class ReplyReopening implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_VISIT = "ReplyReopening.findByVisit";
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @Column(name = "old_deadline")
  private LocalDate oldDeadline;

  @Column(name = "new_deadline", nullable = false)
  private LocalDate newDeadline;

  @Column(name = "reason", nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "reopened_at", nullable = false)
  private Instant reopenedAt;

  @Column(name = "reopened_by", nullable = false, length = 60)
  private String reopenedBy;

  protected ReplyReopening() {
    // For JPA.
  }

  public ReplyReopening(
      Visit visit,
      LocalDate oldDeadline,
      LocalDate newDeadline,
      String reason,
      Instant now,
      String username) {
    this.visit = Objects.requireNonNull(visit);
    this.oldDeadline = oldDeadline;
    this.newDeadline = Objects.requireNonNull(newDeadline);
    this.reason = Objects.requireNonNull(reason);
    this.reopenedAt = now;
    this.reopenedBy = username;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getOldDeadline() {
    return oldDeadline;
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public String getReason() {
    return reason;
  }

  public Instant getReopenedAt() {
    return reopenedAt;
  }

  public String getReopenedBy() {
    return reopenedBy;
  }
}
