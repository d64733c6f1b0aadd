package nl.wijkzicht.network.control;

import java.util.Locale;
import nl.wijkzicht.network.control.DiagramStyle.Fill;
import nl.wijkzicht.network.control.DiagramStyle.Stroke;
import nl.wijkzicht.network.control.Layout.Box;
import nl.wijkzicht.network.control.Layout.PlacedEdge;
import nl.wijkzicht.network.control.Layout.PlacedNode;

/**
 * Draws a {@link Layout} as an inline SVG element: {@code role="img"} named by its title and
 * description, every text escaped, only presentation attributes (no inline style, so the page's
 * content security policy holds). It scales to its container through its viewBox.
 */
public final class SvgRenderer {

  private SvgRenderer() {}

  /**
   * @param id a unique id prefix on the page (letters, digits, dash)
   */
  public static String render(Layout layout, String id) {
    String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\" role=\"img\"")
        .append(" id=\"")
        .append(safeId)
        .append("\" viewBox=\"0 0 ")
        .append(num(layout.width()))
        .append(' ')
        .append(num(layout.height()))
        .append("\" width=\"")
        .append(num(layout.width()))
        .append("\" height=\"")
        .append(num(layout.height()))
        .append("\" preserveAspectRatio=\"xMidYMin meet\" aria-labelledby=\"")
        .append(safeId)
        .append("-title ")
        .append(safeId)
        .append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"")
        .append(" font-size=\"")
        .append(num(Layout.FONT_SIZE))
        .append("\">");
    svg.append("<title id=\"")
        .append(safeId)
        .append("-title\">")
        .append(escape(layout.title()))
        .append("</title>");
    svg.append("<desc id=\"")
        .append(safeId)
        .append("-desc\">")
        .append(escape(layout.description()))
        .append("</desc>");
    svg.append("<g class=\"edges\">");
    for (PlacedEdge edge : layout.edges()) {
      Stroke stroke = DiagramStyle.of(edge.style());
      svg.append("<line class=\"edge edge-")
          .append(edge.style().name().toLowerCase(Locale.ROOT))
          .append("\" x1=\"")
          .append(num(edge.x1()))
          .append("\" y1=\"")
          .append(num(edge.y1()))
          .append("\" x2=\"")
          .append(num(edge.x2()))
          .append("\" y2=\"")
          .append(num(edge.y2()))
          .append("\" stroke=\"")
          .append(stroke.colour())
          .append("\" stroke-width=\"")
          .append(num(stroke.width()))
          .append('"');
      if (stroke.dash().length > 0) {
        svg.append(" stroke-dasharray=\"");
        for (int i = 0; i < stroke.dash().length; i++) {
          svg.append(i == 0 ? "" : " ").append(num(stroke.dash()[i]));
        }
        svg.append("\" stroke-linecap=\"round\"");
      }
      svg.append("/>");
    }
    svg.append("</g><g class=\"nodes\">");
    for (PlacedNode node : layout.nodes()) {
      Fill fill = DiagramStyle.of(node.style(), node.coordinator());
      Box b = node.box();
      svg.append("<g class=\"node node-")
          .append(node.style().name().toLowerCase(Locale.ROOT))
          .append(node.coordinator() ? " node-coordinator" : "")
          .append("\">");
      svg.append("<rect x=\"")
          .append(num(b.x()))
          .append("\" y=\"")
          .append(num(b.y()))
          .append("\" width=\"")
          .append(num(b.w()))
          .append("\" height=\"")
          .append(num(b.h()))
          .append("\" rx=\"6\" fill=\"")
          .append(fill.fill())
          .append("\" stroke=\"")
          .append(fill.border())
          .append("\" stroke-width=\"")
          .append(num(fill.borderWidth()))
          .append('"')
          .append(fill.dashedBorder() ? " stroke-dasharray=\"6 4\"" : "")
          .append("/>");
      svg.append("<text fill=\"").append(DiagramStyle.TEXT).append("\">");
      for (int i = 0; i < node.lines().size(); i++) {
        svg.append("<tspan x=\"")
            .append(num(b.x() + NetworkLayout.PADDING))
            .append("\" y=\"")
            .append(num(baseline(b.y() + NetworkLayout.PADDING, i)))
            .append('"')
            .append(i < node.titleLines() ? " font-weight=\"bold\"" : "")
            .append('>')
            .append(escape(node.lines().get(i)))
            .append("</tspan>");
      }
      svg.append("</text></g>");
    }
    svg.append("</g><g class=\"edge-labels\">");
    for (PlacedEdge edge : layout.edges()) {
      if (edge.labelBox() == null) {
        continue;
      }
      Box b = edge.labelBox();
      Stroke stroke = DiagramStyle.of(edge.style());
      svg.append("<g class=\"edge-label edge-label-")
          .append(edge.style().name().toLowerCase(Locale.ROOT))
          .append("\"><rect x=\"")
          .append(num(b.x()))
          .append("\" y=\"")
          .append(num(b.y()))
          .append("\" width=\"")
          .append(num(b.w()))
          .append("\" height=\"")
          .append(num(b.h()))
          .append("\" rx=\"3\" fill=\"")
          .append(DiagramStyle.LABEL_BACKGROUND)
          .append("\" stroke=\"")
          .append(stroke.colour())
          .append("\" stroke-width=\"1\"/><text x=\"")
          .append(num(b.x() + 4))
          .append("\" y=\"")
          .append(num(baseline(b.y() + 2, 0)))
          .append("\" fill=\"")
          .append(DiagramStyle.TEXT)
          .append("\">")
          .append(escape(edge.label()))
          .append("</text></g>");
    }
    svg.append("</g></svg>");
    return svg.toString();
  }

  /** The baseline of line {@code i} of a block of text starting at {@code top}. */
  static double baseline(double top, int i) {
    return top + (i + 1) * Layout.LINE_HEIGHT - 3.5;
  }

  static String num(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text and attribute values for XML. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
