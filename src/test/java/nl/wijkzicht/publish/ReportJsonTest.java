package nl.wijkzicht.publish;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.publish.control.ReportJson;
import nl.wijkzicht.publish.control.Sha256;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.Suppression;
import org.junit.jupiter.api.Test;

/** The published snapshot: JSON-B round trip and stable bytes (same model, same SHA-256). */
class ReportJsonTest {

  @Test
  void aNationalReportReadBackEqualsTheOriginal() {
    NationalReport report = ReportModels.national();
    String json = ReportJson.write(report);
    assertThat(ReportJson.national(json)).isEqualTo(report);
    NationalReport suppressed = Suppression.national(report);
    assertThat(ReportJson.national(ReportJson.write(suppressed))).isEqualTo(suppressed);
  }

  @Test
  void anAreaReportWithItsDiagramReadBackEqualsTheOriginal() {
    AreaReport report = ReportModels.areaReport(7);
    assertThat(ReportJson.area(ReportJson.write(report))).isEqualTo(report);
    AreaReport small = Suppression.area(ReportModels.areaReport(2));
    assertThat(small.whoDoesWhat()).isNull();
    assertThat(ReportJson.area(ReportJson.write(small))).isEqualTo(small);
  }

  @Test
  void theSameModelGivesTheSameBytesAndHash() {
    String first = ReportJson.write(ReportModels.national());
    String second = ReportJson.write(ReportModels.national());
    assertThat(second).isEqualTo(first);
    assertThat(Sha256.of(second)).isEqualTo(Sha256.of(first)).hasSize(64);
    // Read back and written again: still the same bytes.
    assertThat(ReportJson.write(ReportJson.national(first))).isEqualTo(first);
    assertThat(ReportJson.write(ReportJson.area(ReportJson.write(ReportModels.areaReport(7)))))
        .isEqualTo(ReportJson.write(ReportModels.areaReport(7)));
  }

  @Test
  void numbersDatesAndNullsAreWrittenPlainly() {
    String json = ReportJson.write(ReportModels.national());
    assertThat(json)
        .contains("\"percentage\":66.7")
        .contains("\"percentage\":50.0")
        .contains("\"generatedAt\":\"2026-12-02T10:15:30.123Z\"")
        .contains("\"startsOn\":\"2026-01-01\"")
        .contains("\"levelCode\":null")
        .doesNotContain("\n");
  }
}
