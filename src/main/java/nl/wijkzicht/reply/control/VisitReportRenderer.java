package nl.wijkzicht.reply.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The visit report as an A4 PDF in Dutch (OpenPDF): title and language set in the document, the
 * visit's facts, per theme and norm the rating and motivation, the provider's remarks with the
 * inspectorate's decision and how the finding changed, then the reply as submitted; "pagina n van
 * m" and the visit on every page. Pure: no database, unit-tested.
 */
public final class VisitReportRenderer {

  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final String BUNDLE = "nl.wijkzicht.i18n.messages";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);

  private static final Color BLUE = new Color(0x15, 0x42, 0x73);
  private static final Color MUTED = new Color(0x4a, 0x55, 0x60);
  private static final Color LINE = new Color(0xb0, 0xb8, 0xc0);
  private static final Color SHADE = new Color(0xf1, 0xf4, 0xf7);
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BLUE);
  private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD, BLUE);
  private static final Font H3 = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
  private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD, MUTED);

  private VisitReportRenderer() {}

  public static byte[] render(VisitReport report) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, DUTCH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      String title =
          bundle.getString("report.title")
              + " – "
              + report.providerName()
              + ", "
              + report.locationName();
      document.addTitle(title);
      document.addSubject(report.studyTitle());
      document.addCreator("Wijkzicht");
      document.addAuthor(bundle.getString("report.heading"));
      document.setDocumentLanguage("nl-NL");
      writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
      // The document's language in the catalog (/Lang), for screen readers (PDF/UA, WCAG PDF16).
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
      writer.setPageEvent(
          new Footer(format(bundle, "report.footer", report.visitId()), bundle, "report.page"));
      document.open();

      document.add(new Paragraph(bundle.getString("report.heading"), SMALL));
      Paragraph heading = new Paragraph(title, TITLE);
      heading.setSpacingAfter(8);
      document.add(heading);
      document.add(facts(report, bundle));

      section(document, bundle.getString("report.findings"));
      String theme = null;
      for (VisitReport.Norm norm : report.norms()) {
        if (!norm.themeCode().equals(theme)) {
          theme = norm.themeCode();
          Paragraph t = new Paragraph(norm.themeCode() + "  " + norm.themeTitle(), H3);
          t.setSpacingBefore(10);
          document.add(t);
        }
        document.add(norm(norm, bundle));
      }

      section(document, bundle.getString("report.reply"));
      VisitReport.Submitted reply = report.reply();
      if (reply == null) {
        document.add(new Paragraph(bundle.getString("report.reply.none"), TEXT));
      } else {
        document.add(
            new Paragraph(
                format(
                    bundle,
                    "report.reply.submitted",
                    DATE_TIME.format(reply.submittedAt()),
                    reply.submittedBy()),
                SMALL));
        Paragraph general = new Paragraph(bundle.getString("report.reply.general"), LABEL);
        general.setSpacingBefore(6);
        document.add(general);
        document.add(new Paragraph(text(reply.generalText()), TEXT));
        if (!reply.attachments().isEmpty()) {
          document.add(
              new Paragraph(
                  bundle.getString("report.reply.attachments")
                      + ": "
                      + String.join(", ", reply.attachments()),
                  TEXT));
        }
      }
      Paragraph made =
          new Paragraph(format(bundle, "report.created", DATE_TIME.format(report.madeAt())), SMALL);
      made.setSpacingBefore(16);
      document.add(made);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render visit report " + report.visitId(), e);
    }
    return out.toByteArray();
  }

  private static PdfPTable facts(VisitReport report, ResourceBundle bundle) {
    PdfPTable table = new PdfPTable(new float[] {1, 3});
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    row(table, bundle.getString("report.provider"), report.providerName());
    row(table, bundle.getString("report.location"), report.locationName());
    row(table, bundle.getString("report.area"), report.areaLabel());
    row(table, bundle.getString("report.study"), report.studyTitle());
    row(table, bundle.getString("report.date"), DATE.format(report.visitDate()));
    row(table, bundle.getString("report.inspectors"), String.join(", ", report.inspectors()));
    if (report.signedOffAt() != null) {
      row(
          table,
          bundle.getString("report.signed_off"),
          format(
              bundle,
              "report.signed_off.value",
              report.signedOffBy(),
              DATE_TIME.format(report.signedOffAt())));
    }
    return table;
  }

  private static void row(PdfPTable table, String label, String value) {
    PdfPCell left = new PdfPCell(new Phrase(label, LABEL));
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(3);
    table.addCell(left);
    PdfPCell right = new PdfPCell(new Phrase(text(value), TEXT));
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(3);
    table.addCell(right);
  }

  private static void section(Document document, String title) throws DocumentException {
    Paragraph p = new Paragraph(title, H2);
    p.setSpacingBefore(14);
    p.setSpacingAfter(2);
    document.add(p);
  }

  private static PdfPTable norm(VisitReport.Norm norm, ResourceBundle bundle) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    PdfPCell head = new PdfPCell();
    head.setBorder(Rectangle.TOP);
    head.setBorderColor(LINE);
    head.setPaddingTop(5);
    Paragraph title = new Paragraph();
    title.add(new Chunk(norm.code() + "  ", BOLD));
    title.add(new Chunk(norm.title(), TEXT));
    head.addElement(title);
    Paragraph rating = new Paragraph();
    rating.add(new Chunk(bundle.getString("report.rating") + ": ", LABEL));
    rating.add(
        new Chunk(
            norm.rating() == null ? bundle.getString("report.unrated") : norm.rating(), BOLD));
    head.addElement(rating);
    if (norm.motivation() != null && !norm.motivation().isBlank()) {
      head.addElement(new Paragraph(text(norm.motivation()), TEXT));
    }
    table.addCell(head);
    for (VisitReport.Remark remark : norm.remarks()) {
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderColor(BLUE);
      cell.setBorderWidthLeft(2);
      cell.setBackgroundColor(SHADE);
      cell.setPaddingLeft(8);
      cell.setPaddingBottom(6);
      Paragraph said = new Paragraph();
      said.add(new Chunk(bundle.getString("report.remark") + " · ", LABEL));
      said.add(new Chunk(bundle.getString("decision.kind." + remark.kind()), LABEL));
      cell.addElement(said);
      cell.addElement(new Paragraph(text(remark.text()), TEXT));
      if (!remark.attachments().isEmpty()) {
        cell.addElement(
            new Paragraph(
                bundle.getString("report.reply.attachments")
                    + ": "
                    + String.join(", ", remark.attachments()),
                SMALL));
      }
      Paragraph decided = new Paragraph();
      decided.setSpacingBefore(4);
      decided.add(new Chunk(bundle.getString("report.decision") + ": ", LABEL));
      decided.add(
          new Chunk(
              remark.outcome() == null
                  ? bundle.getString("report.decision.none")
                  : bundle.getString("DecisionOutcome." + remark.outcome()),
              BOLD));
      cell.addElement(decided);
      if (remark.reason() != null && !remark.reason().isBlank()) {
        cell.addElement(
            new Paragraph(
                bundle.getString("report.decision.reason") + ": " + text(remark.reason()), TEXT));
      }
      for (VisitReport.Change change : remark.changes()) {
        String line =
            "RATING".equals(change.field())
                ? format(bundle, "report.change.rating", change.before(), change.after())
                : bundle.getString("report.change.motivation") + ": " + text(change.after());
        cell.addElement(new Paragraph(line, TEXT));
      }
      table.addCell(cell);
    }
    return table;
  }

  /**
   * Text as the standard PDF fonts can draw it (WinAnsi): arrows and other signs outside it become
   * plain words or are dropped.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("→", "->").replace("\r\n", "\n");
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), DUTCH)
        .format(java.util.Arrays.stream(arguments).map(String::valueOf).toArray());
  }

  /** The visit on the left, "pagina n van m" on the right of every page (m filled in at close). */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;
    private final ResourceBundle bundle;
    private final String pageKey;
    private final BaseFont font;
    private PdfTemplate total;

    Footer(String text, ResourceBundle bundle, String pageKey) {
      this.text = text;
      this.bundle = bundle;
      this.pageKey = pageKey;
      try {
        this.font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 24;
      float size = 8.5f;
      canvas.saveState();
      canvas.setColorFill(MUTED);
      canvas.beginText();
      canvas.setFontAndSize(font, size);
      canvas.setTextMatrix(document.left(), y);
      canvas.showText(text);
      String page = format(bundle, pageKey, writer.getPageNumber(), "");
      float width = font.getWidthPoint(page, size);
      float x = document.right() - 20 - width;
      canvas.setTextMatrix(x, y);
      canvas.showText(page);
      canvas.endText();
      canvas.addTemplate(total, x + width, y);
      canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, 8.5f);
      total.setColorFill(MUTED);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }

  /** The report's file name: wijkzicht-bezoekrapport-12.pdf. */
  public static String fileName(long visitId) {
    return "wijkzicht-bezoekrapport-" + visitId + ".pdf";
  }

  /** The Dutch label of a date, for callers that word dates the same way. */
  public static String date(Instant instant) {
    return DATE_TIME.format(instant);
  }
}
