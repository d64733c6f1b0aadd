package nl.wijkzicht.fieldwork.entity;

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
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of one field of a finding after its visit was sent for reply (issue 15): the value
 * before and after, who and when, and the provider's remark it answers when it was made by
 * accepting one. Written in the transaction of the change itself; never changed afterwards. The
 * rating is kept as the level's code, the evidence as a line per item (see {@code FindingChanges}).
 */
@Entity
@Cacheable(false) // Written by users, read as history: never from the shared cache.
@Table(name = "finding_change")
@NamedQuery(
    name = FindingChange.OF_FINDING,
    query = "select c from FindingChange c where c.finding.id = :findingId order by c.id")
public class FindingChange implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_FINDING = "FindingChange.ofFinding";

  /** What changed. */
  public enum Field {
    RATING,
    MOTIVATION,
    EVIDENCE
  }

  /**
   * The order history is shown in: by time, and the fields of one change as rating, motivation,
   * evidence (the database may assign the rows of one save their ids in any order).
   */
  public static final java.util.Comparator<FindingChange> ORDER =
      java.util.Comparator.comparing(FindingChange::getChangedAt)
          .thenComparing(FindingChange::getField)
          .thenComparing(FindingChange::getId);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  @Enumerated(EnumType.STRING)
  @Column(name = "field", nullable = false, length = 20)
  private Field field;

  @Lob
  @Column(name = "before_value")
  private String before;

  @Lob
  @Column(name = "after_value")
  private String after;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  /** The reply remark this change answers (an accepted remark), else null. */
  @Column(name = "remark_id")
  private Long remarkId;

  protected FindingChange() {
    // For JPA.
  }

  public FindingChange(
      Finding finding,
      Field field,
      String before,
      String after,
      Instant changedAt,
      String changedBy,
      Long remarkId) {
    this.finding = Objects.requireNonNull(finding);
    this.field = Objects.requireNonNull(field);
    this.before = before;
    this.after = after;
    this.changedAt = Objects.requireNonNull(changedAt);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.remarkId = remarkId;
  }

  public Long getId() {
    return id;
  }

  public Finding getFinding() {
    return finding;
  }

  public Field getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Long getRemarkId() {
    return remarkId;
  }
}
