package nl.wijkzicht.reply.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.reply.entity.ReplyReopening;
import nl.wijkzicht.reply.entity.ReplyStatus;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * What the reply pages show, as plain records built inside the service's transaction: a provider
 * page can only show what is in them (never an interview, a pseudonym or evidence not marked
 * shareable), and nothing is loaded lazily while the page renders.
 */
public final class ReplyViews {

  private ReplyViews() {}

  /** One visit in the provider's list. */
  public record VisitRow(
      long id,
      LocalDate date,
      String area,
      String providerName,
      String locationName,
      VisitStatus status,
      LocalDate deadline,
      int workingDaysLeft,
      boolean deadlinePassed,
      ReplyStatus replyStatus)
      implements Serializable {

    /** Whether the provider can still write or submit its reply. */
    public boolean isOpen() {
      return status == VisitStatus.SENT_FOR_REPLY
          && !deadlinePassed
          && replyStatus != ReplyStatus.SUBMITTED;
    }
  }

  /** A piece of evidence the inspector shared: its kind and text (an answer only as its quote). */
  public record SharedEvidence(EvidenceKind kind, String text) implements Serializable {}

  /** One finding of the visit as the provider reads it. */
  public record FindingRow(
      long id,
      FrameworkTheme theme,
      FrameworkNorm norm,
      FrameworkRatingLevel rating,
      String motivation,
      List<SharedEvidence> evidence)
      implements Serializable {}

  /** One attached file (never its stored name). */
  public record AttachmentRow(
      long id, Long remarkId, String name, String contentType, long size, String sha256)
      implements Serializable {}

  /** One remark with its attachments. */
  public record RemarkRow(
      long id,
      long findingId,
      String normCode,
      RemarkKind kind,
      String text,
      List<AttachmentRow> attachments)
      implements Serializable {}

  /** The reply as it stands. */
  public record ReplyData(
      long id,
      long version,
      String providerName,
      ReplyStatus status,
      String generalText,
      Instant updatedAt,
      String updatedBy,
      Instant submittedAt,
      String submittedBy,
      List<RemarkRow> remarks,
      List<AttachmentRow> attachments)
      implements Serializable {

    public boolean isSubmitted() {
      return status == ReplyStatus.SUBMITTED;
    }

    /** The remarks on one finding. */
    public List<RemarkRow> remarksOn(long findingId) {
      return remarks.stream().filter(r -> r.findingId() == findingId).toList();
    }
  }

  /**
   * A visit's reply page: the visit, its findings with shared evidence, the deadline, the reply so
   * far (null: none yet), and for staff the reopenings.
   */
  public record ReplyPage(
      long visitId,
      long visitVersion,
      String studyTitle,
      String providerName,
      String locationName,
      String area,
      LocalDate date,
      VisitStatus status,
      LocalDate deadline,
      int workingDaysLeft,
      boolean deadlinePassed,
      List<FindingRow> findings,
      ReplyData reply,
      List<ReplyReopening> reopenings)
      implements Serializable {

    /** Whether replying is open now: sent for reply, deadline not passed, not yet submitted. */
    public boolean isOpen() {
      return status == VisitStatus.SENT_FOR_REPLY
          && !deadlinePassed
          && (reply == null || !reply.isSubmitted());
    }

    /** The remarks on one finding (none without a reply). */
    public List<RemarkRow> remarksOn(long findingId) {
      return reply == null ? List.of() : reply.remarksOn(findingId);
    }

    /** The same page with the reply as a write left it. */
    public ReplyPage withReply(ReplyData changed) {
      return new ReplyPage(
          visitId,
          visitVersion,
          studyTitle,
          providerName,
          locationName,
          area,
          date,
          status,
          deadline,
          workingDaysLeft,
          deadlinePassed,
          findings,
          changed,
          reopenings);
    }

    /** The findings that have remarks (for the staff's view of a reply). */
    public List<FindingRow> findingsWithRemarks() {
      return findings.stream().filter(f -> !remarksOn(f.id()).isEmpty()).toList();
    }
  }

  /** What a download needs: where the file is and how to name it. */
  public record Download(String storedName, String name, String contentType, long size)
      implements Serializable {}
}
