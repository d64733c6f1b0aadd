package nl.wijkzicht.network.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a network map shows, before layout: nodes (the first is the centre) with their text lines,
 * and edges between them with a style and an optional label. All texts are final (already in the
 * reader's language); the layout and the renderers know no domain.
 *
 * @param title the map's accessible name
 * @param description the map's accessible description (one or two sentences)
 */
public record Diagram(String title, String description, List<Node> nodes, List<Edge> edges)
    implements Serializable {

  public Diagram {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a diagram needs at least its centre");
    }
  }

  /** How a node is drawn; a coordinator gets a double border besides its text line. */
  public enum NodeStyle {
    CENTRE,
    CARER,
    PROFESSIONAL,
    MISSING
  }

  /**
   * How an edge is drawn: never by colour alone. STRONG is thick, WEAK dashed, ABSENT dotted, and
   * each of those three carries a text label.
   */
  public enum EdgeStyle {
    NORMAL,
    STRONG,
    WEAK,
    ABSENT
  }

  /**
   * @param key a stable identifier (used for ids and edges)
   * @param title the first line(s), in bold
   * @param details further lines (roles, "coördineert", who was interviewed)
   */
  public record Node(
      String key, String title, List<String> details, NodeStyle style, boolean coordinator)
      implements Serializable {
    public Node {
      Objects.requireNonNull(key);
      Objects.requireNonNull(title);
      details = List.copyOf(details);
      Objects.requireNonNull(style);
    }
  }

  /** An edge between two node keys; {@code label} may be empty. */
  public record Edge(String from, String to, EdgeStyle style, String label)
      implements Serializable {
    public Edge {
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
      Objects.requireNonNull(style);
      label = label == null ? "" : label;
    }
  }
}
