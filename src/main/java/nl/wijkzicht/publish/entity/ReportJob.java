package nl.wijkzicht.publish.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * The background generation of a report PDF (national or one area) for a download or a publication.
 * Progress is written to the row in short transactions of its own while the PDF is rendered; the
 * result file (under {@code $WIJKZICHT_HOME/publications}) carries its SHA-256. The instance that
 * runs it is named, so a restart can mark its unfinished jobs failed.
 */
@Entity
@Cacheable(false) // Written by the job thread while pages poll it.
@Table(name = "report_job")
public class ReportJob implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The scope of a whole study's (national) report; an area's is {@code area:<id>}. */
  public static final String NATIONAL = "study";

  public static final int ERROR_LENGTH = 500;

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

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 20)
  private JobPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private JobStatus status;

  @Column(name = "fingerprint", nullable = false, length = 100)
  private String fingerprint;

  @Column(name = "progress", nullable = false)
  private int progress;

  @Column(name = "total", nullable = false)
  private int total;

  @Column(name = "result_file", length = 100)
  private String resultFile;

  @Column(name = "result_sha256", length = 64)
  private String resultSha256;

  @Column(name = "result_bytes")
  private Long resultBytes;

  @Column(name = "pages")
  private Integer pages;

  @Column(name = "error", length = ERROR_LENGTH)
  private String error;

  @Column(name = "instance", nullable = false, length = 60)
  private String instance;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false, length = 60)
  private String requestedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ReportJob() {}

  public ReportJob(
      long studyId,
      Long areaId,
      JobPurpose purpose,
      String fingerprint,
      String instance,
      String requestedBy,
      Instant requestedAt) {
    this.studyId = studyId;
    this.areaId = areaId;
    this.scope = scopeOf(areaId);
    this.purpose = purpose;
    this.status = JobStatus.QUEUED;
    this.fingerprint = fingerprint;
    this.total = 100;
    this.instance = instance;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** {@code study} for the national report, {@code area:<id>} for one area's. */
  public static String scopeOf(Long areaId) {
    return areaId == null ? NATIONAL : "area:" + areaId;
  }

  public void start(Instant at) {
    status = JobStatus.RUNNING;
    startedAt = at;
  }

  public void progress(int percent) {
    progress = Math.max(progress, Math.min(100, percent));
  }

  public void done(String file, String sha256, long bytes, int pageCount, Instant at) {
    status = JobStatus.DONE;
    progress = 100;
    resultFile = file;
    resultSha256 = sha256;
    resultBytes = bytes;
    pages = pageCount;
    finishedAt = at;
  }

  public void fail(String why, Instant at) {
    status = JobStatus.FAILED;
    error = why == null ? "" : why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why;
    finishedAt = at;
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

  public JobPurpose getPurpose() {
    return purpose;
  }

  public JobStatus getStatus() {
    return status;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public int getProgress() {
    return progress;
  }

  public int getTotal() {
    return total;
  }

  public String getResultFile() {
    return resultFile;
  }

  public String getResultSha256() {
    return resultSha256;
  }

  public Long getResultBytes() {
    return resultBytes;
  }

  public Integer getPages() {
    return pages;
  }

  public String getError() {
    return error;
  }

  public String getInstance() {
    return instance;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
