package nl.wijkzicht.scoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change of an override, kept for good: who set, changed or removed it, when, the level before
 * and after (null: none), the computed level at that moment and the reason.
 */
@Entity
@Cacheable(false)
@Table(name = "result_override_event")
public class ResultOverrideEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_id", nullable = false)
  private long studyId;

  @Column(name = "study_area_id", nullable = false)
  private long areaId;

  @Column(name = "theme_id")
  private Long themeId;

  @Column(name = "target", nullable = false, length = 30)
  private String target;

  @Column(name = "before_level_code", length = 40)
  private String beforeLevelCode;

  @Column(name = "after_level_code", length = 40)
  private String afterLevelCode;

  @Column(name = "computed_level_code", length = 40)
  private String computedLevelCode;

  @Column(name = "reason", nullable = false, length = ResultOverride.REASON_LENGTH)
  private String reason;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  protected ResultOverrideEvent() {
    // For JPA.
  }

  public ResultOverrideEvent(
      long studyId,
      long areaId,
      Long themeId,
      String beforeLevelCode,
      String afterLevelCode,
      String computedLevelCode,
      String reason,
      String changedBy,
      Instant changedAt) {
    this.studyId = studyId;
    this.areaId = areaId;
    this.themeId = themeId;
    this.target = ResultOverride.target(themeId);
    this.beforeLevelCode = beforeLevelCode;
    this.afterLevelCode = afterLevelCode;
    this.computedLevelCode = computedLevelCode;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getThemeId() {
    return themeId;
  }

  public String getBeforeLevelCode() {
    return beforeLevelCode;
  }

  public String getAfterLevelCode() {
    return afterLevelCode;
  }

  public String getComputedLevelCode() {
    return computedLevelCode;
  }

  public String getReason() {
    return reason;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
