package nl.wijkzicht.publish.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A published report version, frozen: the PDF file (under {@code $WIJKZICHT_HOME/publications},
 * named by a random UUID) and the JSON snapshot of every figure, each with its SHA-256. The public
 * pages and the open data are rendered from the snapshot, never from live data. Numbered per scope
 * (national or one area); a later version supersedes it, a withdrawal needs a reason and leaves a
 * public notice.
 */
@Entity
@Cacheable(false) // Changed by coordinators (supersede, withdraw).
@Table(name = "report_publication")
public class ReportPublication implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int TITLE_LENGTH = 300;
  public static final int REASON_LENGTH = 2000;

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

  @Column(name = "number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PublicationStatus status;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "fingerprint", nullable = false, length = 100)
  private String fingerprint;

  @Column(name = "min_cell_size", nullable = false)
  private int minCellSize;

  @Column(name = "pdf_file", nullable = false, length = 100)
  private String pdfFile;

  @Column(name = "pdf_sha256", nullable = false, length = 64)
  private String pdfSha256;

  @Column(name = "pdf_bytes", nullable = false)
  private long pdfBytes;

  @Column(name = "pdf_pages", nullable = false)
  private int pdfPages;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "snapshot", nullable = false)
  private String snapshot;

  @Column(name = "snapshot_sha256", nullable = false, length = 64)
  private String snapshotSha256;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 60)
  private String publishedBy;

  @Column(name = "superseded_by_id")
  private Long supersededById;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 60)
  private String withdrawnBy;

  @Column(name = "withdraw_reason", length = REASON_LENGTH)
  private String withdrawReason;

  protected ReportPublication() {}

  /** The facts of a new version; {@code number} follows the scope's last one. */
  public record Draft(
      long studyId,
      Long areaId,
      int number,
      String title,
      String fingerprint,
      int minCellSize,
      String pdfFile,
      String pdfSha256,
      long pdfBytes,
      int pdfPages,
      String snapshot,
      String snapshotSha256) {}

  public ReportPublication(Draft d, String by, Instant at) {
    studyId = d.studyId();
    areaId = d.areaId();
    scope = ReportJob.scopeOf(d.areaId());
    number = d.number();
    status = PublicationStatus.PUBLISHED;
    title = d.title().length() > TITLE_LENGTH ? d.title().substring(0, TITLE_LENGTH) : d.title();
    fingerprint = d.fingerprint();
    minCellSize = d.minCellSize();
    pdfFile = d.pdfFile();
    pdfSha256 = d.pdfSha256();
    pdfBytes = d.pdfBytes();
    pdfPages = d.pdfPages();
    snapshot = d.snapshot();
    snapshotSha256 = d.snapshotSha256();
    publishedBy = by;
    publishedAt = at;
  }

  public void supersededBy(long successorId) {
    if (status == PublicationStatus.PUBLISHED) {
      status = PublicationStatus.SUPERSEDED;
    }
    supersededById = successorId;
  }

  public void withdraw(String reason, String by, Instant at) {
    status = PublicationStatus.WITHDRAWN;
    withdrawReason = reason;
    withdrawnBy = by;
    withdrawnAt = at;
  }

  public boolean isNational() {
    return areaId == null;
  }

  public boolean isWithdrawn() {
    return status == PublicationStatus.WITHDRAWN;
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

  public int getNumber() {
    return number;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public int getMinCellSize() {
    return minCellSize;
  }

  public String getPdfFile() {
    return pdfFile;
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  public long getPdfBytes() {
    return pdfBytes;
  }

  public int getPdfPages() {
    return pdfPages;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public String getSnapshotSha256() {
    return snapshotSha256;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Long getSupersededById() {
    return supersededById;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }
}
