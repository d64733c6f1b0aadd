package nl.wijkzicht.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import nl.wijkzicht.report.control.PdfContext.Heading;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.Meta;
import nl.wijkzicht.report.control.ReportModel.NationalReport;

/**
 * The area report ("inzichten per gebied") and the national comparison as A4 PDFs that are printed
 * and published under the inspectorate's name: a cover, a table of contents with page numbers,
 * bookmarks per chapter and theme, title, author, subject and language (/Lang) set, the study on
 * every page's header line and "pagina x van y" in the footer. Pure: model in, PDF out.
 *
 * <p>The table of contents needs the pages its headings land on before they are written. The report
 * is therefore written twice, both times streamed: first to a discarding stream (recording each
 * heading's page), then to {@code out} with the contents filled in, its own length measured
 * beforehand on a scratch document. Nothing holds the whole document: memory stays flat, at the
 * price of writing the body twice. (PdfWriter.reorderPages would need the contents' length before
 * the body's page numbers are printed, which is the same problem.)
 */
public final class ReportPdf {

  private static final Logger LOG = Logger.getLogger(ReportPdf.class.getName());

  /** How many pages were written. */
  public record PdfResult(int pages) {}

  private ReportPdf() {}

  public static PdfResult area(AreaReport report, ReportTexts texts, OutputStream out) {
    return area(report, texts, null, out);
  }

  /**
   * @param edition a version line for the cover ("Versie 2, gepubliceerd op …"); null: none
   */
  public static PdfResult area(
      AreaReport report, ReportTexts texts, String edition, OutputStream out) {
    String area = report.area().label();
    Spec spec =
        new Spec(
            report.meta(),
            texts.text("report.pdf.area.title"),
            area,
            texts.text("report.pdf.area.header", area),
            edition);
    return write(spec, texts, pass -> AreaPdf.write(pass.ctx, report), out, p -> {});
  }

  public static PdfResult national(
      NationalReport report, ReportTexts texts, OutputStream out, IntConsumer progressPercent) {
    return national(report, texts, null, out, progressPercent);
  }

  /**
   * @param progressPercent told 0–100 as the areas and pages are written (both passes)
   */
  public static PdfResult national(
      NationalReport report,
      ReportTexts texts,
      String edition,
      OutputStream out,
      IntConsumer progressPercent) {
    Spec spec =
        new Spec(
            report.meta(),
            texts.text("report.pdf.national.title"),
            texts.text("report.pdf.national.subtitle", report.areas().size()),
            texts.text("report.pdf.national.header"),
            edition);
    IntConsumer progress = progressPercent == null ? p -> {} : progressPercent;
    return write(
        spec, texts, pass -> NationalPdf.write(pass.ctx, report, pass.progress), out, progress);
  }

  /** The document's language tag for /Lang: en-GB or nl-NL. */
  static String language(Meta meta, ReportTexts texts) {
    String language = meta.language() != null ? meta.language() : texts.locale().getLanguage();
    return language.startsWith("en") ? "en-GB" : "nl-NL";
  }

  private record Spec(Meta meta, String title, String subtitle, String header, String edition) {}

  private static PdfResult write(
      Spec spec, ReportTexts texts, Consumer<Pass> body, OutputStream out, IntConsumer progress) {
    Pass first = new Pass(spec, texts, OutputStream.nullOutputStream(), List.of(), false);
    first.progress = p -> progress.accept(p / 2);
    first.run(body);
    List<Heading> found = first.ctx.headings();
    int contentsPages = contentsPages(spec, texts, found);
    List<Heading> shifted =
        found.stream()
            .map(h -> new Heading(h.key(), h.level(), h.title(), h.page() + contentsPages))
            .toList();
    Pass second = new Pass(spec, texts, out, shifted, true);
    second.progress = p -> progress.accept(50 + p / 2);
    second.run(body);
    if (!second.ctx.headings().equals(shifted)) {
      LOG.warning(() -> "Contents page numbers differ from the pages written: " + spec.title());
    }
    progress.accept(100);
    return new PdfResult(second.ctx.pages());
  }

  /** How many pages the contents take, measured on a scratch document. */
  private static int contentsPages(Spec spec, ReportTexts texts, List<Heading> headings) {
    Pass scratch = new Pass(spec, texts, OutputStream.nullOutputStream(), headings, false);
    scratch.open();
    scratch.ctx.document.newPage();
    contents(scratch.ctx, headings, false);
    int before = 1;
    scratch.ctx.document.close();
    return scratch.ctx.pages() - before;
  }

  /** One pass: a document on {@code out} with its metadata, cover and (given headings) contents. */
  static final class Pass {
    final Spec spec;
    final ReportTexts texts;
    final OutputStream out;
    final List<Heading> contents;
    final boolean links;
    PdfContext ctx;
    IntConsumer progress = p -> {};

