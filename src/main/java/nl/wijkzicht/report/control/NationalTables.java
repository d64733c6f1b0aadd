package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.function.IntConsumer;
import nl.wijkzicht.report.control.PdfFigures.Note;
import nl.wijkzicht.report.control.PdfFigures.Notes;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Bottleneck;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.RegionRow;
import nl.wijkzicht.report.control.ReportModel.SurveyCell;
import nl.wijkzicht.report.control.ReportModel.SurveyRow;
import nl.wijkzicht.report.control.ReportModel.SurveyTable;
import nl.wijkzicht.report.control.ReportModel.Theme;

/**
 * The national report's long tables: all areas side by side per theme (on landscape pages, the
 * header row repeated on every page, written in slices so a 342-row table never sits in memory
 * whole), the regions, the common bottlenecks and the survey tables.
 */
final class NationalTables {

  /**
   * Rows of the area table written to the document at a time: one, so that before each row it is
   * known whether the row starts a new page (and so needs the header drawn, see addSlice).
   */
  private static final int SLICE = 1;

  private NationalTables() {}

  static void areas(PdfContext ctx, NationalReport report, IntConsumer progress) {
    ctx.document.setPageSize(PageSize.A4.rotate());
    ctx.chapter(ctx.t("report.pdf.areas"));
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.areas.intro"), PdfStyle.TEXT, 0, 4));
    Notes notes = new Notes();
    PdfPTable table = figureTable(ctx, report.themes(), ctx.t("report.pdf.area"), true);
    table.setSpacingBefore(0);
    table.setSpacingAfter(0);
    table.setComplete(false);
    List<AreaRow> areas = report.areas();
    for (int i = 0; i < areas.size(); i++) {
      AreaRow row = areas.get(i);
      Phrase name = new Phrase();
      name.add(new Chunk(PdfStyle.plain(row.label()), PdfStyle.CELL_BOLD));
      name.add(new Chunk("  " + PdfStyle.plain(row.code()), PdfStyle.TINY));
      table.addCell(PdfStyle.cell(name));
      table.addCell(PdfStyle.cell(row.province()));
      figures(ctx, table, row.overall(), row.themes(), report.themes().size(), notes);
      if ((i + 1) % SLICE == 0) {
        addSlice(ctx, table, i + 1 > SLICE);
        progress.accept((i + 1) * 100 / areas.size());
      }
    }
    table.setComplete(true);
    addSlice(ctx, table, areas.size() > SLICE);
    ctx.add(PdfStyle.paragraph("", PdfStyle.SMALL, 0, 6));
    progress.accept(100);
    notes.flush(ctx);
  }

  /**
   * Writes the rows added since the last slice. OpenPDF skips the header row at the start of every
   * later slice (it continues the table), also when that slice starts on a new page; so when its
   * first row will not fit on this page, the page is turned here and the header drawn.
   */
  private static void addSlice(PdfContext ctx, PdfPTable table, boolean continued) {
    if (continued && table.size() > table.getHeaderRows()) {
      float room = ctx.writer.getVerticalPosition(true) - ctx.document.bottom();
      if (table.getTotalWidth() > 0) {
        table.setTotalWidth(table.getTotalWidth()); // lays out the new rows: their real heights
      }
      float needed = table.getRowHeight(table.getHeaderRows());
      // OpenPDF turns the page unless the header and the row fit, even when it skips the header.
      if (needed <= 0 || room < needed + table.getHeaderHeight() + 1) {
        ctx.document.newPage();
        table.setSkipFirstHeader(false);
      } else {
        table.setSkipFirstHeader(true);
      }
    }
    ctx.add(table);
  }

  static void regions(PdfContext ctx, NationalReport report) {
    if (report.regions().isEmpty()) {
      return;
    }
    ctx.chapter(ctx.t("report.pdf.regions"));
    Notes notes = new Notes();
    PdfPTable table = figureTable(ctx, report.themes(), ctx.t("report.pdf.region"), false);
    for (RegionRow row : report.regions()) {
      table.addCell(PdfStyle.cell(new Phrase(PdfStyle.plain(row.name()), PdfStyle.CELL_BOLD)));
      table.addCell(PdfStyle.number(String.valueOf(row.areas())));
      figures(ctx, table, row.overall(), row.themes(), report.themes().size(), notes);
    }
    ctx.add(table);
    notes.flush(ctx);
  }

