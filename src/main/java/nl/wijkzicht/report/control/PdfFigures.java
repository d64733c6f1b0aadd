package nl.wijkzicht.report.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.EnumSet;
import java.util.Set;
import nl.wijkzicht.report.control.ReportModel.Band;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Level;

/**
 * How one figure is shown: a colour swatch with the level's label and the percentage (never colour
 * alone), "—" when it was suppressed, marks for small cells shown internally and for overridden
 * levels, the band bar, the coverage and the basis. {@link Notes} collects which marks a part used
 * so the part ends with their footnotes.
 */
final class PdfFigures {

  static final String SUPPRESSED = "—";
  static final String SMALL_CELL_MARK = "¹";
  static final String OVERRIDE_MARK = "*";

  /** The marks a table or section used, to explain under it. */
  enum Note {
    SUPPRESSED,
    SMALL_CELL,
    SUPPRESSED_RESPONDENTS,
    SMALL_CELL_RESPONDENTS,
    OVERRIDDEN
  }

  static final class Notes {
    private final Set<Note> used = EnumSet.noneOf(Note.class);

    void use(Note note) {
      used.add(note);
    }

    /** The footnotes for the marks used since the last call, then forgets them. */
    void flush(PdfContext ctx) {
      for (Note note : used) {
        String text =
            switch (note) {
              case SUPPRESSED -> SUPPRESSED + " " + suppressedNote(ctx);
              case SMALL_CELL ->
                  SMALL_CELL_MARK
                      + " "
                      + ctx.t("report.pdf.note.small_cell", ctx.meta.minCellSize());
              case SUPPRESSED_RESPONDENTS ->
                  SUPPRESSED
                      + " "
                      + ctx.t("report.pdf.note.suppressed.respondents", ctx.meta.minCellSize());
              case SMALL_CELL_RESPONDENTS ->
                  SMALL_CELL_MARK
                      + " "
                      + ctx.t("report.pdf.note.small_cell.respondents", ctx.meta.minCellSize());
              case OVERRIDDEN -> OVERRIDE_MARK + " " + ctx.t("report.pdf.note.overridden");
            };
        ctx.add(PdfStyle.paragraph(text, PdfStyle.SMALL, 0, 2));
      }
      used.clear();
    }
  }

  private PdfFigures() {}

  static String suppressedNote(PdfContext ctx) {
    return ctx.t("report.pdf.note.suppressed", ctx.meta.minCellSize());
  }

  static Color colour(Figure figure) {
    return PdfStyle.colour(figure.colour(), PdfStyle.NO_RESULT);
  }

  /** The figure in running text or a cell: swatch, label, percentage and marks. */
  static Phrase phrase(PdfContext ctx, Figure figure, Font font, Notes notes) {
    Phrase phrase = new Phrase();
    if (figure == null || figure.suppressed()) {
      phrase.add(new Chunk(SUPPRESSED, font));
      if (notes != null) {
        notes.use(Note.SUPPRESSED);
      }
      return phrase;
    }
    if (!figure.hasResult()) {
      phrase.add(new Chunk(noResult(ctx, figure), font));
      return phrase;
    }
    phrase.add(PdfStyle.swatch(colour(figure)));
    phrase.add(new Chunk(" " + PdfStyle.plain(ReportNumbers.figure(figure, ctx.locale)), font));
    if (figure.overridden()) {
      phrase.add(new Chunk(OVERRIDE_MARK, font));
      if (notes != null) {
        notes.use(Note.OVERRIDDEN);
      }
    }
    if (figure.smallCell()) {
      phrase.add(new Chunk(SMALL_CELL_MARK, font));
      if (notes != null) {
        notes.use(Note.SMALL_CELL);
      }
    }
    return phrase;
  }

  /** The model's label for "no result" (as the web report shows it), else the PDF's own. */
  static String noResult(PdfContext ctx, Figure figure) {
    return figure.levelLabel() != null && !figure.levelLabel().isBlank()
        ? PdfStyle.plain(figure.levelLabel())
        : ctx.t("report.pdf.no_result");
  }

  static PdfPCell cell(PdfContext ctx, Figure figure, Notes notes) {
    return PdfStyle.cell(phrase(ctx, figure, PdfStyle.CELL, notes));
  }

  /**
   * For narrow columns (the national tables): swatch and percentage on the first line, the level's
   * label under it, so a percentage never breaks from its "%".
   */
  static PdfPCell compactCell(PdfContext ctx, Figure figure, Notes notes) {
    if (figure == null || figure.suppressed() || !figure.hasResult()) {
      return cell(ctx, figure, notes);
    }
    Phrase phrase = new Phrase();
    phrase.setLeading(10.5f);
    phrase.add(PdfStyle.swatch(colour(figure)));
    String first =
        figure.percentage() == null
            ? ""
            : " " + ReportNumbers.percent(figure.percentage(), ctx.locale);
    phrase.add(new Chunk(first, PdfStyle.CELL_BOLD));
    if (figure.overridden()) {
      phrase.add(new Chunk(OVERRIDE_MARK, PdfStyle.CELL_BOLD));
      notes.use(Note.OVERRIDDEN);
    }
    if (figure.smallCell()) {
      phrase.add(new Chunk(SMALL_CELL_MARK, PdfStyle.CELL_BOLD));
      notes.use(Note.SMALL_CELL);
    }
    String label = figure.levelLabel() == null ? figure.levelCode() : figure.levelLabel();
    phrase.add(new Chunk((first.isEmpty() ? " " : "\n") + PdfStyle.plain(label), PdfStyle.TINY));
    PdfPCell cell = PdfStyle.cell(phrase);
    cell.setPaddingTop(2);
    return cell;
  }

