package nl.wijkzicht.network.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.network.control.Diagram.Edge;
import nl.wijkzicht.network.control.Diagram.Node;
import nl.wijkzicht.network.control.Layout.Box;
import nl.wijkzicht.network.control.Layout.PlacedEdge;
import nl.wijkzicht.network.control.Layout.PlacedNode;

/**
 * A radial layout: the first node in the middle, the others evenly on an ellipse around it in the
 * order given, starting at the top and going clockwise. The ellipse grows in steps until no two
 * node boxes and no edge labels overlap, so the result depends only on the diagram (no randomness,
 * no font metrics: text width is estimated generously from the number of characters).
 */
public final class NetworkLayout {

  /** Estimated width of one character: bold title and regular detail text at 12 units. */
  static final double TITLE_CHAR = 8.0;

  static final double DETAIL_CHAR = 7.0;

  static final int TITLE_WIDTH = 26;
  static final int DETAIL_WIDTH = 34;
  static final double PADDING = 8;
  static final double GAP = 10;
  static final double MARGIN = 16;
  private static final int MAX_STEPS = 80;
  private static final double[] LABEL_POSITIONS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};

  private NetworkLayout() {}

  public static Layout layout(Diagram diagram) {
    List<PlacedNode> sized = new ArrayList<>();
    for (Node node : diagram.nodes()) {
      sized.add(size(node));
    }
    PlacedNode centre = sized.get(0);
    List<PlacedNode> around = sized.subList(1, sized.size());
    double maxW = around.stream().mapToDouble(n -> n.box().w()).max().orElse(0);
    double maxH = around.stream().mapToDouble(n -> n.box().h()).max().orElse(0);
    double rx = centre.box().w() / 2 + maxW / 2 + 40;
    double ry = centre.box().h() / 2 + maxH / 2 + 50;
    Attempt best = null;
    for (int step = 0; step < MAX_STEPS; step++) {
      Attempt attempt = place(diagram, sized, rx, ry);
      best = attempt;
      if (attempt.clear) {
        break;
      }
      rx *= 1.08;
      ry *= 1.08;
    }
    return normalised(diagram, best);
  }

  private record Attempt(List<PlacedNode> nodes, List<PlacedEdge> edges, boolean clear) {}

  private static Attempt place(Diagram diagram, List<PlacedNode> sized, double rx, double ry) {
    List<PlacedNode> nodes = new ArrayList<>();
    Map<String, PlacedNode> byKey = new HashMap<>();
    int n = sized.size() - 1;
    for (int i = 0; i < sized.size(); i++) {
      PlacedNode node = sized.get(i);
      double cx = 0;
      double cy = 0;
      if (i > 0) {
        double angle = -Math.PI / 2 + 2 * Math.PI * (i - 1) / n;
        cx = round(rx * Math.cos(angle));
        cy = round(ry * Math.sin(angle));
      }
      Box box = node.box();
      PlacedNode placed =
          new PlacedNode(
              node.key(),
              new Box(round(cx - box.w() / 2), round(cy - box.h() / 2), box.w(), box.h()),
              node.lines(),
              node.titleLines(),
              node.style(),
              node.coordinator());
      nodes.add(placed);
      byKey.put(placed.key(), placed);
    }
    boolean clear = true;
    for (int i = 0; i < nodes.size() && clear; i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (nodes.get(i).box().overlaps(nodes.get(j).box(), GAP)) {
          clear = false;
          break;
        }
      }
    }
    List<PlacedEdge> edges = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    for (Edge edge : diagram.edges()) {
      PlacedNode a = byKey.get(edge.from());
      PlacedNode b = byKey.get(edge.to());
      if (a == null || b == null) {
        continue; // An edge to a node that is not drawn: the text list still names it.
      }
      double x1 = a.box().cx();
      double y1 = a.box().cy();
      double x2 = b.box().cx();
      double y2 = b.box().cy();
      Box labelBox = null;
      if (!edge.label().isEmpty()) {
        double w = edge.label().length() * DETAIL_CHAR + 2 * 4;
        double h = Layout.LINE_HEIGHT + 4;
        for (double t : LABEL_POSITIONS) {
          Box candidate =
              new Box(round(x1 + (x2 - x1) * t - w / 2), round(y1 + (y2 - y1) * t - h / 2), w, h);
          if (free(candidate, nodes, labels)) {
            labelBox = candidate;
            break;
          }
        }
        if (labelBox == null) {
          clear = false;
          labelBox = new Box(round((x1 + x2) / 2 - w / 2), round((y1 + y2) / 2 - h / 2), w, h);
        }
        labels.add(labelBox);
      }
      edges.add(
          new PlacedEdge(
              edge.from(), edge.to(), x1, y1, x2, y2, edge.style(), edge.label(), labelBox));
    }
    return new Attempt(nodes, edges, clear);
  }

  private static boolean free(Box candidate, List<PlacedNode> nodes, List<Box> labels) {
    for (PlacedNode node : nodes) {
      if (candidate.overlaps(node.box(), 4)) {
        return false;
      }
    }
    for (Box label : labels) {
      if (candidate.overlaps(label, 4)) {
        return false;
      }
    }
    return true;
  }

  /** Moves everything so the top-left corner is at the margin. */
  private static Layout normalised(Diagram diagram, Attempt attempt) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    List<Box> all = new ArrayList<>();
    attempt.nodes.forEach(n -> all.add(n.box()));
    attempt.edges.stream().filter(e -> e.labelBox() != null).forEach(e -> all.add(e.labelBox()));
    for (Box b : all) {
      minX = Math.min(minX, b.x());
      minY = Math.min(minY, b.y());
      maxX = Math.max(maxX, b.x() + b.w());
      maxY = Math.max(maxY, b.y() + b.h());
    }
    double dx = MARGIN - minX;
    double dy = MARGIN - minY;
    List<PlacedNode> nodes =
        attempt.nodes.stream()
            .map(
                n ->
                    new PlacedNode(
                        n.key(),
                        shift(n.box(), dx, dy),
                        n.lines(),
                        n.titleLines(),
                        n.style(),
                        n.coordinator()))
            .toList();
    List<PlacedEdge> edges =
        attempt.edges.stream()
            .map(
                e ->
                    new PlacedEdge(
                        e.from(),
                        e.to(),
                        round(e.x1() + dx),
                        round(e.y1() + dy),
                        round(e.x2() + dx),
                        round(e.y2() + dy),
                        e.style(),
                        e.label(),
                        e.labelBox() == null ? null : shift(e.labelBox(), dx, dy)))
            .toList();
    return new Layout(
        diagram.title(),
        diagram.description(),
        Math.ceil(maxX - minX + 2 * MARGIN),
        Math.ceil(maxY - minY + 2 * MARGIN),
        nodes,
        edges);
  }

  private static Box shift(Box b, double dx, double dy) {
    return new Box(round(b.x() + dx), round(b.y() + dy), b.w(), b.h());
  }

  /** The node's lines (title wrapped, details shortened) and its box size. */
  static PlacedNode size(Node node) {
    List<String> title = wrap(node.title(), TITLE_WIDTH, 2);
    List<String> lines = new ArrayList<>(title);
    for (String detail : node.details()) {
      lines.add(shorten(detail, DETAIL_WIDTH));
    }
    double w = 0;
    for (int i = 0; i < lines.size(); i++) {
      w = Math.max(w, lines.get(i).length() * (i < title.size() ? TITLE_CHAR : DETAIL_CHAR));
    }
    w = Math.ceil(w + 2 * PADDING);
    double h = Math.ceil(lines.size() * Layout.LINE_HEIGHT + 2 * PADDING);
    return new PlacedNode(
        node.key(), new Box(0, 0, w, h), lines, title.size(), node.style(), node.coordinator());
  }

  /** Words into lines of at most {@code width} characters, at most {@code max} lines. */
  static List<String> wrap(String text, int width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < lines.size() && i < max; i++) {
      boolean cut = i == max - 1 && lines.size() > max;
      shown.add(shorten(cut ? lines.get(i) + " …" : lines.get(i), width));
    }
    return shown;
  }

  static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1).stripTrailing() + "…";
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
