package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;

/**
 * The look of the report PDFs, shared by every part: the standard Helvetica (as the visit report),
 * the inspectorate's blue, muted greys, and small builders for cells and paragraphs. Text from
 * users passes through {@link #plain} only: it is drawn as written, never read as markup.
 */
final class PdfStyle {

  static final Color BLUE = new Color(0x15, 0x42, 0x73);
  static final Color MUTED = new Color(0x4a, 0x55, 0x60);
  static final Color LINE = new Color(0xb0, 0xb8, 0xc0);
  static final Color SHADE = new Color(0xf1, 0xf4, 0xf7);
  static final Color NO_RESULT = new Color(0xd9, 0xdd, 0xe1);
  static final Color SUPPRESSED = new Color(0xf4, 0xf5, 0xf6);

  static final Font COVER_TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, BLUE);
  static final Font COVER_SUB = new Font(Font.HELVETICA, 15, Font.NORMAL, BLUE);
  static final Font H1 = new Font(Font.HELVETICA, 17, Font.BOLD, BLUE);
  static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD, BLUE);
  static final Font H3 = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
  static final Font TEXT = new Font(Font.HELVETICA, 10);
  static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  static final Font ITALIC = new Font(Font.HELVETICA, 10, Font.ITALIC);
  static final Font BOLD_ITALIC = new Font(Font.HELVETICA, 10, Font.BOLDITALIC);
  static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
  static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD, MUTED);
  static final Font CELL = new Font(Font.HELVETICA, 8);
  static final Font CELL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
  static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
  static final Font TINY = new Font(Font.HELVETICA, 7, Font.NORMAL, MUTED);

  static final BaseFont BASE;
  static final BaseFont BASE_BOLD;

  static {
    try {
      BASE = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
      BASE_BOLD = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private PdfStyle() {}

  /**
   * Text as the standard PDF fonts can draw it (WinAnsi), drawn as written: arrows become "->",
   * other signs outside WinAnsi are left to the font (not drawn); nothing is interpreted.
   */
  static String plain(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("→", "->").replace("≥", ">=").replace("≤", "<=").replace("\r\n", "\n");
  }

  static Color colour(String hex, Color fallback) {
    if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
      return fallback;
    }
    return Color.decode(hex);
  }

  /** Black or white, whichever reads better on {@code background} (WCAG relative luminance). */
  static Color textOn(Color background) {
    double l =
        0.2126 * channel(background.getRed())
            + 0.7152 * channel(background.getGreen())
            + 0.0722 * channel(background.getBlue());
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  static Paragraph paragraph(String text, Font font) {
    return new Paragraph(plain(text), font);
  }

  static Paragraph paragraph(String text, Font font, float before, float after) {
    Paragraph p = paragraph(text, font);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  /** A coloured square followed by a space, as a chunk (a swatch beside a level label). */
  static Chunk swatch(Color colour) {
    Chunk chunk = new Chunk("\u00a0\u00a0\u00a0\u00a0", CELL);
    chunk.setBackground(colour, 0, 1, 0, 1);
    return chunk;
  }

  static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    return table;
  }

  static PdfPCell head(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(plain(text), HEAD));
    cell.setBackgroundColor(BLUE);
    cell.setBorderColor(BLUE);
    cell.setPadding(3);
    return cell;
  }

  static PdfPCell cell(String text) {
    return cell(new Phrase(plain(text), CELL));
  }

  static PdfPCell cell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(LINE);
    cell.setPadding(3);
    return cell;
  }

  static PdfPCell number(String text) {
    PdfPCell cell = cell(text);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  /** A label/value row without borders (facts on the cover and in the appendix). */
  static void fact(PdfPTable table, String label, String value) {
    PdfPCell left = new PdfPCell(new Phrase(plain(label), LABEL));
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(3);
    table.addCell(left);
    PdfPCell right = new PdfPCell(new Phrase(plain(value), TEXT));
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(3);
    table.addCell(right);
  }
}