    Pass(Spec spec, ReportTexts texts, OutputStream out, List<Heading> contents, boolean links) {
      this.spec = spec;
      this.texts = texts;
      this.out = out;
      this.contents = contents;
      this.links = links;
    }

    void open() {
      Document document = new Document(PageSize.A4, 56, 56, 64, 64);
      try {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        ctx = new PdfContext(document, writer, texts, spec.meta(), spec.header(), links);
        String language = language(spec.meta(), texts);
        document.addTitle(PdfStyle.plain(spec.title() + " – " + spec.subtitle()));
        document.addSubject(PdfStyle.plain(spec.meta().studyTitle()));
        document.addAuthor(texts.text("report.pdf.author"));
        document.addCreator("Wijkzicht");
        document.addKeywords(PdfStyle.plain(spec.meta().frameworkTitle()));
        document.setDocumentLanguage(language);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(ctx);
        document.open();
        cover(ctx, spec);
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
    }

    void run(Consumer<Pass> body) {
      open();
      if (!contents.isEmpty()) {
        ctx.document.newPage();
        contents(ctx, contents, links);
      }
      body.accept(this);
      ctx.document.close();
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void cover(PdfContext ctx, Spec spec) {
    Meta meta = spec.meta();
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.author"), PdfStyle.LABEL, 0, 90));
    ctx.add(PdfStyle.paragraph(spec.title(), PdfStyle.COVER_TITLE, 0, 6));
    ctx.add(PdfStyle.paragraph(spec.subtitle(), PdfStyle.COVER_SUB, 0, 30));
    ctx.add(PdfStyle.paragraph(meta.studyTitle(), PdfStyle.H2, 0, 16));
    PdfPTable facts = new PdfPTable(new float[] {1.2f, 3});
    facts.setWidthPercentage(100);
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.cover.framework"),
        ctx.t("report.pdf.cover.framework.value", meta.frameworkTitle(), meta.frameworkVersion()));
    PdfStyle.fact(facts, ctx.t("report.pdf.cover.period"), period(ctx, meta));
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.cover.date"),
        ReportNumbers.date(
            meta.generatedAt() == null
                ? LocalDate.now(ReportNumbers.AMSTERDAM)
                : LocalDate.ofInstant(meta.generatedAt(), ReportNumbers.AMSTERDAM),
            ctx.locale));
    if (spec.edition() != null && !spec.edition().isBlank()) {
      PdfStyle.fact(facts, ctx.t("report.pdf.cover.edition"), spec.edition());
    }
    PdfStyle.fact(
        facts,
        ctx.t("report.pdf.cover.status"),
        ctx.t(meta.suppressed() ? "report.pdf.cover.public" : "report.pdf.cover.internal"));
    ctx.add(facts);
    Paragraph note =
        PdfStyle.paragraph(
            ctx.t(
                meta.suppressed()
                    ? "report.pdf.cover.note.public"
                    : "report.pdf.cover.note.internal",
                meta.minCellSize()),
            PdfStyle.SMALL,
            40,
            0);
    ctx.add(note);
  }

  static String period(PdfContext ctx, Meta meta) {
    if (meta.startsOn() == null && meta.endsOn() == null) {
      return "—";
    }
    return ReportNumbers.date(meta.startsOn(), ctx.locale)
        + " – "
        + ReportNumbers.date(meta.endsOn(), ctx.locale);
  }

  /** The table of contents: chapters and their themes with page numbers, each a link. */
  private static void contents(PdfContext ctx, List<Heading> headings, boolean links) {
    ctx.add(PdfStyle.paragraph(ctx.t("report.pdf.contents"), PdfStyle.H1, 0, 12));
    PdfPTable table = new PdfPTable(new float[] {12, 1});
    table.setWidthPercentage(100);
    for (Heading heading : headings) {
      boolean chapter = heading.level() == 1;
      Chunk title =
          new Chunk(PdfStyle.plain(heading.title()), chapter ? PdfStyle.BOLD : PdfStyle.TEXT);
      Chunk page =
          new Chunk(String.valueOf(heading.page()), chapter ? PdfStyle.BOLD : PdfStyle.TEXT);
      if (links) {
        title.setLocalGoto(heading.key());
        page.setLocalGoto(heading.key());
      }
      PdfPCell left = new PdfPCell(new Phrase(title));
      left.setBorder(Rectangle.BOTTOM);
      left.setBorderColor(PdfStyle.SHADE);
      left.setPaddingLeft(chapter ? 2 : 18);
      left.setPaddingTop(chapter ? 6 : 2);
      left.setPaddingBottom(3);
      table.addCell(left);
      PdfPCell right = new PdfPCell(new Phrase(page));
      right.setBorder(Rectangle.BOTTOM);
      right.setBorderColor(PdfStyle.SHADE);
      right.setHorizontalAlignment(Element.ALIGN_RIGHT);
      right.setPaddingTop(chapter ? 6 : 2);
      right.setPaddingBottom(3);
      table.addCell(right);
    }
    ctx.add(table);
  }
}
