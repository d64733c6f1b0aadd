package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.report.control.PdfFigures.Notes;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NormFigure;
import nl.wijkzicht.report.control.ReportModel.Quote;
import nl.wijkzicht.report.control.ReportModel.ReplySummary;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;

/**
 * The body of an area report ("inzichten per gebied"): the area's result per theme at a glance,
 * then per theme its result with the band bar, coverage, strongest and weakest norms, the shareable
 * quotes and observations and the basis; the who-does-what drawing and the tracers' care networks;
 * the providers' reactions; the coordinator's conclusions; the method appendix.
 */
final class AreaPdf {

  private AreaPdf() {}

  static void write(PdfContext ctx, AreaReport report) {
    summary(ctx, report);
    ctx.chapter(ctx.t("report.pdf.themes"));
    boolean first = true;
    for (ThemeSection section : report.sections()) {
      if (!first) {
        ctx.document.newPage();
      }
      first = false;
      theme(ctx, report, section);
    }
    networks(ctx, report);
    replies(ctx, report.replies());
    ctx.chapter(ctx.t("report.pdf.conclusions"));
    PdfText.conclusions(ctx, report.conclusions());
    ctx.chapter(ctx.t("report.pdf.method"));
    PdfText.method(ctx, PdfFigures.basis(ctx, report.area().overall().basis()));
  }

