package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.wijkzicht.report.control.NetherlandsMap.Fill;
import nl.wijkzicht.report.control.NetherlandsMap.Hatched;
import nl.wijkzicht.report.control.NetherlandsMap.Solid;
import nl.wijkzicht.report.control.PdfFigures.Notes;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Level;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.Theme;

/**
 * The body of the national comparison: the study overall per theme, the map of the Netherlands
 * coloured by the areas' overall result, per theme a bar chart of the areas over the levels, then
 * the tables ({@link NationalTables}): all areas side by side, regions, common bottlenecks, survey
 * results; the coordinator's conclusions and the method appendix.
 */
final class NationalPdf {

  private NationalPdf() {}

  static void write(PdfContext ctx, NationalReport report, IntConsumer progress) {
    summary(ctx, report);
    progress.accept(3);
    map(ctx, report);
    progress.accept(6);
    themes(ctx, report);
    progress.accept(10);
    NationalTables.areas(ctx, report, p -> progress.accept(10 + p * 80 / 100));
    NationalTables.regions(ctx, report);
    NationalTables.bottlenecks(ctx, report);
    progress.accept(93);
    NationalTables.survey(ctx, report);
    ctx.chapter(ctx.t("report.pdf.conclusions"));
    PdfText.conclusions(ctx, report.conclusions());
    ctx.chapter(ctx.t("report.pdf.method"));
    PdfText.method(ctx, PdfFigures.basis(ctx, report.study().overall().basis()));
    progress.accept(100);
  }

