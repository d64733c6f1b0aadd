package nl.wijkzicht.reply.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the visit report for a provider shows (issue 15), gathered by {@code VisitReportService} and
 * drawn by {@link VisitReportRenderer}: the visit's facts, its findings per norm with the
 * provider's remarks and the decisions on them, and the reply as submitted. Labels of ratings are
 * already in the report's language; kinds and outcomes are enum names the renderer words.
 */
public record VisitReport(
    long visitId,
    String providerName,
    String locationName,
    String areaLabel,
    String studyTitle,
    LocalDate visitDate,
    List<String> inspectors,
    String signedOffBy,
    Instant signedOffAt,
    List<Norm> norms,
    Submitted reply,
    Instant madeAt) {

  public VisitReport {
    inspectors = List.copyOf(inspectors);
    norms = List.copyOf(norms);
  }

  /** One norm: its theme, its finding (rating label null: not rated) and the remarks on it. */
  public record Norm(
      String themeCode,
      String themeTitle,
      String code,
      String title,
      String rating,
      String motivation,
      List<Remark> remarks) {
    public Norm {
      remarks = List.copyOf(remarks);
    }
  }

  /**
   * A remark with its decision: {@code outcome} null when none; {@code changes} the finding's
   * changes that accepting it made ("RATING" with labels before/after, "MOTIVATION").
   */
  public record Remark(
      String kind,
      String text,
      List<String> attachments,
      String outcome,
      String reason,
      List<Change> changes) {
    public Remark {
      attachments = List.copyOf(attachments);
      changes = List.copyOf(changes);
    }
  }

  /** One changed field of a finding, rating labels or texts. */
  public record Change(String field, String before, String after) {}

  /** The reply as submitted (null in the report when there was none). */
  public record Submitted(
      Instant submittedAt, String submittedBy, String generalText, List<String> attachments) {
    public Submitted {
      attachments = List.copyOf(attachments);
    }
  }
}