  private static void summary(PdfContext ctx, AreaReport report) {
    ctx.chapter(ctx.t("report.pdf.area.summary"));
    Figure overall = report.area().overall();
    Notes notes = new Notes();
    Paragraph result = new Paragraph();
    result.add(new Chunk(ctx.t("report.pdf.area.overall") + ": ", PdfStyle.LABEL));
    result.add(PdfFigures.phrase(ctx, overall, PdfStyle.H3, notes));
    result.setSpacingAfter(4);
    ctx.add(result);
    figureDetails(ctx, overall);
    ctx.add(
        PdfStyle.paragraph(
            ctx.t(
                "report.pdf.area.facts",
                report.area().code(),
                PdfStyle.plain(report.area().province())),
            PdfStyle.SMALL,
            2,
            8));
    PdfPTable table = PdfStyle.table(3, 2.2f, 1.6f);
    table.setHeaderRows(1);
    table.addCell(PdfStyle.head(ctx.t("report.pdf.theme")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.result")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.coverage.head")));
    for (ThemeSection section : report.sections()) {
      table.addCell(
          PdfStyle.cell(PdfStyle.plain(section.theme().code() + "  " + section.theme().title())));
      table.addCell(PdfFigures.cell(ctx, section.figure(), notes));
      table.addCell(PdfStyle.cell(PdfFigures.coverage(ctx, section.figure())));
    }
    ctx.add(table);
    notes.flush(ctx);
  }

  /** Band bar and text, coverage and override for one figure (nothing when suppressed). */
  private static void figureDetails(PdfContext ctx, Figure figure) {
    if (figure.suppressed()) {
      ctx.add(
          PdfStyle.paragraph(
              PdfFigures.SUPPRESSED + " " + PdfFigures.suppressedNote(ctx), PdfStyle.SMALL, 0, 4));
      return;
    }
    if (figure.percentage() != null && figure.bandFrom() != null && !ctx.meta.bands().isEmpty()) {
      PdfPTable row = new PdfPTable(new float[] {250, 233});
      row.setWidthPercentage(100);
      row.setSpacingBefore(2);
      PdfPCell bar = new PdfPCell(PdfFigures.bandBar(ctx, figure), false);
      bar.setBorder(Rectangle.NO_BORDER);
      bar.setVerticalAlignment(Element.ALIGN_MIDDLE);
      row.addCell(bar);
      PdfPCell text = new PdfPCell(new Phrase(PdfFigures.bandText(ctx, figure), PdfStyle.SMALL));
      text.setBorder(Rectangle.NO_BORDER);
      text.setVerticalAlignment(Element.ALIGN_MIDDLE);
      row.addCell(text);
      ctx.add(row);
    }
    String coverage = PdfFigures.coverage(ctx, figure);
    if (!coverage.isEmpty()) {
      ctx.add(PdfStyle.paragraph(coverage, PdfStyle.TEXT, 2, 2));
    }
    if (figure.overridden() && figure.computedLevelLabel() != null) {
      ctx.add(
          PdfStyle.paragraph(
              ctx.t("report.pdf.overridden", PdfStyle.plain(figure.computedLevelLabel())),
              PdfStyle.SMALL,
              0,
              2));
    }
  }

  private static void theme(PdfContext ctx, AreaReport report, ThemeSection section) {
    ctx.section(section.theme().code() + "  " + section.theme().title());
    Notes notes = new Notes();
    Paragraph result = new Paragraph();
    result.add(new Chunk(ctx.t("report.pdf.result") + ": ", PdfStyle.LABEL));
    result.add(PdfFigures.phrase(ctx, section.figure(), PdfStyle.H3, notes));
    ctx.add(result);
    figureDetails(ctx, section.figure());
    norms(ctx, ctx.t("report.pdf.strongest"), section.strongest(), notes);
    norms(ctx, ctx.t("report.pdf.weakest"), section.weakest(), notes);
    List<Quote> quotes =
        report.quotes().stream().filter(q -> section.theme().code().equals(q.themeCode())).toList();
    if (!quotes.isEmpty()) {
      ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.quotes"), PdfStyle.H3, 8, 2));
      for (Quote quote : quotes) {
        ctx.add(quote(ctx, quote));
      }
    }
    ctx.add(
        PdfStyle.paragraph(
            ctx.t("report.pdf.basis.head") + ": " + PdfFigures.basis(ctx, section.figure().basis()),
            PdfStyle.SMALL,
            8,
            2));
    notes.flush(ctx);
  }

  private static void norms(PdfContext ctx, String title, List<NormFigure> norms, Notes notes) {
    if (norms.isEmpty()) {
      return;
    }
    ctx.add(PdfStyle.paragraph(title, PdfStyle.H3, 8, 0));
    PdfPTable table = PdfStyle.table(0.7f, 3.3f, 2f);
    for (NormFigure norm : norms) {
      table.addCell(PdfStyle.cell(new Phrase(PdfStyle.plain(norm.code()), PdfStyle.CELL_BOLD)));
      table.addCell(PdfStyle.cell(norm.title()));
      table.addCell(PdfFigures.cell(ctx, norm.figure(), notes));
    }
    ctx.add(table);
  }

  private static PdfPTable quote(PdfContext ctx, Quote quote) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(3);
    table.setKeepTogether(true);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderColor(PdfStyle.BLUE);
    cell.setBorderWidthLeft(2);
    cell.setBackgroundColor(PdfStyle.SHADE);
    cell.setPaddingLeft(8);
    cell.setPaddingBottom(6);
    String kind = ctx.t("report.pdf.quote." + quote.kind());
    if (kind.startsWith("???")) {
      kind = ctx.t("report.pdf.quote.OBSERVATION");
    }
    String who =
        quote.respondentRole() == null || quote.respondentRole().isBlank()
            ? ""
            : " · " + PdfStyle.plain(quote.respondentRole());
    String norm = quote.normCode() == null ? "" : " · " + PdfStyle.plain(quote.normCode());
    cell.addElement(new Paragraph(kind + norm + who, PdfStyle.LABEL));
    Font font = "QUOTE".equals(quote.kind()) ? PdfStyle.ITALIC : PdfStyle.TEXT;
    String text =
        "QUOTE".equals(quote.kind())
            ? "“" + PdfStyle.plain(quote.text()) + "”"
            : PdfStyle.plain(quote.text());
    cell.addElement(new Paragraph(text, font));
    table.addCell(cell);
    return table;
  }

  private static void networks(PdfContext ctx, AreaReport report) {
    if (report.whoDoesWhat() == null && report.tracerNetworks().isEmpty()) {
      return;
    }
    ctx.chapter(ctx.t("report.pdf.networks"));
    float width = ctx.document.right() - ctx.document.left();
    if (report.whoDoesWhat() != null) {
      ctx.section(ctx.t("report.pdf.who_does_what"));
      drawing(ctx, report.whoDoesWhat(), width, 400);
    }
    if (!report.tracerNetworks().isEmpty()) {
      if (report.whoDoesWhat() != null) {
        ctx.document.newPage(); // two networks a page, the heading not left alone at the bottom
      }
      ctx.section(ctx.t("report.pdf.tracer_networks"));
      ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.tracer_networks.note"), PdfStyle.SMALL, 0, 4));
      for (Diagram network : report.tracerNetworks()) {
        drawing(ctx, network, width, 270);
      }
    }
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.networks.legend"), PdfStyle.SMALL, 4, 0));
  }

  private static void drawing(PdfContext ctx, Diagram diagram, float width, float height) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setKeepTogether(true);
    table.setSpacingBefore(6);
    PdfPCell title = new PdfPCell(new Phrase(PdfStyle.plain(diagram.title()), PdfStyle.H3));
    title.setBorder(Rectangle.NO_BORDER);
    table.addCell(title);
    if (diagram.description() != null && !diagram.description().isBlank()) {
      PdfPCell description =
          new PdfPCell(new Phrase(PdfStyle.plain(diagram.description()), PdfStyle.SMALL));
      description.setBorder(Rectangle.NO_BORDER);
      table.addCell(description);
    }
    PdfPCell image = new PdfPCell(PdfText.diagram(ctx, diagram, width - 8, height), false);
    image.setBorder(Rectangle.BOX);
    image.setBorderColor(PdfStyle.LINE);
    image.setPadding(4);
    image.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(image);
    ctx.add(table);
  }

  private static void replies(PdfContext ctx, ReplySummary replies) {
    ctx.chapter(ctx.t("report.pdf.replies"));
    if (replies == null || replies.providersAsked() == 0) {
      ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.replies.none"), PdfStyle.TEXT));
      return;
    }
    ctx.add(
        PdfStyle.paragraph(
            ctx.t(
                "report.pdf.replies.summary",
                replies.providersAsked(),
                replies.providersReplied(),
                replies.remarks()),
            PdfStyle.TEXT,
            0,
            6));
    PdfPTable table = PdfStyle.table(3, 1);
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    row(table, ctx.t("report.pdf.replies.asked"), replies.providersAsked());
    row(table, ctx.t("report.pdf.replies.replied"), replies.providersReplied());
    row(table, ctx.t("report.pdf.replies.remarks"), replies.remarks());
    row(table, ctx.t("report.pdf.replies.accepted"), replies.accepted());
    row(table, ctx.t("report.pdf.replies.not_accepted"), replies.notAccepted());
    row(table, ctx.t("report.pdf.replies.undecided"), replies.undecided());
    ctx.add(table);
  }

  private static void row(PdfPTable table, String label, int value) {
    table.addCell(PdfStyle.cell(label));
    table.addCell(PdfStyle.number(String.valueOf(value)));
  }
}