  private static PdfPTable figureTable(
      PdfContext ctx, List<Theme> themes, String first, boolean province) {
    float[] widths = new float[3 + themes.size()];
    widths[0] = 2.3f;
    widths[1] = 1.3f;
    for (int i = 2; i < widths.length; i++) {
      widths[i] = 1.4f;
    }
    PdfPTable table = PdfStyle.table(widths);
    table.setHeaderRows(1);
    table.addCell(PdfStyle.head(first));
    table.addCell(
        PdfStyle.head(ctx.t(province ? "report.pdf.province" : "report.pdf.regions.count")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.overall")));
    for (Theme theme : themes) {
      table.addCell(PdfStyle.head(PdfStyle.plain(theme.code() + " " + theme.title())));
    }
    return table;
  }

  private static void figures(
      PdfContext ctx,
      PdfPTable table,
      Figure overall,
      List<Figure> themes,
      int count,
      Notes notes) {
    table.addCell(PdfFigures.compactCell(ctx, overall, notes));
    for (int t = 0; t < count; t++) {
      table.addCell(PdfFigures.compactCell(ctx, t < themes.size() ? themes.get(t) : null, notes));
    }
  }

  static void bottlenecks(PdfContext ctx, NationalReport report) {
    ctx.document.setPageSize(PageSize.A4);
    ctx.chapter(ctx.t("report.pdf.bottlenecks"));
    if (report.bottlenecks().isEmpty()) {
      ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.bottlenecks.none"), PdfStyle.TEXT));
      return;
    }
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.bottlenecks.intro"), PdfStyle.TEXT, 0, 4));
    PdfPTable table = PdfStyle.table(0.8f, 4, 1.1f, 1.1f, 1.1f);
    table.setHeaderRows(1);
    table.addCell(PdfStyle.head(ctx.t("report.pdf.norm")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.norm.title")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.bottlenecks.assessed")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.bottlenecks.below")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.bottlenecks.mean")));
    for (Bottleneck b : report.bottlenecks()) {
      table.addCell(PdfStyle.cell(new Phrase(PdfStyle.plain(b.normCode()), PdfStyle.CELL_BOLD)));
      table.addCell(PdfStyle.cell(b.normTitle()));
      table.addCell(PdfStyle.number(String.valueOf(b.areasAssessed())));
      table.addCell(PdfStyle.number(String.valueOf(b.areasBelow())));
      table.addCell(
          PdfStyle.number(
              b.meanPercentage() == null
                  ? "—"
                  : ReportNumbers.percent(b.meanPercentage(), ctx.locale)));
    }
    ctx.add(table);
  }

  static void survey(PdfContext ctx, NationalReport report) {
    if (report.survey().isEmpty()) {
      return;
    }
    ctx.chapter(ctx.t("report.pdf.survey"));
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.survey.intro"), PdfStyle.TEXT, 0, 4));
    for (SurveyTable survey : report.survey()) {
      ctx.add(
          PdfStyle.paragraph(
              PdfStyle.plain(survey.questionCode() + "  " + survey.question()),
              PdfStyle.H3,
              10,
              0));
      ctx.add(
          PdfStyle.paragraph(
              ctx.t("report.pdf.survey.grouping", PdfStyle.plain(survey.grouping())),
              PdfStyle.SMALL,
              0,
              2));
      float[] widths = new float[2 + survey.columns().size()];
      widths[0] = 2.4f;
      widths[1] = 0.8f;
      for (int i = 2; i < widths.length; i++) {
        widths[i] = 1.2f;
      }
      PdfPTable table = PdfStyle.table(widths);
      table.setHeaderRows(1);
      table.addCell(PdfStyle.head(PdfStyle.plain(survey.grouping())));
      table.addCell(PdfStyle.head(ctx.t("report.pdf.survey.respondents")));
      survey.columns().forEach(c -> table.addCell(PdfStyle.head(PdfStyle.plain(c))));
      Notes notes = new Notes();
      for (SurveyRow row : survey.rows()) {
        table.addCell(PdfStyle.cell(row.group()));
        if (row.suppressed()) {
          notes.use(Note.SUPPRESSED_RESPONDENTS);
          table.addCell(PdfStyle.number(PdfFigures.SUPPRESSED));
          row.cells().forEach(c -> table.addCell(PdfStyle.number(PdfFigures.SUPPRESSED)));
          continue;
        }
        String mark = row.smallCell() ? PdfFigures.SMALL_CELL_MARK : "";
        if (row.smallCell()) {
          notes.use(Note.SMALL_CELL_RESPONDENTS);
        }
        table.addCell(PdfStyle.number(row.respondents() + mark));
        for (SurveyCell cell : row.cells()) {
          table.addCell(PdfStyle.number(cell(cell)));
        }
      }
      ctx.add(table);
      notes.flush(ctx);
    }
  }

  private static String cell(SurveyCell cell) {
    if (cell.count() == null) {
      return PdfFigures.SUPPRESSED;
    }
    return cell.count() + (cell.percent() == null ? "" : " (" + cell.percent() + " %)");
  }
}
