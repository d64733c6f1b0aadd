package nl.wijkzicht.report.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.util.List;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.Graphics2DRenderer;
import nl.wijkzicht.network.control.Layout;
import nl.wijkzicht.network.control.NetworkLayout;
import nl.wijkzicht.report.control.Markdown.Block;
import nl.wijkzicht.report.control.Markdown.BlockKind;
import nl.wijkzicht.report.control.Markdown.Run;
import nl.wijkzicht.report.control.ReportModel.Band;
import nl.wijkzicht.report.control.ReportModel.Level;
import nl.wijkzicht.report.control.ReportModel.Meta;

/**
 * The parts both reports share: the coordinator's conclusions (Markdown subset → paragraphs, lists,
 * bold and italic; the text is drawn as written, never read as markup), the network drawings as
 * vector graphics, and the method appendix.
 */
final class PdfText {

  private PdfText() {}

  /** The conclusions, or a line saying there are none. */
  static void conclusions(PdfContext ctx, String markdown) {
    List<Block> blocks = Markdown.blocks(markdown);
    if (blocks.isEmpty()) {
      ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.conclusions.none"), PdfStyle.SMALL));
      return;
    }
    for (Block block : blocks) {
      Paragraph p = new Paragraph();
      p.setLeading(13.5f);
      float indent = 14 * block.depth();
      switch (block.kind()) {
        case HEADING -> {
          p.setSpacingBefore(8);
          p.setSpacingAfter(2);
        }
        case BULLET, NUMBERED -> {
          String marker = block.kind() == BlockKind.BULLET ? "•" : block.number() + ".";
          p.add(new Chunk(marker, PdfStyle.TEXT));
          p.add(new Chunk(" ", PdfStyle.TEXT));
          p.setIndentationLeft(indent + 24);
          p.setFirstLineIndent(-14);
          p.setSpacingAfter(2);
        }
        case PARAGRAPH -> {
          p.setIndentationLeft(indent);
          p.setSpacingBefore(4);
          p.setSpacingAfter(4);
        }
        default -> {}
      }
      for (Run run : block.runs()) {
        Font font = font(block.kind() == BlockKind.HEADING || run.bold(), run.italic());
        if (block.kind() == BlockKind.HEADING) {
          font = PdfStyle.H3;
        }
        p.add(new Chunk(PdfStyle.plain(run.text()), font));
      }
      ctx.add(p);
    }
  }

  private static Font font(boolean bold, boolean italic) {
    if (bold && italic) {
      return PdfStyle.BOLD_ITALIC;
    }
    return bold ? PdfStyle.BOLD : italic ? PdfStyle.ITALIC : PdfStyle.TEXT;
  }

  /** A network drawing (who does what, a tracer's care network) scaled to fit, as vectors. */
  static Image diagram(PdfContext ctx, Diagram diagram, float maxWidth, float maxHeight) {
    Layout layout = NetworkLayout.layout(diagram);
    float w = (float) layout.width();
    float h = (float) layout.height();
    PdfTemplate template = ctx.writer.getDirectContent().createTemplate(w, h);
    Graphics2D g = template.createGraphics(w, h);
    try {
      Graphics2DRenderer.draw(layout, g);
    } finally {
      g.dispose();
    }
    try {
      Image image = Image.getInstance(template);
      image.scaleToFit(maxWidth, maxHeight);
      image.setAlt(PdfStyle.plain(diagram.title()));
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The method appendix: framework, rule, bands, period, minimum cell size, when and from what. */
  static void method(PdfContext ctx, String basis) {
    Meta meta = ctx.meta;
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.method.intro"), PdfStyle.TEXT, 0, 8));
    PdfPTable facts = new PdfPTable(new float[] {1.3f, 3});
    facts.setWidthPercentage(100);
    facts.setSpacingAfter(8);
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.method.framework"),
        ctx.t("report.pdf.cover.framework.value", meta.frameworkTitle(), meta.frameworkVersion()));
    PdfStyle.fact(facts, ctx.t("report.pdf.method.rule"), rule(ctx, meta.rule()));
    PdfStyle.fact(facts, ctx.t("report.pdf.method.period"), ReportPdf.period(ctx, meta));
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.method.min_cell"),
        ctx.t("report.pdf.method.min_cell.value", meta.minCellSize()));
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.method.suppression"),
        ctx.t(
            meta.suppressed()
                ? "report.pdf.method.suppression.public"
                : "report.pdf.method.suppression.internal",
            meta.minCellSize()));
    PdfStyle.fact(facts, ctx.t("report.pdf.method.basis"), basis);
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.method.generated"),
        ReportNumbers.dateTime(meta.generatedAt(), ctx.locale));
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.method.fingerprint"),
        meta.fingerprint() == null ? "—" : meta.fingerprint());
    ctx.add(facts);

    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.method.levels"), PdfStyle.H3, 6, 2));
    PdfPTable levels = PdfStyle.table(3, 1.2f, 1);
    levels.setHeaderRows(1);
    levels.addCell(PdfStyle.head(ctx.t("report.pdf.method.level")));
    levels.addCell(PdfStyle.head(ctx.t("report.pdf.method.band")));
    levels.addCell(PdfStyle.head(ctx.t("report.pdf.method.score")));
    for (Level level : meta.levels()) {
      com.lowagie.text.Phrase label = new com.lowagie.text.Phrase();
      label.add(PdfStyle.swatch(PdfStyle.colour(level.colour(), PdfStyle.NO_RESULT)));
      label.add(
          new Chunk(
              " " + PdfStyle.plain(level.label()) + " (" + level.code() + ")", PdfStyle.CELL));
      levels.addCell(PdfStyle.cell(label));
      levels.addCell(PdfStyle.cell(bands(meta, level.code())));
      levels.addCell(PdfStyle.number(level.score() == null ? "—" : level.score().toString()));
    }
    ctx.add(levels);
  }

  private static String rule(PdfContext ctx, String rule) {
    String text = ctx.t("RollUpRule." + rule);
    return text.startsWith("???") ? PdfStyle.plain(rule) : text;
  }

  private static String bands(Meta meta, String levelCode) {
    StringBuilder text = new StringBuilder();
    for (Band band : meta.bands()) {
      if (band.levelCode().equals(levelCode)) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(band.from()).append("–").append(band.to()).append(" %");
      }
    }
    return text.length() == 0 ? "—" : text.toString();
  }
}
