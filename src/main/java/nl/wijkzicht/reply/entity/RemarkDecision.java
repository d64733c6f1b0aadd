package nl.wijkzicht.reply.entity;

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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import nl.wijkzicht.fieldwork.entity.FindingChange;

/**
 * The inspector's decision on one remark of a provider's submitted reply (issue 15): accepted, with
 * the change of the finding it led to, or not accepted with a reason. One per remark; {@code
 * Version} makes the second of two inspectors deciding at once get a "changed meanwhile".
 */
@Entity
@Cacheable(false) // Written by users concurrently: never from the shared cache.
@Table(name = "remark_decision")
@NamedQuery(
    name = RemarkDecision.OF_VISIT,
    query =
        "select d from RemarkDecision d join d.remark m join m.reply r"
            + " where r.visit.id = :visitId order by m.id",
    // The decisions' finding changes in one more statement (IN), not one per decision.
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "d.change"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
@NamedQuery(
    name = RemarkDecision.OF_REMARK,
    query = "select d from RemarkDecision d where d.remark.id = :remarkId")
public class RemarkDecision implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_VISIT = "RemarkDecision.ofVisit";
  public static final String OF_REMARK = "RemarkDecision.ofRemark";

  /** The shortest reason for not accepting a remark, and the longest text kept. */
  public static final int REASON_MIN = 10;

  public static final int REASON_MAX = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "remark_id")
  private ReplyRemark remark;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private DecisionOutcome outcome;

  @Lob
  @Column(name = "reason")
  private String reason;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "finding_change_id")
  private FindingChange change;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "decided_by", nullable = false, length = 60)
  private String decidedBy;

  protected RemarkDecision() {
    // For JPA.
  }

  public RemarkDecision(ReplyRemark remark) {
    this.remark = Objects.requireNonNull(remark);
  }

  /**
   * Records (or replaces) the decision. An acceptance names the finding change it made (or, when it
   * is decided again without a new change, keeps the earlier one).
   */
  public void decide(
      DecisionOutcome newOutcome,
      String newReason,
      FindingChange newChange,
      Instant now,
      String username) {
    this.outcome = Objects.requireNonNull(newOutcome);
    this.reason = newReason;
    if (newOutcome == DecisionOutcome.ACCEPTED) {
      this.change = newChange == null ? change : newChange;
      Objects.requireNonNull(change, "an accepted remark names the change of its finding");
    } else {
      this.change = null;
    }
    this.decidedAt = now;
    this.decidedBy = username;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ReplyRemark getRemark() {
    return remark;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public boolean isAccepted() {
    return outcome == DecisionOutcome.ACCEPTED;
  }

  public String getReason() {
    return reason;
  }

  public FindingChange getChange() {
    return change;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
