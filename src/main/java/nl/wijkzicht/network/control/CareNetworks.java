package nl.wijkzicht.network.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.network.control.CareNetwork.Link;
import nl.wijkzicht.network.control.CareNetwork.Member;
import nl.wijkzicht.network.control.CareNetwork.MemberKind;
import nl.wijkzicht.network.control.CareNetwork.WeakPoint;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkAssessment;
import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * Derives a tracer's care network from what fieldwork already holds, so nothing is entered twice:
 *
 * <ul>
 *   <li>members: the older person; a carer per carer interview; each provider of the tracer, with
 *       the roles it fills in the area's "who does what" (else the usual role of its kind); an
 *       interviewed professional is placed at the tracer's provider that fills the role, else shown
 *       as a role whose organisation is not recorded;
 *   <li>links: the older person to every member; weak links from low client-level findings: a
 *       finding about the carer (a norm with a question for the carer alone) links the carers to
 *       the providers it names, a finding naming two or more providers links those providers, one
 *       provider links it to the older person; a low finding naming none is listed, not drawn;
 *   <li>the inspector's additions: who coordinates and a judgement per link (strong, weak, absent),
 *       which wins on the drawing while the findings stay listed beside it.
 * </ul>
 */
public final class CareNetworks {

  private CareNetworks() {}

  public record ProviderFact(long id, String name, ProviderKind kind) implements Serializable {}

  public record RespondentFact(String pseudonym, RespondentRole role) {}

  public record RoleFact(CareRole role, long providerId) {}

  /** What the inspector recorded (empty: nothing yet). */
  public record Recorded(
      Coordination coordination, CareRole role, Long providerId, List<LinkAssessment> links) {
    public static final Recorded NOTHING =
        new Recorded(Coordination.NOT_RECORDED, null, null, List.of());
  }

  public static String providerKey(long id) {
    return "provider:" + id;
  }

  public static String carerKey(String pseudonym) {
    return "carer:" + pseudonym;
  }

  public static String roleKey(CareRole role) {
    return "role:" + role.name();
  }

  /** The usual role of a provider of this kind, when the area's "who does what" names none. */
  public static Optional<CareRole> usualRole(ProviderKind kind) {
    return switch (kind) {
      case GP_PRACTICE -> Optional.of(CareRole.HUISARTS);
      case HOME_CARE -> Optional.of(CareRole.WIJKVERPLEEGKUNDIGE);
      case NEIGHBOURHOOD_TEAM -> Optional.of(CareRole.WIJKTEAM);
      case OTHER -> Optional.empty();
    };
  }

  public static CareNetwork derive(
      String clientPseudonym,
      List<ProviderFact> providers,
      List<RespondentFact> respondents,
      List<RoleFact> areaRoles,
      List<WeakPoint> lowFindings,
      Recorded recorded) {
    Map<String, Draft> members = new LinkedHashMap<>();
    Draft client = new Draft(CareNetwork.CLIENT, MemberKind.CLIENT, clientPseudonym, null);
    members.put(client.key, client);
    for (RespondentFact r : respondents) {
      if (r.role() == RespondentRole.MANTELZORGER) {
        Draft carer = new Draft(carerKey(r.pseudonym()), MemberKind.CARER, r.pseudonym(), null);
        carer.interviewed.add(r.pseudonym());
        members.put(carer.key, carer);
      } else if (r.role() == RespondentRole.OUDERE) {
        client.interviewed.add(r.pseudonym());
      }
    }
    List<Draft> providerDrafts = new ArrayList<>();
    for (ProviderFact p : providers) {
      Draft d = new Draft(providerKey(p.id()), MemberKind.PROVIDER, p.name(), p.id());
      areaRoles.stream()
          .filter(r -> r.providerId() == p.id())
          .map(RoleFact::role)
          .distinct()
          .sorted()
          .forEach(d.roles::add);
      if (d.roles.isEmpty()) {
        usualRole(p.kind()).ifPresent(d.roles::add);
      }
      providerDrafts.add(d);
      members.put(d.key, d);
    }
    for (RespondentFact r : respondents) {
      Optional<CareRole> role = CareRole.of(r.role());
      if (role.isEmpty()) {
        continue; // The older person, the carer, or someone outside the client's network.
      }
      Draft at =
          providerDrafts.stream()
              .filter(d -> d.roles.contains(role.get()))
              .findFirst()
              .orElse(null);
      if (at == null) {
        at = roleDraft(members, role.get());
      }
      at.interviewed.add(r.pseudonym());
    }
    Coordination coordination =
        recorded.coordination() == null ? Coordination.NOT_RECORDED : recorded.coordination();
    switch (coordination) {
      case PROFESSIONAL -> professional(members, providerDrafts, recorded);
      case CARER -> {
        List<Draft> carers =
            members.values().stream().filter(d -> d.kind == MemberKind.CARER).toList();
        if (carers.isEmpty()) {
          Draft carer = new Draft("carer", MemberKind.CARER, "", null);
          members.put(carer.key, carer);
          carers = List.of(carer);
        }
        carers.forEach(d -> d.coordinator = true);
      }
      case CLIENT_SELF -> client.coordinator = true;
      case NOBODY, NOT_RECORDED -> {
        // Shown as text beside the map.
      }
    }
    List<Member> done = new ArrayList<>();
    List<Draft> ordered = new ArrayList<>(members.values());
    for (Draft d : ordered) {
      done.add(
          new Member(d.key, d.kind, d.name, d.providerId, d.roles, d.interviewed, d.coordinator));
    }
    return links(done, lowFindings, recorded, coordination);
  }

