package nl.wijkzicht.network.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkStrength;

/**
 * One older person's care network as derived by {@link CareNetworks#derive}: the members (the older
 * person first), the links between them with why they are weak, and who coordinates.
 */
public record CareNetwork(
    List<Member> members, List<Link> links, Coordination coordination, List<WeakPoint> unplaced)
    implements Serializable {

  public CareNetwork {
    members = List.copyOf(members);
    links = List.copyOf(links);
    unplaced = List.copyOf(unplaced);
  }

  public static final String CLIENT = "client";

  public enum MemberKind {
    CLIENT,
    CARER,
    PROVIDER,
    ROLE
  }

  /**
   * A member: the older person, a carer, a provider organisation (with the roles it fills for this
   * person) or a role whose organisation is not known.
   *
   * @param name the pseudonym (client, carer) or the provider's name; empty for a bare role
   * @param interviewed pseudonyms of the interviews around the tracer placed at this member
   */
  public record Member(
      String key,
      MemberKind kind,
      String name,
      Long providerId,
      List<CareRole> roles,
      List<String> interviewed,
      boolean coordinator)
      implements Serializable {
    public Member {
      roles = List.copyOf(roles);
      interviewed = List.copyOf(interviewed);
    }
  }

  /** A low-rated client-level finding: the evidence that a link is weak. */
  public record WeakPoint(
      String normCode,
      LocalizedText normTitle,
      LocalizedText rating,
      Set<Long> providerIds,
      boolean aboutCarer)
      implements Serializable {
    public WeakPoint {
      providerIds = Set.copyOf(providerIds);
    }
  }

  /**
   * A link between two members (keys in order). {@code judged} is the inspector's judgement (may be
   * null), {@code weakBecause} the low findings that mark it weak.
   */
  public record Link(
      String a, String b, LinkStrength judged, String note, List<WeakPoint> weakBecause)
      implements Serializable {
    public Link {
      weakBecause = List.copyOf(weakBecause);
      note = note == null ? "" : note;
    }

    /** The inspector's judgement wins on the drawing; else weak when a finding says so. */
    public EdgeStyle style() {
      if (judged != null) {
        return EdgeStyle.valueOf(judged.name());
      }
      return weakBecause.isEmpty() ? EdgeStyle.NORMAL : EdgeStyle.WEAK;
    }

    public boolean isWeak() {
      return style() == EdgeStyle.WEAK || style() == EdgeStyle.ABSENT;
    }

    public boolean isDerivedWeak() {
      return !weakBecause.isEmpty();
    }

    public boolean isSpoke() {
      return a.equals(CLIENT) || b.equals(CLIENT);
    }
  }

  public Member member(String key) {
    return members.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
  }

  public long weakLinks() {
    return links.stream().filter(Link::isWeak).count();
  }

  public boolean has(String key) {
    return member(key) != null;
  }
}