  private static void summary(PdfContext ctx, NationalReport report) {
    ctx.chapter(ctx.t("report.pdf.national.summary"));
    Figure overall = report.study().overall();
    Notes notes = new Notes();
    Paragraph result = new Paragraph();
    result.add(new Chunk(ctx.t("report.pdf.national.overall") + ": ", PdfStyle.LABEL));
    result.add(PdfFigures.phrase(ctx, overall, PdfStyle.H3, notes));
    result.setSpacingAfter(4);
    ctx.add(result);
    ctx.add(
        PdfStyle.paragraph(
            ctx.t("report.pdf.national.scope", report.areas().size(), report.regions().size()),
            PdfStyle.TEXT,
            0,
            8));
    PdfPTable table = PdfStyle.table(3, 2.2f, 1.6f);
    table.setHeaderRows(1);
    table.addCell(PdfStyle.head(ctx.t("report.pdf.theme")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.result")));
    table.addCell(PdfStyle.head(ctx.t("report.pdf.coverage.head")));
    for (int i = 0; i < report.themes().size(); i++) {
      Theme theme = report.themes().get(i);
      Figure figure = i < report.study().themes().size() ? report.study().themes().get(i) : null;
      table.addCell(PdfStyle.cell(PdfStyle.plain(theme.code() + "  " + theme.title())));
      table.addCell(PdfFigures.cell(ctx, figure, notes));
      table.addCell(PdfStyle.cell(figure == null ? "" : PdfFigures.coverage(ctx, figure)));
    }
    ctx.add(table);
    notes.flush(ctx);
    ctx.add(
        PdfStyle.paragraph(
            ctx.t("report.pdf.basis.head") + ": " + PdfFigures.basis(ctx, overall.basis()),
            PdfStyle.SMALL,
            6,
            2));
  }

  /** Municipalities coloured by the overall result of the area that covers them. */
  static Map<String, Fill> fills(NationalReport report, Map<String, Integer> scores) {
    Map<String, Fill> fills = new HashMap<>();
    Map<String, Integer> districtScore = new HashMap<>();
    for (AreaRow row : report.areas()) {
      if (row.code() != null && !row.code().startsWith("WK")) {
        fills.put(row.code(), fill(row.overall()));
      }
    }
    // A district colours its municipality only if the municipality itself is not an area; with
    // several districts the lowest level counts (the map does not hide a weak district).
    for (AreaRow row : report.areas()) {
      String code = row.municipalityCode();
      if (row.code() == null
          || !row.code().startsWith("WK")
          || code == null
          || report.areas().stream().anyMatch(a -> code.equals(a.code()))) {
        continue;
      }
      Fill fill = fill(row.overall());
      int score =
          row.overall().suppressed() || !row.overall().hasResult()
              ? Integer.MAX_VALUE
              : scores.getOrDefault(row.overall().levelCode(), 0);
      Integer before = districtScore.get(code);
      if (before == null || score < before) {
        districtScore.put(code, score);
        if (fill != null) {
          fills.put(code, fill);
        }
      }
    }
    return fills;
  }

  private static Fill fill(Figure figure) {
    if (figure.suppressed()) {
      return new Hatched();
    }
    if (!figure.hasResult()) {
      return new Solid(PdfStyle.NO_RESULT);
    }
    return new Solid(PdfFigures.colour(figure));
  }

  private static void map(PdfContext ctx, NationalReport report) {
    ctx.chapter(ctx.t("report.pdf.map"));
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.map.intro"), PdfStyle.TEXT, 0, 6));
    Map<String, Integer> scores = new HashMap<>();
    for (Level level : ctx.meta.levels()) {
      scores.put(level.code(), level.score() == null ? 0 : level.score());
    }
    Map<String, Fill> fills = fills(report, scores);
    float width = 390;
    if (width * NetherlandsMap.aspect() > 470) {
      width = (float) (470 / NetherlandsMap.aspect());
    }
    Image map =
        NetherlandsMap.draw(ctx.writer.getDirectContent(), fills, PdfStyle.NO_RESULT, width);
    map.setAlt(ctx.t("report.pdf.map.alt"));
    map.setAlignment(Element.ALIGN_CENTER);
    ctx.add(map);
    // The legend: every level with its label and how many areas, then no result and small numbers.
    Map<String, Integer> counts = new HashMap<>();
    int none = 0;
    int suppressed = 0;
    for (AreaRow row : report.areas()) {
      if (row.overall().suppressed()) {
        suppressed++;
      } else if (!row.overall().hasResult()) {
        none++;
      } else {
        counts.merge(row.overall().levelCode(), 1, Integer::sum);
      }
    }
    PdfPTable legend = new PdfPTable(new float[] {0.25f, 4, 1});
    legend.setWidthPercentage(70);
    legend.setSpacingBefore(8);
    for (Level level : ctx.meta.levels()) {
      legendRow(
          ctx,
          legend,
          new Solid(PdfStyle.colour(level.colour(), PdfStyle.NO_RESULT)),
          level.label(),
          counts.getOrDefault(level.code(), 0));
    }
    legendRow(ctx, legend, new Solid(PdfStyle.NO_RESULT), ctx.t("report.pdf.map.none"), none);
    legendRow(ctx, legend, new Hatched(), PdfFigures.suppressedNote(ctx), suppressed);
    ctx.add(legend);
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.map.note"), PdfStyle.SMALL, 6, 0));
  }

  private static void legendRow(
      PdfContext ctx, PdfPTable legend, Fill fill, String label, int count) {
    PdfPCell swatch =
        new PdfPCell(NetherlandsMap.swatch(ctx.writer.getDirectContent(), fill), false);
    swatch.setBorder(Rectangle.NO_BORDER);
    swatch.setPadding(2);
    swatch.setVerticalAlignment(Element.ALIGN_MIDDLE);
    legend.addCell(swatch);
    PdfPCell text = new PdfPCell(new Phrase(PdfStyle.plain(label), PdfStyle.CELL));
    text.setBorder(Rectangle.NO_BORDER);
    legend.addCell(text);
    PdfPCell number = new PdfPCell(new Phrase(ctx.t("report.pdf.map.count", count), PdfStyle.CELL));
    number.setBorder(Rectangle.NO_BORDER);
    number.setHorizontalAlignment(Element.ALIGN_RIGHT);
    legend.addCell(number);
  }

  /** Per theme: the study's result and a bar chart of the areas over the levels. */
  private static void themes(PdfContext ctx, NationalReport report) {
    ctx.chapter(ctx.t("report.pdf.themes"));
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.national.themes.intro"), PdfStyle.TEXT, 0, 4));
    float width = ctx.document.right() - ctx.document.left();
    for (int i = 0; i < report.themes().size(); i++) {
      Theme theme = report.themes().get(i);
      if (i > 0 && i % 2 == 0) {
        ctx.document.newPage();
      }
      ctx.section(theme.code() + "  " + theme.title());
      Notes notes = new Notes();
      Figure figure = i < report.study().themes().size() ? report.study().themes().get(i) : null;
      Paragraph result = new Paragraph();
      result.add(new Chunk(ctx.t("report.pdf.national.overall") + ": ", PdfStyle.LABEL));
      result.add(PdfFigures.phrase(ctx, figure, PdfStyle.BOLD, notes));
      ctx.add(result);
      List<ThemeChart.Bar> bars = bars(ctx, report, i);
      Image chart = ThemeChart.draw(ctx, bars, ctx.t("report.pdf.chart.axis"), width, 200);
      StringBuilder alt = new StringBuilder();
      for (ThemeChart.Bar bar : bars) {
        alt.append(bar.label()).append(": ").append(bar.count()).append("; ");
      }
      chart.setAlt(ctx.t("report.pdf.chart.alt", PdfStyle.plain(theme.title())) + " " + alt);
      ctx.add(chart);
      notes.flush(ctx);
    }
  }

  private static List<ThemeChart.Bar> bars(PdfContext ctx, NationalReport report, int theme) {
    Map<String, Integer> counts = new HashMap<>();
    int none = 0;
    int suppressed = 0;
    for (AreaRow row : report.areas()) {
      Figure f = theme < row.themes().size() ? row.themes().get(theme) : null;
      if (f == null || (!f.suppressed() && !f.hasResult())) {
        none++;
      } else if (f.suppressed()) {
        suppressed++;
      } else {
        counts.merge(f.levelCode(), 1, Integer::sum);
      }
    }
    List<ThemeChart.Bar> bars = new ArrayList<>();
    for (Level level : ctx.meta.levels()) {
      bars.add(
          new ThemeChart.Bar(
              PdfStyle.plain(level.label()),
              PdfStyle.colour(level.colour(), PdfStyle.NO_RESULT),
              counts.getOrDefault(level.code(), 0)));
    }
    bars.add(new ThemeChart.Bar(ctx.t("report.pdf.chart.none"), PdfStyle.NO_RESULT, none));
    if (suppressed > 0) {
      bars.add(
          new ThemeChart.Bar(
              ctx.t("report.pdf.chart.suppressed"), new Color(0xee, 0xef, 0xf0), suppressed));
    }
    return bars;
  }
}