  private static void professional(
      Map<String, Draft> members, List<Draft> providerDrafts, Recorded recorded) {
    CareRole role = recorded.role();
    Draft at = null;
    if (recorded.providerId() != null) {
      at = members.get(providerKey(recorded.providerId()));
    }
    if (at == null && role != null) {
      List<Draft> filling = providerDrafts.stream().filter(d -> d.roles.contains(role)).toList();
      at = filling.size() == 1 ? filling.get(0) : roleDraft(members, role);
    }
    if (at == null) {
      return;
    }
    if (role != null && at.kind == MemberKind.PROVIDER && !at.roles.contains(role)) {
      at.roles.add(role);
    }
    at.coordinator = true;
  }

  private static Draft roleDraft(Map<String, Draft> members, CareRole role) {
    return members.computeIfAbsent(
        roleKey(role),
        key -> {
          Draft d = new Draft(key, MemberKind.ROLE, "", null);
          d.roles.add(role);
          return d;
        });
  }

  private static CareNetwork links(
      List<Member> members,
      List<WeakPoint> lowFindings,
      Recorded recorded,
      Coordination coordination) {
    Map<String, LinkDraft> links = new LinkedHashMap<>();
    for (Member m : members) {
      if (!m.key().equals(CareNetwork.CLIENT)) {
        link(links, CareNetwork.CLIENT, m.key());
      }
    }
    List<String> carers =
        members.stream().filter(m -> m.kind() == MemberKind.CARER).map(Member::key).toList();
    List<WeakPoint> unplaced = new ArrayList<>();
    for (WeakPoint w : lowFindings) {
      List<String> named =
          members.stream()
              .filter(m -> m.providerId() != null && w.providerIds().contains(m.providerId()))
              .map(Member::key)
              .toList();
      List<LinkDraft> marked = new ArrayList<>();
      if (w.aboutCarer() && !carers.isEmpty()) {
        for (String carer : carers) {
          if (named.isEmpty()) {
            marked.add(link(links, CareNetwork.CLIENT, carer));
          }
          for (String provider : named) {
            marked.add(link(links, carer, provider));
          }
        }
      } else if (named.size() >= 2) {
        for (int i = 0; i < named.size(); i++) {
          for (int j = i + 1; j < named.size(); j++) {
            marked.add(link(links, named.get(i), named.get(j)));
          }
        }
      } else if (named.size() == 1) {
        marked.add(link(links, CareNetwork.CLIENT, named.get(0)));
      } else {
        unplaced.add(w);
      }
      marked.forEach(l -> l.weak.add(w));
    }
    List<String> keys = members.stream().map(Member::key).toList();
    for (LinkAssessment judged : recorded.links()) {
      if (!keys.contains(judged.getNodeA()) || !keys.contains(judged.getNodeB())) {
        continue; // A member that left the network (provider removed): the judgement is not shown.
      }
      LinkDraft l = link(links, judged.getNodeA(), judged.getNodeB());
      l.judged = judged;
    }
    List<Link> result = new ArrayList<>();
    for (LinkDraft l : links.values()) {
      result.add(
          new Link(
              l.a,
              l.b,
              l.judged == null ? null : l.judged.getStrength(),
              l.judged == null ? "" : l.judged.getNote(),
              l.weak));
    }
    return new CareNetwork(members, result, coordination, unplaced);
  }

  private static LinkDraft link(Map<String, LinkDraft> links, String one, String other) {
    boolean ordered = one.compareTo(other) <= 0;
    String a = ordered ? one : other;
    String b = ordered ? other : one;
    return links.computeIfAbsent(a + "|" + b, k -> new LinkDraft(a, b));
  }

  private static final class Draft {
    final String key;
    final MemberKind kind;
    final String name;
    final Long providerId;
    final List<CareRole> roles = new ArrayList<>();
    final List<String> interviewed = new ArrayList<>();
    boolean coordinator;

    Draft(String key, MemberKind kind, String name, Long providerId) {
      this.key = key;
      this.kind = kind;
      this.name = Objects.requireNonNullElse(name, "");
      this.providerId = providerId;
    }
  }

  private static final class LinkDraft {
    final String a;
    final String b;
    final List<WeakPoint> weak = new ArrayList<>();
    LinkAssessment judged;

    LinkDraft(String a, String b) {
      this.a = a;
      this.b = b;
    }
  }
}
