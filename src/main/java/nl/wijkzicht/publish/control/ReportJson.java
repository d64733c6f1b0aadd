package nl.wijkzicht.publish.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;

/**
 * The snapshot of a published report: the report model as JSON (JSON-B). Stable: the same model
 * gives the same bytes (properties in lexicographic order, nulls written, no formatting), so its
 * SHA-256 identifies the figures; read back it equals the model it was written from. Public pages,
 * the published PDF and the open data are all made from this snapshot.
 */
public final class ReportJson {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(true)
              .withFormatting(false)
              .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

  private ReportJson() {}

  public static String write(NationalReport report) {
    return JSONB.toJson(report);
  }

  public static String write(AreaReport report) {
    return JSONB.toJson(report);
  }

  public static NationalReport national(String json) {
    return JSONB.fromJson(json, NationalReport.class);
  }

  public static AreaReport area(String json) {
    return JSONB.fromJson(json, AreaReport.class);
  }
}
