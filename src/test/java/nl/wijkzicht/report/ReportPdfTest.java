package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.Meta;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportPdf;
import nl.wijkzicht.report.control.ReportPdf.PdfResult;
import nl.wijkzicht.report.control.ReportTexts;
import nl.wijkzicht.report.control.Suppression;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The report PDFs read back with PDFBox: text, contents page numbers, bookmarks, metadata. */
class ReportPdfTest {

  private static final Logger LOG = Logger.getLogger(ReportPdfTest.class.getName());
  private static final ReportTexts DUTCH = ReportTexts.of(Locale.forLanguageTag("nl"));

  @Test
  void theAreaReportShowsItsFiguresContentsBookmarksAndMetadata() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfResult result =
        ReportPdf.area(ReportFixtures.area(), DUTCH, "Versie 2, 2 december 2026", out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(result.pages()).isGreaterThan(4).isEqualTo(pdf.getNumberOfPages());
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Inzichten per gebied – Utrecht");
      assertThat(pdf.getDocumentInformation().getAuthor())
          .isEqualTo("Inspectie Gezondheidszorg en Jeugd");
      assertThat(pdf.getDocumentInformation().getSubject())
          .isEqualTo("Onderzoek ouderenzorg in de wijk 2026");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");

      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("Versie 2, 2 december 2026")
          .contains("Toetsingskader ouderenzorg thuis, versie 2.1")
          .contains("Voldoet grotendeels · 72,5 %")
          .contains("Voldoet grotendeels niet · 55,0 %")
          .contains("Voldoet niet · 38,4 %")
          .contains("72,5 % ligt in de band 60–80 % (Voldoet grotendeels)")
          .contains("3 van 4 normen beoordeeld (75 %)")
          .contains("Sterkste normen")
          .contains("Signalen worden binnen een week besproken")
          .contains("We bellen elkaar gewoon als er iets is, dat werkt.")
          .contains("<b>niet vet</b>")
          .contains("Wie doet wat in Utrecht")
          .contains("Zorgnetwerk tracer T-05")
          .contains("6 zorgaanbieders zijn om een reactie gevraagd; 5 reageerden")
          .contains("Let op: <script>alert('x')</script> is gewoon tekst.")
          .contains("Gewogen percentage met drempels")
          .contains("sha256:3f5c0a9e1b7d")
          .contains("pagina 2 van " + result.pages());
      // MV rests on 3 providers: internal, shown and marked with its footnote.
      assertThat(text)
          .contains("Voldoet · 81,3 %¹")
          .contains("¹ kleine aantallen (minder dan 5 zorgaanbieders): intern getoond");
      assertThat(text).doesNotContain("???");
      assertThat(bold(pdf)).contains("overleggen wekelijks").doesNotContain("ook met de POH");

      assertContentsMatchPages(pdf);
      List<String> top = titles(pdf.getDocumentCatalog().getDocumentOutline().children());
      assertThat(top)
          .containsExactly(
              "Uitkomst van het gebied",
              "Uitkomsten per thema",
              "Samenwerking in het gebied",
              "Reacties van zorgaanbieders",
              "Conclusies",
              "Verantwoording");
      assertThat(titles(child(pdf, "Uitkomsten per thema").children()))
          .containsExactly(
              "SA  Samenwerking in de wijk",
              "VS  Vroegsignalering",
              "CM  Casemanagement en coördinatie",
              "MV  Medicatieveiligheid",
              "MZ  Ondersteuning mantelzorg");
    }
  }

  @Test
  void aPublishedAreaReportLeavesSmallCellsOutAndMarksThem() throws Exception {
    AreaReport published = Suppression.area(ReportFixtures.area());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.area(published, DUTCH, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("— kleine aantallen (minder dan 5 zorgaanbieders)")
          .contains("Openbaar (kleine aantallen weggelaten)")
          .doesNotContain("81,3")
          .doesNotContain("Zorgnetwerk tracer")
          .contains("Voldoet grotendeels · 72,5 %");
      assertContentsMatchPages(pdf);
    }
  }

  @Test
  void inEnglishTheWordsAndTheDocumentLanguageAreEnglish() throws Exception {
    AreaReport report = ReportFixtures.area();
    Meta m = report.meta();
    Meta english =
        new Meta(
            m.studyId(),
            m.studyTitle(),
            m.frameworkTitle(),
            m.frameworkVersion(),
            m.rule(),
            m.levels(),
            m.bands(),
            m.startsOn(),
            m.endsOn(),
            "en",
            m.minCellSize(),
            m.suppressed(),
            m.fingerprint(),
            m.generatedAt());
    AreaReport inEnglish =
        new AreaReport(
            english,
            report.themes(),
            report.area(),
            report.sections(),
            report.quotes(),
            report.whoDoesWhat(),
            report.tracerNetworks(),
            report.replies(),
            report.conclusions());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.area(inEnglish, ReportTexts.of(Locale.ENGLISH), out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Insights per area – Utrecht");
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("Contents")
          .contains("page 2 of")
          .contains("72.5 %")
          .contains("3 of 4 norms assessed")
          .doesNotContain("???");
      assertContentsMatchPages(pdf);
    }
  }

  @Test
  void theNationalReportOver342AreasHasTheMapChartsAndTheWholeTable() throws Exception {
    NationalReport report = ReportFixtures.national(342);
    List<Integer> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long start = System.nanoTime();
    PdfResult result = ReportPdf.national(report, DUTCH, out, progress::add);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    LOG.info(
        () ->
            String.format(
                "national PDF, 342 areas: %d pages, %d kB, %d ms (first run, cold)",
                result.pages(), out.size() / 1024, took.toMillis()));

    assertThat(progress).isSortedAccordingTo(Integer::compare).last().isEqualTo(100);
    assertThat(progress.size()).isGreaterThan(20);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(result.pages()).isEqualTo(pdf.getNumberOfPages()).isGreaterThan(15);
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Landelijk beeld – Vergelijking van 342 gebieden");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("Niet in het onderzoek of geen oordeel")
          .containsPattern("Voldoet niet \\d+ gebieden")
          .contains("kleine aantallen (minder dan 5 zorgaanbieders)")
          .contains("Er is een casemanager voor elke oudere met complexe zorg")
          .contains("34,8 %")
          .contains("Weet u wie uw zorg coördineert?")
          .contains("Let op: <script>alert('x')</script> is gewoon tekst.")
          .doesNotContain("???")
          // The charts' level labels are whole: "grotendeels niet" cut short reads as
          // "grotendeels".
          .doesNotContain("grotendee...")
          .doesNotContain("grotendee…");
      for (String[] m : ReportFixtures.municipalities().subList(0, 340)) {
        assertThat(text).contains(m[1].replace("(gemeente)", "").trim());
      }
      assertThat(text).contains("WK" + report.areas().get(341).code().substring(2));
      // The area table's header row repeats on every page of the table.
      int tablePages = 0;
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        String page = text(pdf, p, p);
        if (page.contains("GM0")) {
          tablePages++;
          assertThat(page).as("page %d", p).contains("Gebied").contains("Provincie");
        }
      }
      assertThat(tablePages).isGreaterThan(5);
      assertContentsMatchPages(pdf);
      assertThat(titles(child(pdf, "Uitkomsten per thema").children())).hasSize(5);
      assertThat(titles(pdf.getDocumentCatalog().getDocumentOutline().children()))
          .contains(
              "Kaart",
              "Alle gebieden naast elkaar",
              "Regio's",
              "Gemeenschappelijke knelpunten",
              "Vragenlijst",
              "Conclusies",
              "Verantwoording");
      assertNoBitmaps(pdf);
    }
  }

  @Test
  void aPublishedNationalReportShowsDashesForSmallCells() throws Exception {
    NationalReport published = Suppression.national(ReportFixtures.national(60));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.national(published, DUTCH, out, p -> {});

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("— kleine aantallen (minder dan 5 zorgaanbieders)")
          .contains("— kleine aantallen (minder dan 5 respondenten)")
          .doesNotContain("¹ kleine aantallen");
      assertContentsMatchPages(pdf);
    }
  }

  @Test
  void aSurveyStudyWithoutLevelsOrBandsStillMakesACompleteReport() throws Exception {
    NationalReport full = ReportFixtures.national(40);
    Meta m = full.meta();
    Meta survey =
        new Meta(
            m.studyId(),
            m.studyTitle(),
            m.frameworkTitle(),
            m.frameworkVersion(),
            "Regel: aantallen per antwoord.",
            List.of(),
            List.of(),
            null,
            null,
            "nl",
            m.minCellSize(),
            false,
            m.fingerprint(),
            m.generatedAt());
    var empty = ReportFixtures.noResult();
    var areas =
        full.areas().stream()
            .map(
                a ->
                    new nl.wijkzicht.report.control.ReportModel.AreaRow(
                        a.areaId(),
                        a.code(),
                        a.municipalityCode(),
                        a.label(),
                        null,
                        empty,
                        a.themes().stream().map(t -> empty).toList()))
            .toList();
    NationalReport report =
        new NationalReport(
            survey,
            full.themes(),
            new nl.wijkzicht.report.control.ReportModel.RegionRow(
                "study",
                "Nederland",
                "STUDY",
                40,
                empty,
                full.themes().stream().map(t -> empty).toList()),
            areas,
            List.of(),
            List.of(),
            full.survey(),
            "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.national(report, DUTCH, out, p -> {});

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("Geen oordeel")
          .contains("Weet u wie uw zorg coördineert?")
          .contains("Regel: aantallen per antwoord.")
          .contains("De coördinator heeft (nog) geen conclusies vastgelegd.")
          .doesNotContain("???");
      assertContentsMatchPages(pdf);
    }
  }

  @Test
  void textsComeFromTheBundleInTheirLanguageWithArguments() {
    assertThat(DUTCH.text("report.pdf.map.count", 1)).isEqualTo("1 gebied");
    assertThat(DUTCH.text("report.pdf.map.count", 1234)).isEqualTo("1.234 gebieden");
    assertThat(DUTCH.text("report.pdf.regions")).isEqualTo("Regio's");
    assertThat(DUTCH.text("report.pdf.national.scope", 2, 3))
        .isEqualTo("Het onderzoek omvat 2 gebieden in 3 regio's.");
    ReportTexts english = ReportTexts.of(Locale.ENGLISH);
    assertThat(english.text("report.pdf.map.count", 1)).isEqualTo("1 area");
    assertThat(english.locale().toLanguageTag()).isEqualTo("en-GB");
    assertThat(ReportTexts.of(null).locale().toLanguageTag()).isEqualTo("nl-NL");
  }

  // --- helpers ---

  static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf);
  }

  /** The text drawn in a bold font. */
  static String bold(PDDocument pdf) throws IOException {
    StringBuilder bold = new StringBuilder();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              if (p.getFont().getName() != null && p.getFont().getName().contains("Bold")) {
                bold.append(p.getUnicode());
              }
            }
            bold.append(' ');
          }
        };
    stripper.getText(pdf);
    return bold.toString();
  }

  /**
   * Every bookmark leads to the page where its heading is, and the contents (page 2) give that
   * page's number for it.
   */
  static void assertContentsMatchPages(PDDocument pdf) throws IOException {
    String contents = text(pdf, 2, 2);
    List<PDOutlineItem> items = new ArrayList<>();
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      items.add(item);
      item.children().forEach(items::add);
    }
    assertThat(items).isNotEmpty();
    for (PDOutlineItem item : items) {
      PDPage page = item.findDestinationPage(pdf);
      int number = pdf.getPages().indexOf(page) + 1;
      assertThat(text(pdf, number, number)).as(item.getTitle()).contains(item.getTitle());
      Matcher line =
          Pattern.compile("(?m)^" + Pattern.quote(item.getTitle()) + " (\\d+)$").matcher(contents);
      assertThat(line.find()).as("contents line of %s in%n%s", item.getTitle(), contents).isTrue();
      assertThat(Integer.parseInt(line.group(1))).as(item.getTitle()).isEqualTo(number);
    }
  }

  static void assertNoBitmaps(PDDocument pdf) throws IOException {
    for (PDPage page : pdf.getPages()) {
      assertNoImages(page.getResources());
    }
  }

  private static void assertNoImages(PDResources resources) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      assertThat(x).isNotInstanceOf(PDImageXObject.class);
      if (x instanceof PDFormXObject form) {
        assertNoImages(form.getResources());
      }
    }
  }

  private static List<String> titles(Iterable<PDOutlineItem> items) {
    List<String> titles = new ArrayList<>();
    items.forEach(i -> titles.add(i.getTitle()));
    return titles;
  }

  private static PDOutlineItem child(PDDocument pdf, String title) {
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      if (item.getTitle().equals(title)) {
        return item;
      }
    }
    throw new AssertionError("no bookmark " + title);
  }
}
