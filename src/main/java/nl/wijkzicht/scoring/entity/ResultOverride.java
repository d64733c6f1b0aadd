package nl.wijkzicht.scoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import nl.wijkzicht.database.ChangeCounter;

/**
 * A coordinator's professional judgement in force: an area's result, or a theme's result in an
 * area, set by hand with a reason (docs/scoring.md, "Overrides"). Ids, not relationships: the
 * scoring reads it with the study's other inputs in one query.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Cacheable(false) // Changed by users; see the persistence unit's note on the shared cache.
@Table(name = "result_override")
public class ResultOverride implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int REASON_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "study_id", nullable = false)
  private long studyId;

  @Column(name = "study_area_id", nullable = false)
  private long areaId;

  @Column(name = "theme_id")
  private Long themeId;

  @Column(name = "target", nullable = false, length = 30)
  private String target;

  @Column(name = "level_code", nullable = false, length = 40)
  private String levelCode;

  @Column(name = "reason", nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Column(name = "set_by", nullable = false, length = 60)
  private String setBy;

  protected ResultOverride() {
    // For JPA.
  }

  public ResultOverride(long studyId, long areaId, Long themeId) {
    this.studyId = studyId;
    this.areaId = areaId;
    this.themeId = themeId;
    this.target = target(themeId);
  }

  /** The unique key of a result within an area: "area" or "theme:12". */
  public static String target(Long themeId) {
    return themeId == null ? "area" : "theme:" + themeId;
  }

  public void set(String levelCode, String reason, String by, Instant at) {
    this.levelCode = levelCode;
    this.reason = reason;
    this.setBy = by;
    this.setAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public long getStudyId() {
    return studyId;
  }

  public long getAreaId() {
    return areaId;
  }

  public Long getThemeId() {
    return themeId;
  }

  public String getTarget() {
    return target;
  }

  public String getLevelCode() {
    return levelCode;
  }

  public String getReason() {
    return reason;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public String getSetBy() {
    return setBy;
  }
}
