package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.reply.control.VisitReport;
import nl.wijkzicht.reply.control.VisitReportRenderer;
import org.junit.jupiter.api.Test;

class VisitReportRendererTest {

  static VisitReport sample(int norms) {
    List<VisitReport.Norm> list = new ArrayList<>();
    for (int i = 1; i <= norms; i++) {
      List<VisitReport.Remark> remarks =
          i == 1
              ? List.of(
                  new VisitReport.Remark(
                      "DISAGREE",
                      "Fictief: wij overleggen wel elke maand; de notulen zijn bijgevoegd.",
                      List.of("notulen-mdo.pdf"),
                      "ACCEPTED",
                      "De notulen laten het overleg zien.",
                      List.of(
                          new VisitReport.Change("RATING", "Voldoet grotendeels niet", "Voldoet"),
                          new VisitReport.Change(
                              "MOTIVATION", "Geen overleg.", "Maandelijks overleg, aantoonbaar."))),
                  new VisitReport.Remark(
                      "FACTUAL_ERROR",
                      "Fictief: de POH werkt hier al twee jaar.",
                      List.of(),
                      "NOT_ACCEPTED",
                      "Dit staat niet in de bevinding; die gaat over bereikbaarheid.",
                      List.of()))
              : List.of();
      list.add(
          new VisitReport.Norm(
              i <= norms / 2 ? "T1" : "T2",
              i <= norms / 2 ? "Elkaar kennen en begrijpen" : "Afstemming en samenwerking",
              "SN." + i,
              "Huisarts en wijkverpleegkundige kennen elkaars werkwijze (norm " + i + ")",
              i % 3 == 0 ? null : "Voldoet grotendeels",
              "Fictief: een motivering met é, ë en ü die over meerdere regels loopt. ".repeat(4),
              remarks));
    }
    return new VisitReport(
        42,
        "Huisartsenpraktijk De Linde (fictief)",
        "De Linde",
        "Houten",
        "Zorgnetwerken kwetsbare ouderen",
        LocalDate.of(2026, 3, 10),
        List.of("Demo Inspecteur"),
        "demo-coordinator",
        Instant.parse("2026-04-20T09:30:00Z"),
        list,
        new VisitReport.Submitted(
            Instant.parse("2026-04-01T12:00:00Z"),
            "demo-zorgaanbieder",
            "Fictief: wij danken de inspectie.\nTweede regel.",
            List.of("reactie.pdf")),
        Instant.parse("2026-05-01T08:00:00Z"));
  }

  @Test
  void aDutchPdfWithTitleLanguageAndPageNumbersOfTheTotal() throws Exception {
    byte[] pdf = VisitReportRenderer.render(sample(14));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "visit-report-sample.pdf"), pdf);

    PdfReader reader = new PdfReader(pdf);
    int pages = reader.getNumberOfPages();
    assertThat(pages).isGreaterThan(1);
    assertThat(reader.getInfo().get("Title"))
        .isEqualTo("Bezoekrapport – Huisartsenpraktijk De Linde (fictief), De Linde");
    assertThat(reader.getCatalog().getAsString(PdfName.LANG).toString()).isEqualTo("nl-NL");
    PdfTextExtractor text = new PdfTextExtractor(reader);
    String first = text.getTextFromPage(1);
    assertThat(first)
        .contains("Bevindingen per norm")
        .contains("Opmerking van de zorgaanbieder")
        .contains("Geaccepteerd")
        .contains("Beoordeling: Voldoet grotendeels niet werd Voldoet")
        .contains("pagina 1 van " + pages);
    String last = text.getTextFromPage(pages);
    assertThat(last)
        .contains("Reactie zoals ingediend")
        .contains("pagina " + pages + " van " + pages);
    assertThat(text.getTextFromPage(1) + text.getTextFromPage(2)).contains("Niet geaccepteerd");
  }
}
