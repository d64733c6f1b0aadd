package nl.wijkzicht.network.control;

import java.util.List;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.Diagram.NodeStyle;

/**
 * A laid-out diagram: every node a box with its text lines, every edge a segment, every edge label
 * a box, all in one coordinate space of {@code width} × {@code height} (pixels in SVG, points in a
 * PDF). Renderers draw exactly this; they decide nothing about positions.
 */
public record Layout(
    String title,
    String description,
    double width,
    double height,
    List<PlacedNode> nodes,
    List<PlacedEdge> edges) {

  /** Font size of all text and the height of one line, in the layout's units. */
  public static final double FONT_SIZE = 12;

  public static final double LINE_HEIGHT = 15;

  public Layout {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An axis-aligned box: left, top, width, height. */
  public record Box(double x, double y, double w, double h) {
    public double cx() {
      return x + w / 2;
    }

    public double cy() {
      return y + h / 2;
    }

    public boolean overlaps(Box o, double gap) {
      return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
    }

    Box moved(double dx, double dy) {
      return new Box(x + dx, y + dy, w, h);
    }
  }

  /** A node's box and lines; the first {@code titleLines} lines are the bold title. */
  public record PlacedNode(
      String key,
      Box box,
      List<String> lines,
      int titleLines,
      NodeStyle style,
      boolean coordinator) {
    public PlacedNode {
      lines = List.copyOf(lines);
    }
  }

  /** An edge from centre to centre of its nodes; {@code labelBox} is null without a label. */
  public record PlacedEdge(
      String from,
      String to,
      double x1,
      double y1,
      double x2,
      double y2,
      EdgeStyle style,
      String label,
      Box labelBox) {}
}
