package nl.wijkzicht.report.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.function.IntConsumer;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NationalReport;

// TEMPORARY until H1/H2 merge: a minimal stand-in for H2's ReportPdf (same signatures), so the
// publishing code and its tests run before report-pdf is merged. Replaced by H2's at merge.
/** Area and national report PDFs (minimal stand-in). */
public final class ReportPdf {

  /** What was written. */
  public record PdfResult(int pages) {}

  private ReportPdf() {}

  public static PdfResult area(AreaReport report, ReportTexts texts, OutputStream out) {
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(report.meta().studyTitle() + " – " + report.area().label());
    document.open();
    document.add(new Paragraph(report.meta().studyTitle()));
    document.add(new Paragraph(report.area().label()));
    table(document, report.area());
    document.close();
    return new PdfResult(writer.getPageNumber());
  }

  public static PdfResult national(
      NationalReport report, ReportTexts texts, OutputStream out, IntConsumer progressPercent) {
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(report.meta().studyTitle());
    document.open();
    document.add(new Paragraph(report.meta().studyTitle()));
    int done = 0;
    for (AreaRow row : report.areas()) {
      table(document, row);
      progressPercent.accept(++done * 100 / Math.max(1, report.areas().size()));
    }
    progressPercent.accept(100);
    document.close();
    return new PdfResult(writer.getPageNumber());
  }

  private static void table(Document document, AreaRow row) throws DocumentException {
    PdfPTable table = new PdfPTable(2);
    table.addCell(row.label());
    table.addCell(text(row.overall()));
    for (Figure f : row.themes()) {
      table.addCell("");
      table.addCell(text(f));
    }
    document.add(table);
  }

  private static String text(Figure f) {
    if (f.suppressed()) {
      return "onderdrukt (kleine aantallen)";
    }
    return (f.levelLabel() == null ? "–" : f.levelLabel())
        + (f.percentage() == null ? "" : " " + f.percentage() + "%")
        + " zorgaanbieders "
        + f.basis().providers();
  }
}
