package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;
import nl.wijkzicht.report.control.ReportNumbers;
import nl.wijkzicht.report.control.ReportPdf;
import nl.wijkzicht.report.control.ReportPdf.PdfResult;
import nl.wijkzicht.report.control.ReportTexts;
import nl.wijkzicht.report.control.Suppression;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PDFs made from models the ReportBuilder built from a scored study on MariaDB (not from
 * fixtures): every area and its figures as the model has them, the bookmarks, and the published
 * version without the small cells. Text read back with OpenPDF's extractor (PDFBox is not in the
 * deployment).
 */
@ExtendWith(ArquillianExtension.class)
class ReportPdfIT {

  private static final Locale NL = Locale.forLanguageTag("nl");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ReportBuilder reports;
  @Inject private TestData testData;

  @Test
  void theNationalReportOfAScoredStudyShowsTheModelsFigures() throws IOException {
    Fieldwork f = testData.scored();
    long study = f.study().getId();
    NationalReport report = reports.national(testData.lead(), study, NL);

    List<Integer> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfResult result = ReportPdf.national(report, ReportTexts.of(NL), out, progress::add);

    assertThat(progress).contains(100);
    PdfReader pdf = new PdfReader(out.toByteArray());
    assertThat(pdf.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThan(5);
    String text = text(pdf);
    assertThat(text).contains(report.meta().studyTitle()).doesNotContain("???");
    for (AreaRow row : report.areas()) {
      assertThat(text).contains(row.label());
      shown(text, row.overall());
      row.themes().forEach(t -> shown(text, t));
    }
    assertThat(bookmarks(pdf)).contains("Kaart", "Alle gebieden naast elkaar", "Verantwoording");

    NationalReport published = Suppression.national(report);
    ByteArrayOutputStream pub = new ByteArrayOutputStream();
    ReportPdf.national(published, ReportTexts.of(NL), pub, p -> {});
    String publicText = text(new PdfReader(pub.toByteArray()));
    for (AreaRow row : report.areas()) {
      if (row.overall().smallCell() && row.overall().percentage() != null) {
        assertThat(publicText).contains("kleine aantallen (minder dan");
      }
    }
  }

  @Test
  void theAreaReportOfAScoredStudyShowsEveryThemeAndItsFigure() throws IOException {
    Fieldwork f = testData.scored();
    long study = f.study().getId();
    AreaReport report = reports.area(testData.lead(), study, f.area("GM0321"), NL);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfResult result = ReportPdf.area(report, ReportTexts.of(NL), "Versie 1", out);

    PdfReader pdf = new PdfReader(out.toByteArray());
    assertThat(pdf.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThan(3);
    String text = text(pdf);
    assertThat(text).contains(report.area().label()).contains("Versie 1").doesNotContain("???");
    shown(text, report.area().overall());
    for (ThemeSection section : report.sections()) {
      assertThat(text).contains(section.theme().title());
      shown(text, section.figure());
    }
    assertThat(bookmarks(pdf)).contains("Uitkomsten per thema", "Conclusies", "Verantwoording");
  }

  private static void shown(String text, Figure figure) {
    if (figure.suppressed() || !figure.hasResult()) {
      return;
    }
    assertThat(text).contains(figure.levelLabel());
    if (figure.percentage() != null) {
      assertThat(text).contains(ReportNumbers.percent(figure.percentage(), NL));
    }
  }

  private static String text(PdfReader pdf) throws IOException {
    PdfTextExtractor extractor = new PdfTextExtractor(pdf);
    StringBuilder text = new StringBuilder();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      text.append(extractor.getTextFromPage(p)).append('\n');
    }
    return text.toString();
  }

  private static List<String> bookmarks(PdfReader pdf) {
    List<String> titles = new ArrayList<>();
    List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(pdf);
    if (outline != null) {
      outline.forEach(b -> titles.add(String.valueOf(b.get("Title"))));
    }
    return titles;
  }
}
