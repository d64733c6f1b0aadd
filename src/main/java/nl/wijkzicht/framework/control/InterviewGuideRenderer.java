package nl.wijkzicht.framework.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.NormDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.Option;
import nl.wijkzicht.framework.entity.FrameworkDefinition.QuestionDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.ThemeDefinition;
import nl.wijkzicht.framework.entity.RespondentRole;

/**
 * A printable interview guide (A4 PDF) for one respondent role: per theme and norm the questions
 * for that role, each with space to write the answer. Texts come from the i18n bundle and the
 * framework in the given language (Dutch by default).
 */
public final class InterviewGuideRenderer {

  private static final Color BLUE = new Color(0x15, 0x42, 0x73);
  private static final Color MUTED = new Color(0x5a, 0x65, 0x70);
  private static final Color LINE = new Color(0xb0, 0xb8, 0xc0);
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BLUE);
  private static final Font SUBTITLE = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font THEME = new Font(Font.HELVETICA, 13, Font.BOLD, BLUE);
  private static final Font NORM = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
  private static final Font ITALIC = new Font(Font.HELVETICA, 9, Font.ITALIC, MUTED);

  /**
   * Points a theme heading needs below it (heading, norm title, one question) before a page break.
   */
  private static final float MIN_SPACE_FOR_THEME = 150;

  private InterviewGuideRenderer() {}

  public static byte[] render(
      FrameworkDefinition framework, RespondentRole role, Locale locale, Instant importedAt) {
    ResourceBundle bundle = ResourceBundle.getBundle(FrameworkProblem.BUNDLE, locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      String roleName = bundle.getString("RespondentRole." + role.name());
      String footer =
          format(bundle, "guide.footer", locale, framework.code(), framework.version(), roleName);
      writer.setPageEvent(new Footer(footer, bundle.getString("guide.page")));
      document.addTitle(framework.title().in(locale) + " – " + roleName);
      document.addCreator("Wijkzicht");
      document.open();

      document.add(new Paragraph(bundle.getString("guide.heading"), SMALL));
      Paragraph title = new Paragraph(framework.title().in(locale), TITLE);
      title.setSpacingAfter(4);
      document.add(title);
      document.add(new Paragraph(format(bundle, "guide.role", locale, roleName), SUBTITLE));
      String date =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(locale)
              .format(importedAt.atZone(ZoneId.of("Europe/Amsterdam")));
      document.add(
          new Paragraph(
              format(bundle, "guide.version", locale, framework.code(), framework.version(), date),
              SMALL));
      Paragraph source = new Paragraph(framework.source().in(locale), ITALIC);
      source.setSpacingBefore(6);
      document.add(source);
      document.add(fields(bundle));
      Paragraph privacy = new Paragraph(bundle.getString("guide.privacy"), ITALIC);
      privacy.setSpacingAfter(6);
      document.add(privacy);

      int number = 0;
      for (ThemeDefinition theme : framework.themes()) {
        List<NormDefinition> norms =
            theme.norms().stream()
                .filter(n -> n.questions().stream().anyMatch(q -> q.isAskedOf(role)))
                .toList();
        if (norms.isEmpty()) {
          continue;
        }
        if (writer.getVerticalPosition(true) < document.bottom() + MIN_SPACE_FOR_THEME) {
          document.newPage(); // No theme heading alone at the bottom of a page.
        }
        Paragraph themeTitle = new Paragraph(theme.code() + "  " + theme.title().in(locale), THEME);
        themeTitle.setSpacingBefore(12);
        themeTitle.setSpacingAfter(2);
        themeTitle.setKeepTogether(true);
        document.add(themeTitle);
        for (NormDefinition norm : norms) {
          Paragraph normTitle = new Paragraph(norm.code() + "  " + norm.title().in(locale), NORM);
          normTitle.setSpacingBefore(6);
          document.add(normTitle);
          for (QuestionDefinition question : norm.questions()) {
            if (question.isAskedOf(role)) {
              document.add(question(++number, question, bundle, locale));
            }
          }
        }
      }
      if (number == 0) {
        document.add(new Paragraph(bundle.getString("guide.noQuestions"), TEXT));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render interview guide", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable fields(ResourceBundle bundle) {
    PdfPTable table = new PdfPTable(new float[] {1, 2, 1, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setSpacingAfter(4);
    for (String key :
        List.of(
            "guide.field.area",
            "guide.field.date",
            "guide.field.inspector",
            "guide.field.pseudonym")) {
      PdfPCell label = new PdfPCell(new Phrase(bundle.getString(key), SMALL));
      label.setBorder(Rectangle.NO_BORDER);
      label.setPaddingTop(8);
      table.addCell(label);
      PdfPCell space = new PdfPCell(new Phrase(" ", TEXT));
      space.setBorder(Rectangle.BOTTOM);
      space.setBorderColor(LINE);
      table.addCell(space);
    }
    return table;
  }

  private static PdfPTable question(
      int number, QuestionDefinition question, ResourceBundle bundle, Locale locale) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setKeepTogether(true);
    Paragraph text = new Paragraph();
    text.add(new Chunk(number + ". ", NORM));
    text.add(new Chunk(question.text().in(locale), TEXT));
    text.add(new Chunk("   (" + question.code() + ")", SMALL));
    PdfPCell head = new PdfPCell(text);
    head.setBorder(Rectangle.NO_BORDER);
    head.setPaddingBottom(3);
    table.addCell(head);
    PdfPCell answer = new PdfPCell();
    answer.setBorder(Rectangle.NO_BORDER);
    answer.setPaddingLeft(14);
    AnswerType type = question.type();
    switch (type) {
      case YES_NO ->
          answer.addElement(
              new Paragraph(
                  box()
                      + bundle.getString("guide.answer.yes")
                      + "        "
                      + box()
                      + bundle.getString("guide.answer.no"),
                  TEXT));
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        answer.addElement(
            new Paragraph(
                bundle.getString(
                    type == AnswerType.SINGLE_CHOICE
                        ? "guide.answer.single"
                        : "guide.answer.multiple"),
                SMALL));
        for (Option option : question.options()) {
          answer.addElement(new Paragraph(box() + option.label().in(locale), TEXT));
        }
      }
      case SCALE -> {
        StringBuilder scale = new StringBuilder();
        for (int i = question.min(); i <= question.max(); i++) {
          scale.append(box()).append(i).append("     ");
        }
        answer.addElement(
            new Paragraph(
                format(bundle, "guide.answer.scale", locale, question.min(), question.max()),
                SMALL));
        answer.addElement(new Paragraph(scale.toString().strip(), TEXT));
      }
      case NUMBER ->
          answer.addElement(
              new Paragraph(bundle.getString("guide.answer.number") + " ______________", TEXT));
      case OPEN -> {
        for (int i = 0; i < 4; i++) {
          PdfPTable line = new PdfPTable(1);
          line.setWidthPercentage(100);
          PdfPCell cell = new PdfPCell(new Phrase(" ", TEXT));
          cell.setBorder(Rectangle.BOTTOM);
          cell.setBorderColor(LINE);
          cell.setFixedHeight(18);
          line.addCell(cell);
          answer.addElement(line);
        }
      }
    }
    table.addCell(answer);
    return table;
  }

  private static String box() {
    return "[  ] ";
  }

  private static String format(
      ResourceBundle bundle, String key, Locale locale, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale)
        .format(java.util.Arrays.stream(arguments).map(String::valueOf).toArray());
  }

  /** Footer with framework, version and role on every page, and the page number. */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;
    private final String page;

    Footer(String text, String page) {
      this.text = text;
      this.page = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_LEFT,
          new Phrase(text, SMALL),
          document.left(),
          document.bottom() - 24,
          0);
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase(page + " " + writer.getPageNumber(), SMALL),
          document.right(),
          document.bottom() - 24,
          0);
    }
  }
}
