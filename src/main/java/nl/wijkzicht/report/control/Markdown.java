package nl.wijkzicht.report.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The coordinator's conclusions: a small Markdown subset (paragraphs, headings, bulleted and
 * numbered lists, bold, italic). Parsed by CommonMark; everything else a writer might type (HTML,
 * links, images, code) is kept as plain text. {@link #toHtml} gives escaped HTML for the web pages,
 * {@link #blocks} a simple block list the PDF renderer lays out, so both show the same text.
 */
public final class Markdown {

  /** Longest conclusions text accepted (characters). */
  public static final int MAX_LENGTH = 20_000;

  /** How a block is shown. */
  public enum BlockKind {
    HEADING,
    PARAGRAPH,
    BULLET,
    NUMBERED
  }

  /** A piece of text with its emphasis. */
  public record Run(String text, boolean bold, boolean italic) {}

  /** A block: a heading, a paragraph or one list item (its number for numbered lists, else 0). */
  public record Block(BlockKind kind, int number, int depth, List<Run> runs) {
    public Block {
      runs = List.copyOf(runs);
    }

    public String text() {
      StringBuilder text = new StringBuilder();
      runs.forEach(r -> text.append(r.text()));
      return text.toString();
    }
  }

  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(Set.of(Heading.class, ListBlock.class, BlockQuote.class))
          .build();

  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  private Markdown() {}

  /** Escaped HTML: raw HTML in the text is shown as text, links lose unsafe schemes. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return HTML.render(PARSER.parse(markdown));
  }

  /** The text as blocks with runs, for the PDF. */
  public static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    if (markdown == null || markdown.isBlank()) {
      return blocks;
    }
    collect(PARSER.parse(markdown), 0, blocks);
    return blocks;
  }

  private static void collect(Node parent, int depth, List<Block> blocks) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        blocks.add(new Block(BlockKind.HEADING, 0, depth, runs(node)));
      } else if (node instanceof Paragraph) {
        blocks.add(new Block(BlockKind.PARAGRAPH, 0, depth, runs(node)));
      } else if (node instanceof BulletList || node instanceof OrderedList) {
        boolean numbered = node instanceof OrderedList;
        int number = numbered ? startOf((OrderedList) node) : 0;
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          List<Block> inner = new ArrayList<>();
          collect(item, depth + 1, inner);
          List<Run> first = inner.isEmpty() ? List.of() : inner.get(0).runs();
          blocks.add(
              new Block(
                  numbered ? BlockKind.NUMBERED : BlockKind.BULLET,
                  numbered ? number++ : 0,
                  depth,
                  first));
          blocks.addAll(inner.subList(Math.min(1, inner.size()), inner.size()));
        }
      } else {
        collect(node, depth, blocks);
      }
    }
  }

  private static int startOf(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  private static List<Run> runs(Node block) {
    List<Run> runs = new ArrayList<>();
    inline(block, false, false, runs);
    return runs;
  }

  private static void inline(Node parent, boolean bold, boolean italic, List<Run> runs) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        runs.add(new Run(text.getLiteral(), bold, italic));
      } else if (node instanceof HtmlInline html) {
        runs.add(new Run(html.getLiteral(), bold, italic));
      } else if (node instanceof Code code) {
        runs.add(new Run(code.getLiteral(), bold, italic));
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        runs.add(new Run(node instanceof HardLineBreak ? "\n" : " ", bold, italic));
      } else if (node instanceof StrongEmphasis) {
        inline(node, true, italic, runs);
      } else if (node instanceof Emphasis) {
        inline(node, bold, true, runs);
      } else {
        inline(node, bold, italic, runs);
      }
    }
  }
}
