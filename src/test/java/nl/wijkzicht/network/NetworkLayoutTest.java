package nl.wijkzicht.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.Diagram.Edge;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.Diagram.Node;
import nl.wijkzicht.network.control.Diagram.NodeStyle;
import nl.wijkzicht.network.control.Graphics2DRenderer;
import nl.wijkzicht.network.control.Layout;
import nl.wijkzicht.network.control.Layout.Box;
import nl.wijkzicht.network.control.Layout.PlacedEdge;
import nl.wijkzicht.network.control.Layout.PlacedNode;
import nl.wijkzicht.network.control.NetworkLayout;
import nl.wijkzicht.network.control.SvgRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure layout and both renderers, without a container. */
class NetworkLayoutTest {

  @Test
  void theSameDiagramGivesTheSamePositionsEveryTime() {
    Diagram diagram = diagram(9, true);

    Layout first = NetworkLayout.layout(diagram);
    Layout second = NetworkLayout.layout(diagram(9, true));

    assertThat(second).isEqualTo(first);
    assertThat(SvgRenderer.render(second, "map")).isEqualTo(SvgRenderer.render(first, "map"));
  }

  @Test
  void theCentreIsInTheMiddleAndTheFirstMemberAtTheTop() {
    Layout layout = NetworkLayout.layout(diagram(6, false));

    PlacedNode centre = layout.nodes().get(0);
    PlacedNode first = layout.nodes().get(1);
    assertThat(centre.key()).isEqualTo("centre");
    assertThat(first.box().cy()).isLessThan(centre.box().cy());
    assertThat(Math.abs(first.box().cx() - centre.box().cx())).isLessThan(1.0);
    for (PlacedNode node : layout.nodes()) {
      assertThat(node.box().x()).isGreaterThanOrEqualTo(0);
      assertThat(node.box().y()).isGreaterThanOrEqualTo(0);
      assertThat(node.box().x() + node.box().w()).isLessThanOrEqualTo(layout.width());
      assertThat(node.box().y() + node.box().h()).isLessThanOrEqualTo(layout.height());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 12, 15, 16})
  void noTwoLabelsOverlapUpToFifteenMembersAndMore(int members) {
    Layout layout = NetworkLayout.layout(diagram(members, true));

    List<Box> boxes = new ArrayList<>();
    layout.nodes().forEach(n -> boxes.add(n.box()));
    layout.edges().stream().map(PlacedEdge::labelBox).filter(b -> b != null).forEach(boxes::add);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).overlaps(boxes.get(j), 0))
            .as("box %d %s and box %d %s", i, boxes.get(i), j, boxes.get(j))
            .isFalse();
      }
    }
    assertThat(layout.nodes()).hasSize(members + 1);
  }

  @Test
  void longNamesAreWrappedOntoTwoLinesAndCutAfterThat() {
    Diagram diagram =
        new Diagram(
            "t",
            "d",
            List.of(
                node("centre", "C-01", NodeStyle.CENTRE),
                node(
                    "p",
                    "Gezondheidscentrum Overvecht-Noord en omstreken, locatie zuid (fictief)",
                    NodeStyle.PROFESSIONAL)),
            List.of());

    PlacedNode placed = NetworkLayout.layout(diagram).nodes().get(1);

    assertThat(placed.titleLines()).isEqualTo(2);
    assertThat(placed.lines().get(0)).isEqualTo("Gezondheidscentrum");
    assertThat(placed.lines().get(1)).endsWith("…").hasSizeLessThanOrEqualTo(26);
  }

  @Test
  void weakLinksAreDashedAndLabelledAbsentOnesDottedStrongOnesThick() {
    String svg = SvgRenderer.render(NetworkLayout.layout(diagram(4, true)), "tracer-7");

    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("role=\"img\"")
        .contains("aria-labelledby=\"tracer-7-title tracer-7-desc\"")
        .contains("<title id=\"tracer-7-title\">Netwerk &lt;C-01&gt;</title>")
        .contains("<desc id=\"tracer-7-desc\">Beschrijving &amp; meer</desc>");
    assertThat(svg)
        .contains("class=\"edge edge-weak\"")
        .containsPattern("class=\"edge edge-weak\"[^>]*stroke-dasharray=\"8 5\"")
        .containsPattern("class=\"edge edge-absent\"[^>]*stroke-dasharray=\"2 5\"")
        .containsPattern("class=\"edge edge-strong\"[^>]*stroke-width=\"4\"")
        .contains(">zwak · CC.2</text>")
        .contains(">ontbreekt</text>")
        .contains(">sterk</text>");
    assertThat(svg).doesNotContain("style=").doesNotContain("<script");
  }

  @Test
  void textIsEscapedEverywhere() {
    Diagram diagram =
        new Diagram(
            "<script>alert(1)</script>",
            "\"quoted\" & 'single'",
            List.of(
                node("centre", "A & B <c>", NodeStyle.CENTRE),
                new Node(
                    "x", "Praktijk \"Zon\"", List.of("<b>rol</b>"), NodeStyle.PROFESSIONAL, true)),
            List.of(new Edge("centre", "x", EdgeStyle.WEAK, "zwak <&>")));

    String svg = SvgRenderer.render(NetworkLayout.layout(diagram), "id\"><script>");

    assertThat(svg)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;quoted&quot; &amp; &#39;single&#39;")
        .contains("A &amp; B &lt;c&gt;")
        .contains("zwak &lt;&amp;&gt;")
        .contains("id=\"idscript\"");
  }

  @Test
  void theSameLayoutDrawsIntoAPdf() throws Exception {
    Layout layout = NetworkLayout.layout(diagram(7, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document =
        new Document(new Rectangle((float) layout.width(), (float) layout.height()));
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    PdfContentByte canvas = writer.getDirectContent();
    Graphics2D g = canvas.createGraphics((float) layout.width(), (float) layout.height());
    Graphics2DRenderer.draw(layout, g);
    g.dispose();
    document.close();

    byte[] pdf = out.toByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text).contains("Lid 1").contains("zwak");
    reader.close();
  }

  // --- a diagram of a centre and n members; with links: weak, absent and strong ones too ---

  static Diagram diagram(int members, boolean links) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(
        new Node("centre", "Oudere C-01", List.of("85 jaar of ouder"), NodeStyle.CENTRE, false));
    List<Edge> edges = new ArrayList<>();
    for (int i = 1; i <= members; i++) {
      NodeStyle style =
          i % 5 == 0 ? NodeStyle.MISSING : i % 3 == 0 ? NodeStyle.CARER : NodeStyle.PROFESSIONAL;
      nodes.add(
          new Node(
              "m" + i,
              "Lid " + i + (i % 2 == 0 ? " Huisartsenpraktijk De Lange Naam (fictief)" : ""),
              List.of("Huisarts · POH-ouderen", "gesproken: HA-0" + i),
              style,
              i == 2));
      EdgeStyle edge =
          !links ? EdgeStyle.NORMAL : EdgeStyle.values()[i % EdgeStyle.values().length];
      String label =
          switch (edge) {
            case NORMAL -> "";
            case STRONG -> "sterk";
            case WEAK -> "zwak · CC.2";
            case ABSENT -> "ontbreekt";
          };
      edges.add(new Edge("centre", "m" + i, edge, label));
      if (links && i > 1 && i % 2 == 0) {
        edges.add(new Edge("m" + (i - 1), "m" + i, EdgeStyle.WEAK, "zwak · VL.2"));
      }
    }
    return new Diagram("Netwerk <C-01>", "Beschrijving & meer", nodes, edges);
  }

  private static Node node(String key, String title, NodeStyle style) {
    return new Node(key, title, List.of(), style, false);
  }
}
