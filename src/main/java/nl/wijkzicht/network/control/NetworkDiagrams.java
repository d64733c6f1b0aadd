package nl.wijkzicht.network.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.wijkzicht.network.control.CareNetwork.Link;
import nl.wijkzicht.network.control.CareNetwork.Member;
import nl.wijkzicht.network.control.CareNetwork.WeakPoint;
import nl.wijkzicht.network.control.Diagram.Edge;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.Diagram.Node;
import nl.wijkzicht.network.control.Diagram.NodeStyle;
import nl.wijkzicht.network.entity.AgreementStatus;
import nl.wijkzicht.network.entity.CareRole;

/**
 * Turns a care network or an area's "who does what" into a {@link Diagram} with the texts of one
 * language (any {@link Texts}: the page's bundle, or a report's). Keys are in the messages bundle
 * under {@code network.*}, {@code CareRole.*} and {@code LinkStrength.*}.
 */
public final class NetworkDiagrams {

  /** Looks up a text by key with MessageFormat arguments. */
  @FunctionalInterface
  public interface Texts {
    String text(String key, Object... arguments);
  }

  private static final int CODES_IN_LABEL = 3;

  private NetworkDiagrams() {}

  public static Diagram tracer(CareNetwork network, String ageBand, Texts t) {
    List<Node> nodes = new ArrayList<>();
    for (Member m : network.members()) {
      List<String> details = new ArrayList<>();
      String title;
      NodeStyle style;
      switch (m.kind()) {
        case CLIENT -> {
          title = t.text("network.node.client", m.name());
          style = NodeStyle.CENTRE;
          if (ageBand != null && !ageBand.isBlank()) {
            details.add(ageBand);
          }
        }
        case CARER -> {
          title =
              m.name().isEmpty()
                  ? t.text("network.node.carer.unknown")
                  : t.text("network.node.carer", m.name());
          style = NodeStyle.CARER;
        }
        case PROVIDER -> {
          title = m.name();
          style = NodeStyle.PROFESSIONAL;
          if (!m.roles().isEmpty()) {
            details.add(roles(m.roles(), t));
          }
        }
        default -> {
          title = roles(m.roles(), t);
          style = NodeStyle.MISSING;
          details.add(t.text("network.node.no_organisation"));
        }
      }
      if (!m.interviewed().isEmpty() && m.kind() != CareNetwork.MemberKind.CARER) {
        details.add(t.text("network.node.interviewed", String.join(", ", m.interviewed())));
      }
      if (m.coordinator()) {
        details.add(t.text("network.node.coordinates"));
      }
      nodes.add(new Node(m.key(), title, details, style, m.coordinator()));
    }
    List<Edge> edges = new ArrayList<>();
    for (Link l : network.links()) {
      edges.add(new Edge(l.a(), l.b(), l.style(), label(l, t)));
    }
    long carers =
        network.members().stream().filter(m -> m.kind() == CareNetwork.MemberKind.CARER).count();
    long professionals = network.members().size() - 1 - carers;
    String description =
        t.text(
            "network.map.desc",
            professionals,
            carers,
            network.weakLinks(),
            t.text("Coordination." + network.coordination().name()));
    Member client = network.members().get(0);
    return new Diagram(t.text("network.map.title", client.name()), description, nodes, edges);
  }

  /** The label of an edge: strength in words, for weak links with the norms that say so. */
  public static String label(Link link, Texts t) {
    EdgeStyle style = link.style();
    if (style == EdgeStyle.NORMAL) {
      return "";
    }
    String word = t.text("LinkStrength." + style.name());
    if (style == EdgeStyle.WEAK && !link.weakBecause().isEmpty()) {
      List<String> codes = link.weakBecause().stream().map(WeakPoint::normCode).distinct().toList();
      String shown =
          codes.stream().limit(CODES_IN_LABEL).collect(Collectors.joining(", "))
              + (codes.size() > CODES_IN_LABEL ? ", …" : "");
      return word + " · " + shown;
    }
    return word;
  }

  public static Diagram area(String areaLabel, WhoDoesWhat who, Texts t) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    nodes.add(
        new Node(
            "area", areaLabel, List.of(t.text("network.area.centre")), NodeStyle.CENTRE, false));
    for (WhoDoesWhat.ProviderRoles p : who.providers()) {
      String key = CareNetworks.providerKey(p.id());
      nodes.add(
          new Node(key, p.name(), List.of(roles(p.roles(), t)), NodeStyle.PROFESSIONAL, false));
      edges.add(new Edge("area", key, EdgeStyle.NORMAL, ""));
    }
    for (CareRole role : who.missing()) {
      String key = CareNetworks.roleKey(role);
      nodes.add(
          new Node(
              key,
              t.text("CareRole." + role.name()),
              List.of(t.text("network.area.unfilled")),
              NodeStyle.MISSING,
              false));
      edges.add(new Edge("area", key, EdgeStyle.ABSENT, t.text("network.area.unfilled")));
    }
    long agreed =
        who.agreements().values().stream()
            .filter(a -> a.getStatus() == AgreementStatus.AGREED)
            .count();
    String description =
        t.text("network.area.desc", who.providers().size(), who.missing().size(), agreed);
    return new Diagram(t.text("network.area.title", areaLabel), description, nodes, edges);
  }

  static String roles(List<CareRole> roles, Texts t) {
    return roles.stream()
        .map(r -> t.text("CareRole." + r.name()))
        .collect(Collectors.joining(" · "));
  }
}