  /** "3 van 4 normen beoordeeld (75 %)"; "" without anything expected. */
  static String coverage(PdfContext ctx, Figure figure) {
    if (figure == null || figure.suppressed() || figure.coverageExpected() == 0) {
      return "";
    }
    return ctx.t(
        "report.pdf.coverage",
        figure.coverageAssessed(),
        figure.coverageExpected(),
        figure.coveragePercent());
  }

  /** What a figure rests on: findings, visits, tracers, interviews, roles, providers. */
  static String basis(PdfContext ctx, Basis basis) {
    if (basis == null || basis.equals(Basis.NONE)) {
      return ctx.t("report.pdf.basis.none");
    }
    String roles =
        basis.respondentRoles().isEmpty()
            ? ctx.t("report.pdf.basis.no_roles")
            : String.join(", ", basis.respondentRoles());
    return ctx.t(
        "report.pdf.basis",
        basis.findings(),
        basis.notAssessed(),
        basis.visits(),
        basis.tracers(),
        basis.interviews(),
        basis.providers(),
        PdfStyle.plain(roles));
  }

  /** "72,5 % ligt in de band 60–80 % (Voldoet grotendeels)"; "" without a band. */
  static String bandText(PdfContext ctx, Figure figure) {
    if (figure == null
        || figure.suppressed()
        || figure.percentage() == null
        || figure.bandFrom() == null) {
      return "";
    }
    return ctx.t(
        "report.pdf.band",
        ReportNumbers.percent(figure.percentage(), ctx.locale),
        figure.bandFrom(),
        figure.bandTo(),
        PdfStyle.plain(figure.levelLabel()));
  }

  /**
   * The scale 0–100 % with every band in its level's colour (light), the figure's band full and
   * taller with its limits written under it, and a marker at the percentage. Vector, 240 × 30 pt.
   */
  static Image bandBar(PdfContext ctx, Figure figure) {
    float width = 240;
    float height = 30;
    float left = 8;
    float scale = (width - 2 * left) / 100f;
    float barY = 14;
    PdfContentByte canvas = ctx.writer.getDirectContent();
    PdfTemplate t = canvas.createTemplate(width, height);
    for (Band band : ctx.meta.bands()) {
      Color c = PdfStyle.colour(levelColour(ctx, band.levelCode()), PdfStyle.NO_RESULT);
      boolean current = figure.bandFrom() != null && band.from() == figure.bandFrom();
      t.setColorFill(current ? c : light(c));
      float x = left + band.from() * scale;
      float w = (band.to() - band.from()) * scale;
      t.rectangle(x, current ? barY - 2 : barY, w, current ? 10 : 6);
      t.fill();
      t.setColorStroke(Color.WHITE);
      t.setLineWidth(0.6f);
      t.moveTo(x, barY - 2);
      t.lineTo(x, barY + 8);
      t.stroke();
      if (current) {
        label(t, String.valueOf(band.from()), x, 3);
        label(t, String.valueOf(band.to()), x + w, 3);
      }
    }
    if (figure.percentage() != null) {
      float x = left + Math.min(100f, Math.max(0f, figure.percentage().floatValue())) * scale;
      t.setColorFill(Color.BLACK);
      t.moveTo(x - 4, barY + 15);
      t.lineTo(x + 4, barY + 15);
      t.lineTo(x, barY + 9);
      t.closePath();
      t.fill();
      t.setColorStroke(Color.BLACK);
      t.setLineWidth(1f);
      t.moveTo(x, barY - 3);
      t.lineTo(x, barY + 9);
      t.stroke();
    }
    try {
      Image image = Image.getInstance(t);
      image.setAlt(bandText(ctx, figure));
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void label(PdfTemplate t, String text, float centre, float y) {
    t.beginText();
    t.setColorFill(PdfStyle.MUTED);
    t.setFontAndSize(PdfStyle.BASE, 6.5f);
    t.showTextAligned(PdfContentByte.ALIGN_CENTER, text, centre, y, 0);
    t.endText();
  }

  static String levelColour(PdfContext ctx, String code) {
    for (Level level : ctx.meta.levels()) {
      if (level.code().equals(code)) {
        return level.colour();
      }
    }
    return null;
  }

  static Color light(Color c) {
    return new Color(
        (c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
  }
}
