package nl.wijkzicht.report.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A coordinator's conclusions for a report: for the whole study (scope {@code study}) or one of its
 * areas ({@code area:<id>}), in the Markdown subset of {@link
 * nl.wijkzicht.report.control.Markdown}. One row per study and scope (unique key); the version
 * guards every save (docs/reports.md, "Conclusions").
 */
@Entity
@Cacheable(false) // Written by users; see the persistence unit's note on the shared cache.
@Table(name = "report_conclusion")
public class ReportConclusion implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String STUDY_SCOPE = "study";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "study_id", nullable = false)
  private long studyId;

  @Column(name = "study_area_id")
  private Long areaId;

  @Column(name = "scope", nullable = false, length = 30)
  private String scope;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  protected ReportConclusion() {
    // For JPA.
  }

  public ReportConclusion(long studyId, Long areaId) {
    this.studyId = studyId;
    this.areaId = areaId;
    this.scope = scope(areaId);
  }

  /** The scope of a study's conclusions ({@code study}) or an area's ({@code area:12}). */
  public static String scope(Long areaId) {
    return areaId == null ? STUDY_SCOPE : "area:" + areaId;
  }

  public void write(String body, String by, Instant at) {
    this.body = body;
    this.updatedBy = by;
    this.updatedAt = at;
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

  public Long getAreaId() {
    return areaId;
  }

  public String getScope() {
    return scope;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
