package nl.wijkzicht.publish.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.wijkzicht.publish.entity.PublicationStatus;

/** A publication without its snapshot, for lists (coordinator's page, public pages). */
public record PublicationRow(
    Long id,
    long studyId,
    Long areaId,
    String scope,
    int number,
    PublicationStatus status,
    String title,
    Instant publishedAt,
    String publishedBy,
    Long supersededById,
    Instant withdrawnAt,
    String withdrawReason,
    long pdfBytes,
    int pdfPages)
    implements Serializable {

  /** The JPQL select list of this record over {@code ReportPublication p}. */
  static final String SELECT =
      "SELECT NEW nl.wijkzicht.publish.boundary.PublicationRow(p.id, p.studyId, p.areaId,"
          + " p.scope, p.number, p.status, p.title, p.publishedAt, p.publishedBy,"
          + " p.supersededById, p.withdrawnAt, p.withdrawReason, p.pdfBytes, p.pdfPages)"
          + " FROM ReportPublication p";

  public boolean isNational() {
    return areaId == null;
  }

  public boolean isCurrent() {
    return status == PublicationStatus.PUBLISHED;
  }

  public boolean isWithdrawn() {
    return status == PublicationStatus.WITHDRAWN;
  }

  public boolean isSuperseded() {
    return status == PublicationStatus.SUPERSEDED;
  }

  /** PDF size in kB, for lists. */
  public long kilobytes() {
    return Math.max(1, pdfBytes / 1024);
  }
}
