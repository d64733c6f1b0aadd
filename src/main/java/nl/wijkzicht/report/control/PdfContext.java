package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.report.control.ReportModel.Meta;

/**
 * One pass of writing a report: the document and writer, the report's texts, and the page events
 * that draw the header line (study title) and the footer ("pagina x van y") and record, for every
 * heading, the page it lands on. Headings become bookmarks (chapters, with themes under them) and
 * entries of the table of contents, which {@link ReportPdf} writes in its second pass with the page
 * numbers this pass found.
 */
final class PdfContext extends PdfPageEventHelper {

  /** A heading: level 1 a chapter, level 2 a part of it (a theme); page 0 until it is placed. */
  record Heading(String key, int level, String title, int page) {}

  final Document document;
  final PdfWriter writer;
  final ReportTexts texts;
  final Locale locale;
  final Meta meta;
  private final String headerRight;
  private final boolean links;
  private final List<Heading> placed = new ArrayList<>();
  private final Map<String, Heading> waiting = new HashMap<>();
  private PdfOutline chapter;
  private PdfTemplate total;
  private int count;
  private int pages;

  PdfContext(
      Document document,
      PdfWriter writer,
      ReportTexts texts,
      Meta meta,
      String headerRight,
      boolean links) {
    this.document = document;
    this.writer = writer;
    this.texts = texts;
    this.locale = texts.locale();
    this.meta = meta;
    this.headerRight = headerRight;
    this.links = links;
  }

  String t(String key, Object... args) {
    return texts.text(key, args);
  }

  void add(Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chapter on a new page: an H1 heading, a top-level bookmark and an entry in the contents. */
  void chapter(String title) {
    document.newPage();
    add(heading(1, title, PdfStyle.H1, 0, 10));
  }

  /** A part of the current chapter (a theme): an H2 heading, a bookmark under the chapter. */
  void section(String title) {
    add(heading(2, title, PdfStyle.H2, 14, 4));
  }

  private Paragraph heading(
      int level, String title, com.lowagie.text.Font font, float before, float after) {
    String key = "h" + (++count);
    waiting.put(key, new Heading(key, level, title, 0));
    Chunk chunk = new Chunk(PdfStyle.plain(title), font);
    chunk.setGenericTag(key);
    if (links) {
      chunk.setLocalDestination(key);
    }
    Paragraph p = new Paragraph(chunk);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setKeepTogether(true);
    return p;
  }

  List<Heading> headings() {
    return List.copyOf(placed);
  }

  int pages() {
    return pages;
  }

  @Override
  public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
    Heading heading = waiting.remove(tag);
    if (heading == null) {
      return;
    }
    Heading at = new Heading(heading.key(), heading.level(), heading.title(), w.getPageNumber());
    placed.add(at);
    PdfOutline root = w.getDirectContent().getRootOutline();
    PdfOutline parent = at.level() == 1 || chapter == null ? root : chapter;
    PdfDestination destination =
        new PdfDestination(PdfDestination.XYZ, d.left(), rect.getTop() + 16, 0);
    PdfOutline outline = new PdfOutline(parent, destination, PdfStyle.plain(at.title()), false);
    if (at.level() == 1) {
      chapter = outline;
    }
  }

  @Override
  public void onOpenDocument(PdfWriter w, Document d) {
    total = w.getDirectContent().createTemplate(40, 12);
  }

  @Override
  public void onEndPage(PdfWriter w, Document d) {
    int page = w.getPageNumber();
    if (page == 1) {
      return; // the cover
    }
    PdfContentByte canvas = w.getDirectContentUnder();
    float size = 8f;
    float top = d.top() + 22;
    canvas.saveState();
    canvas.setColorStroke(PdfStyle.LINE);
    canvas.setLineWidth(0.5f);
    canvas.moveTo(d.left(), top - 4);
    canvas.lineTo(d.right(), top - 4);
    canvas.stroke();
    canvas.restoreState();
    PdfContentByte text = w.getDirectContent();
    text.saveState();
    text.setColorFill(PdfStyle.MUTED);
    String study = cut(PdfStyle.plain(meta.studyTitle()), 70);
    ColumnText.showTextAligned(
        text,
        Element.ALIGN_LEFT,
        new com.lowagie.text.Phrase(study, PdfStyle.SMALL),
        d.left(),
        top,
        0);
    ColumnText.showTextAligned(
        text,
        Element.ALIGN_RIGHT,
        new com.lowagie.text.Phrase(cut(PdfStyle.plain(headerRight), 50), PdfStyle.SMALL),
        d.right(),
        top,
        0);
    float y = d.bottom() - 26;
    text.beginText();
    text.setFontAndSize(PdfStyle.BASE, size);
    text.setTextMatrix(d.left(), y);
    text.showText(t("report.pdf.footer"));
    String label = t("report.pdf.page", page, "");
    float width = PdfStyle.BASE.getWidthPoint(label, size);
    float x = d.right() - 18 - width;
    text.setTextMatrix(x, y);
    text.showText(label);
    text.endText();
    text.addTemplate(total, x + width, y);
    text.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter w, Document d) {
    pages = w.getPageNumber() - 1;
    total.beginText();
    total.setFontAndSize(PdfStyle.BASE, 8f);
    total.setColorFill(PdfStyle.MUTED);
    total.setTextMatrix(0, 0);
    total.showText(String.valueOf(pages));
    total.endText();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
