package nl.wijkzicht.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.publish.control.OpenData;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.Suppression;
import org.junit.jupiter.api.Test;

/** Open data from a published snapshot: CSV for Dutch spreadsheets, JSON, licence, suppression. */
class OpenDataTest {

  private static final OpenData.Source SOURCE =
      new OpenData.Source(
          "Onderzoek =2026",
          3,
          Instant.parse("2026-12-02T10:00:00Z"),
          "/public/data?publication=9",
          5);

  private static OpenData.Data data() {
    NationalReport r = Suppression.national(ReportModels.national());
    return new OpenData.Data(r.themes(), r.areas(), r.survey());
  }

  @Test
  void csvHasBomCommentsWithLicenceAndSourceSemicolonsAndDecimalCommas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenData.areasCsv(SOURCE, data(), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF# Wijkzicht open data");
    List<String> lines = csv.substring(1).lines().toList();
    assertThat(lines.stream().filter(l -> l.startsWith("# ")))
        .anyMatch(l -> l.contains("CC BY 4.0"))
        .anyMatch(l -> l.contains("Inspectie Gezondheidszorg en Jeugd / Wijkzicht"))
        .anyMatch(l -> l.contains("Onderzoek =2026, versie 3, gepubliceerd 02-12-2026"))
        .anyMatch(l -> l.contains("/public/data?publication=9"));
    String header = lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    assertThat(header).startsWith("gebiedscode;gemeentecode;gebied;").endsWith(";onderdrukt");
    assertThat(csv)
        .contains(
            "GM0344;GM0344;Utrecht;Utrecht;totaal;Alle thema's;voldoet;Voldoet;66,7;8;10;80;12;1;3;2;4;7;false")
        .contains("GM0344;GM0344;Utrecht;Utrecht;T1;Samenwerking;voldoet;Voldoet;50,0;");
    // Formula injection defused, small cells suppressed with empty values.
    assertThat(csv)
        .contains("WK034403;GM0344;'=Overvecht;Utrecht;totaal;Alle thema's;;;;;;;;;;;;;true")
        .contains(";T2;'=Informatie;");
  }

  @Test
  void surveyCsvSuppressesSmallGroups() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenData.surveyCsv(SOURCE, data(), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Q1;Hoe vaak overlegt u?;Netwerk;Wijk;12;Wekelijks;9;75;false")
        .contains("Q1;Hoe vaak overlegt u?;Netwerk;'+Klein;;Wekelijks;;;true");
  }

  @Test
  void jsonNamesLicenceAndSourceAndMarksSuppressedFigures() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenData.json(SOURCE, data(), out);
    JsonObject doc =
        Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    assertThat(doc.getString("licence")).isEqualTo("CC BY 4.0");
    assertThat(doc.getString("source")).contains("Wijkzicht");
    assertThat(doc.getInt("version")).isEqualTo(3);
    assertThat(doc.getString("url")).isEqualTo("/public/data?publication=9");
    var rows = doc.getJsonArray("areaResults");
    assertThat(rows).hasSize(6);
    JsonObject utrecht = rows.getJsonObject(0);
    assertThat(utrecht.getString("themeCode")).isEqualTo("totaal");
    assertThat(utrecht.getJsonNumber("percentage").bigDecimalValue()).isEqualByComparingTo("66.7");
    assertThat(utrecht.getJsonObject("basis").getInt("providers")).isEqualTo(7);
    assertThat(utrecht.getBoolean("suppressed")).isFalse();
    JsonObject small = rows.getJsonObject(3);
    assertThat(small.getString("areaCode")).isEqualTo("WK034403");
    assertThat(small.getBoolean("suppressed")).isTrue();
    assertThat(small.isNull("percentage")).isTrue();
    assertThat(small.isNull("levelCode")).isTrue();
    assertThat(small.isNull("basis")).isTrue();
    var table = doc.getJsonArray("surveyTables").getJsonObject(0);
    assertThat(table.getJsonArray("rows").getJsonObject(1).getBoolean("suppressed")).isTrue();
    assertThat(table.getJsonArray("rows").getJsonObject(1).isNull("respondents")).isTrue();
  }
}
