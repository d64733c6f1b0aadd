package nl.wijkzicht.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.report.ReportPages;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Published reports over HTTP without a login (issue 16): the public index, study and version
 * pages, the PDF (immutable, ETag = SHA-256) and the open data are reachable anonymously; a small
 * cell is suppressed in the HTML, the PDF text, the CSV and the JSON; a later change alters none of
 * them; withdrawn → notice and PDF 404; a damaged PDF is not served; unknown, malformed or
 * unpublished → 404 and logged; a job's internal PDF is not for anonymous readers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishWebIT {

  private static final Pattern MADE =
      Pattern.compile("study=(\\d+) area=(\\d+) visit=(\\d+) finding=(\\d+)");
  private static final Pattern PUBLISHED = Pattern.compile("publication=(\\d+)");

  /** Houten's result when shown: every norm "voldoet", 100,0 % (100.0 in the stand-ins). */
  private static final String HUNDRED = "100[.,]0";

  record Made(long study, long area, long finding) {}

  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(PublishTestSupportServlet.class, PublishTestSupportServlet.Counter.class);
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  void anAnonymousReaderFindsThePublishedReportsWithSmallCellsSuppressedEverywhere()
      throws Exception {
    Made made = made(5); // Houten rests on one provider: a small cell
    long national = publish(made.study(), null);
    long area = publish(made.study(), made.area());
    Browser anonymous = new Browser(uri());

    String start = anonymous.get("").body();
    assertThat(start).contains("public/index.xhtml");
    String login = anonymous.get("login.xhtml").body();
    assertThat(login).contains("Gepubliceerde rapporten");
    HttpResponse<String> index = anonymous.get("public/index.xhtml");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("public/study.xhtml?study=" + made.study());

    HttpResponse<String> study = anonymous.get("public/study.xhtml?study=" + made.study());
    assertThat(study.statusCode()).isEqualTo(200);
    assertThat(study.body())
        .contains("Landelijke vergelijking")
        .contains("Houten")
        .contains("kleine aantallen")
        .contains("public/report?publication=" + national)
        .contains("public/area.xhtml?publication=" + area)
        .doesNotContain("menuStudies");
    HttpResponse<String> areaPage = anonymous.get("public/area.xhtml?publication=" + area);
    assertThat(areaPage.statusCode()).isEqualTo(200);
    assertThat(areaPage.body()).contains("Houten").contains("kleine aantallen");
    assertThat(areaPage.body()).doesNotContainPattern(HUNDRED);

    HttpResponse<byte[]> pdf = anonymous.download("public/report?publication=" + area);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    assertThat(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(uri().resolve("public/report?publication=" + area))
                        .header("If-None-Match", etag)
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(304);
    String pdfText = text(pdf.body());
    assertThat(pdfText).contains("Houten").contains("kleine aantallen");
    assertThat(pdfText).doesNotContainPattern(HUNDRED);

    HttpResponse<byte[]> csv =
        anonymous.download("public/data?publication=" + national + "&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(csvText)
        .startsWith("\uFEFF#")
        .contains("CC BY 4.0")
        .contains("GM0321;GM0321;Houten;Utrecht;totaal;Alle thema's;;;;;;;;;;;;;true");
    HttpResponse<byte[]> json =
        anonymous.download("public/data?publication=" + national + "&format=json");
    assertThat(json.statusCode()).isEqualTo(200);
    var doc =
        jakarta.json.Json.createReader(
                new StringReader(new String(json.body(), StandardCharsets.UTF_8)))
            .readObject();
    assertThat(doc.getString("licence")).isEqualTo("CC BY 4.0");
    var houten =
        doc.getJsonArray("areaResults").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("areaCode").equals("GM0321"))
            .toList();
    assertThat(houten).isNotEmpty().allMatch(o -> o.getBoolean("suppressed"));
    assertThat(houten).allMatch(o -> o.isNull("percentage"));
  }

  /**
   * One small study, one set of numbers: Houten's level and percentage for the study and for each
   * theme are the same on the dashboard, the internal web report, the published area page, in the
   * text of the published national and area PDFs and in the open-data CSV (minimum cell size 1; the
   * norms rated along the scale, so every theme has its own figure).
   */
  @Test
  void theDashboardTheReportsThePdfsAndTheOpenDataShowTheSameNumbers() throws Exception {
    Made made = made(1, true);
    Browser lead = new Browser(uri());
    assertThat(lead.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD).statusCode())
        .isEqualTo(302);
    List<String> dashboard =
        ReportPages.dashboardRow(
            lead.get("study/scores.xhtml?study=" + made.study()).body(), made.study(), made.area());
    assertThat(dashboard).hasSizeGreaterThan(3);
    // Rated along the scale: the themes differ, so a column mixed up would show.
    assertThat(dashboard.stream().skip(1).distinct().count()).isGreaterThan(2);
    assertThat(dashboard).noneMatch(cell -> cell.endsWith("| "));
    List<String> internal =
        new ArrayList<>(
            ReportPages.reportRow(
                    lead.get("study/report.xhtml?study=" + made.study()).body(), made.area())
                .values());
    assertThat(internal).isEqualTo(dashboard);

    long national = publish(made.study(), null);
    long area = publish(made.study(), made.area());
    Browser anonymous = new Browser(uri());
    List<String> published =
        new ArrayList<>(
            ReportPages.reportRow(
                    anonymous.get("public/area.xhtml?publication=" + area).body(), made.area())
                .values());
    assertThat(published).isEqualTo(dashboard);
    assertThat(
            csvRows(
                anonymous.download("public/data?publication=" + national + "&format=csv").body(),
                "GM0321"))
        .isEqualTo(dashboard);
    assertThat(
            csvRows(
                anonymous.download("public/data?publication=" + area + "&format=csv").body(),
                "GM0321"))
        .isEqualTo(dashboard);

    String nationalPdf = text(anonymous.download("public/report?publication=" + national).body());
    String areaPdf = text(anonymous.download("public/report?publication=" + area).body());
    // The area PDF: the area's result, then the theme table, each "level · percentage".
    assertThat(pdfCells(areaPdf, "(" + LEVEL + ") · (\\d+,\\d) %", 1, 2, dashboard.size()))
        .isEqualTo(dashboard);
    // The national PDF: Houten's row of the areas table, "percentage level" per column.
    String houten = nationalPdf.substring(nationalPdf.indexOf("Houten  GM0321"));
    assertThat(pdfCells(houten, "(\\d+,\\d) %\\s+(" + LEVEL + ")", 2, 1, dashboard.size()))
        .isEqualTo(dashboard);
  }

  /** A level of the framework's scale as the PDFs write it. */
  private static final String LEVEL = "Voldoet(?: grotendeels)?(?: niet)?";

  /** The first {@code n} "level | percentage" cells a pattern finds in a PDF's text. */
  private static List<String> pdfCells(String text, String regex, int level, int percent, int n) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> cells = new ArrayList<>();
    while (cells.size() < n && m.find()) {
      cells.add(m.group(level) + " | " + m.group(percent).replace(',', '.'));
    }
    return cells;
  }

  @Test
  void withMinimumOneTheFiguresArePublishedAndALaterChangeDoesNotAlterThem() throws Exception {
    Made made = made(1);
    long v1 = publish(made.study(), made.area());
    Browser anonymous = new Browser(uri());
    byte[] pdfBefore = anonymous.download("public/report?publication=" + v1).body();
    byte[] csvBefore = anonymous.download("public/data?publication=" + v1 + "&format=csv").body();
    String pageBefore = anonymous.get("public/area.xhtml?publication=" + v1).body();
    assertThat(new String(csvBefore, StandardCharsets.UTF_8))
        .contains("GM0321;GM0321;Houten;Utrecht;totaal;Alle thema's;voldoet;Voldoet;100,0;");
    assertThat(text(pdfBefore)).containsPattern(HUNDRED);
    assertThat(pageBefore).containsPattern(HUNDRED);

    support("op=change&finding=" + made.finding());

    assertThat(anonymous.download("public/report?publication=" + v1).body()).isEqualTo(pdfBefore);
    assertThat(anonymous.download("public/data?publication=" + v1 + "&format=csv").body())
        .isEqualTo(csvBefore);
    assertThat(anonymous.get("public/area.xhtml?publication=" + v1).body())
        .containsPattern(HUNDRED);

    long v2 = publish(made.study(), made.area());
    String oldPage = anonymous.get("public/area.xhtml?publication=" + v1).body();
    assertThat(oldPage).contains("Vervangen door versie 2.");
    String studyPage = anonymous.get("public/study.xhtml?study=" + made.study()).body();
    assertThat(studyPage).contains("Vervangen door versie 2.");
    assertThat(anonymous.download("public/report?publication=" + v1).statusCode()).isEqualTo(200);
    assertThat(anonymous.download("public/report?publication=" + v2).statusCode()).isEqualTo(200);
  }

  @Test
  void withdrawnDamagedAndUnpublishedMaterialIsNotServed() throws Exception {
    Made made = made(5);
    long p = publish(made.study(), made.area());
    Browser anonymous = new Browser(uri());

    support("op=tamper&publication=" + p);
    HttpResponse<byte[]> damaged = anonymous.download("public/report?publication=" + p);
    assertThat(damaged.statusCode()).isEqualTo(500);
    assertThat(damaged.headers().firstValue("Content-Type").orElse("")).doesNotContain("pdf");
    assertThat(new String(damaged.body(), StandardCharsets.UTF_8)).contains("beschadigd");
    assertThat(support("op=logged&type=ReportPublication&id=" + p)).isNotEqualTo("0");

    support("op=withdraw&publication=" + p + "&reason=Rekenfout+in+thema+2+ontdekt.");
    HttpResponse<String> notice = anonymous.get("public/area.xhtml?publication=" + p);
    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.body())
        .contains("Deze versie is ingetrokken.")
        .contains("Rekenfout in thema 2 ontdekt.");
    assertThat(anonymous.download("public/report?publication=" + p).statusCode()).isEqualTo(404);
    assertThat(anonymous.download("public/data?publication=" + p + "&format=json").statusCode())
        .isEqualTo(404);

    for (String path :
        new String[] {
          "public/report?publication=999999999",
          "public/report?publication=abc",
          "public/report",
          "public/data?publication=999999999&format=csv",
          "public/data?publication=" + p + "&format=xml",
          "report/job?id=1"
        }) {
      assertThat(anonymous.download(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(anonymous.get("public/area.xhtml?publication=999999999").statusCode())
        .isEqualTo(404);
    Made unpublished = made(5);
    assertThat(anonymous.get("public/study.xhtml?study=" + unpublished.study()).statusCode())
        .isEqualTo(404);
    assertThat(support("op=logged&type=Study&id=" + unpublished.study())).isEqualTo("1");
    assertThat(support("op=logged&type=ReportPublication&id=999999999")).isNotEqualTo("0");
  }

  @Test
  void theCoordinatorsPageListsTheScopesAndOthersAreRefused() throws Exception {
    Made made = made(5);
    publish(made.study(), null);
    Browser coordinator = new Browser(uri());
    assertThat(coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD).statusCode())
        .isEqualTo(302);
    HttpResponse<String> page = coordinator.get("study/publish.xhtml?study=" + made.study());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Landelijke vergelijking")
        .contains("Actueel: versie 1")
        .contains("Houten")
        .contains("Tiel")
        .contains("Publiceren");
    long open = nl.wijkzicht.testsupport.TestSupportClient.scored(uri()).study();
    HttpResponse<String> refused = coordinator.get("study/publish.xhtml?study=" + open);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Nog niet te publiceren").contains("nog niet definitief");
    Browser inspector = new Browser(uri());
    inspector.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
    assertThat(inspector.get("study/publish.xhtml?study=" + made.study()).statusCode())
        .isEqualTo(403);
    assertThat(new Browser(uri()).get("study/publish.xhtml?study=" + made.study()).statusCode())
        .isEqualTo(302);
  }

  private Made made(int min) {
    return made(min, false);
  }

  private Made made(int min, boolean mixed) {
    String answer = support("op=publishable&min=" + min + (mixed ? "&mixed=true" : ""));
    Matcher m = MADE.matcher(answer);
    assertThat(m.find()).as(answer).isTrue();
    return new Made(
        Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(4)));
  }

  private long publish(long study, Long area) {
    String answer = support("op=publish&study=" + study + (area == null ? "" : "&area=" + area));
    Matcher m = PUBLISHED.matcher(answer);
    assertThat(m.find()).as(answer).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private String support(String query) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri().resolve("test-support/publish?" + query))
                  .timeout(Duration.ofSeconds(180))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One area's rows of the open-data CSV, as "level | percentage" (study first, then themes). */
  private static List<String> csvRows(byte[] csv, String areaCode) throws Exception {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord r : parser) {
        if (r.get("gebiedscode").equals(areaCode)) {
          rows.add(r.get("niveau") + " | " + r.get("percentage").replace(',', '.'));
        }
      }
    }
    return rows;
  }
}
