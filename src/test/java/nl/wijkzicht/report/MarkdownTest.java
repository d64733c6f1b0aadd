package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkzicht.report.control.Markdown;
import nl.wijkzicht.report.control.Markdown.Block;
import nl.wijkzicht.report.control.Markdown.BlockKind;
import nl.wijkzicht.report.control.Markdown.Run;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  private static final String TEXT =
      """
      ## Samenwerking

      De huisarts en de wijkverpleging **overleggen** wekelijks, *niet* altijd met de POH.

      - vroegsignalering op orde
      - casemanagement ontbreekt

      1. MDO plannen
      2. Zorgplan delen
      """;

  @Test
  void headingParagraphListsAndEmphasisBecomeBlocks() {
    List<Block> blocks = Markdown.blocks(TEXT);
    assertThat(blocks)
        .extracting(Block::kind)
        .containsExactly(
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
            BlockKind.BULLET,
            BlockKind.BULLET,
            BlockKind.NUMBERED,
            BlockKind.NUMBERED);
    assertThat(blocks.get(0).text()).isEqualTo("Samenwerking");
    assertThat(blocks.get(1).runs())
        .contains(new Run("overleggen", true, false), new Run("niet", false, true));
    assertThat(blocks.get(3).text()).isEqualTo("casemanagement ontbreekt");
    assertThat(blocks.get(5).number()).isEqualTo(2);
    assertThat(blocks.get(5).text()).isEqualTo("Zorgplan delen");
  }

  @Test
  void markupIsEscapedInHtmlAndKeptAsTextInBlocks() {
    String evil =
        "Let op <script>alert(1)</script> en <b onclick=x>vet</b> [klik](javascript:alert(1))";
    String html = Markdown.toHtml(evil);
    assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("javascript:");
    assertThat(html).contains("&lt;script&gt;");
    assertThat(Markdown.blocks(evil).get(0).text()).contains("<script>alert(1)</script>");
  }

  @Test
  void htmlBlocksAndCodeBlocksAreNotSpecial() {
    String text = "<div>\nraw\n</div>\n\n    code";
    assertThat(Markdown.toHtml(text)).doesNotContain("<div>").doesNotContain("<pre>");
  }

  @Test
  void emptyTextHasNoBlocks() {
    assertThat(Markdown.blocks("  ")).isEmpty();
    assertThat(Markdown.toHtml(null)).isEmpty();
  }
}
