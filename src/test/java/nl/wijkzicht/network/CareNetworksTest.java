package nl.wijkzicht.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.network.control.CareNetwork;
import nl.wijkzicht.network.control.CareNetwork.Link;
import nl.wijkzicht.network.control.CareNetwork.MemberKind;
import nl.wijkzicht.network.control.CareNetwork.WeakPoint;
import nl.wijkzicht.network.control.CareNetworks;
import nl.wijkzicht.network.control.CareNetworks.ProviderFact;
import nl.wijkzicht.network.control.CareNetworks.Recorded;
import nl.wijkzicht.network.control.CareNetworks.RespondentFact;
import nl.wijkzicht.network.control.CareNetworks.RoleFact;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.network.control.WhoDoesWhat;
import nl.wijkzicht.network.entity.Agreement;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.AgreementStatus;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkAssessment;
import nl.wijkzicht.network.entity.LinkStrength;
import nl.wijkzicht.provider.entity.ProviderKind;
import org.junit.jupiter.api.Test;

/** Deriving a tracer's network and an area's "who does what", without a container. */
class CareNetworksTest {

  private static final ProviderFact PRACTICE =
      new ProviderFact(1, "Praktijk", ProviderKind.GP_PRACTICE);
  private static final ProviderFact HOME_CARE =
      new ProviderFact(2, "Thuiszorg", ProviderKind.HOME_CARE);
  private static final List<RespondentFact> TALKED =
      List.of(
          new RespondentFact("OU-01", RespondentRole.OUDERE),
          new RespondentFact("MZ-02", RespondentRole.MANTELZORGER),
          new RespondentFact("WV-03", RespondentRole.WIJKVERPLEEGKUNDIGE),
          new RespondentFact("CM-04", RespondentRole.CASEMANAGER),
          new RespondentFact("BS-05", RespondentRole.BESTUURDER));

  @Test
  void membersComeFromProvidersInterviewsAndTheAreasWhoDoesWhat() {
    CareNetwork network =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE, HOME_CARE),
            TALKED,
            List.of(new RoleFact(CareRole.POH_OUDEREN, 1), new RoleFact(CareRole.HUISARTS, 1)),
            List.of(),
            Recorded.NOTHING);

    assertThat(network.members())
        .extracting(CareNetwork.Member::key)
        .containsExactly(
            "client", "carer:MZ-02", "provider:1", "provider:2", "role:CASEMANAGER_DEMENTIE");
    assertThat(network.member("client").interviewed()).containsExactly("OU-01");
    // The area says the practice has POH and GP; the home-care provider has its usual role.
    assertThat(network.member("provider:1").roles())
        .containsExactly(CareRole.HUISARTS, CareRole.POH_OUDEREN);
    assertThat(network.member("provider:2").roles()).containsExactly(CareRole.WIJKVERPLEEGKUNDIGE);
    assertThat(network.member("provider:2").interviewed()).containsExactly("WV-03");
    // A casemanager was interviewed but no provider of this client fills the role.
    assertThat(network.member("role:CASEMANAGER_DEMENTIE").kind()).isEqualTo(MemberKind.ROLE);
    assertThat(network.links()).allMatch(Link::isSpoke).hasSize(4);
    assertThat(network.coordination()).isEqualTo(Coordination.NOT_RECORDED);
  }

  @Test
  void lowFindingsMarkWeakLinksBetweenWhatTheyName() {
    WeakPoint twoProviders = weak("VL.2", Set.of(1L, 2L), false);
    WeakPoint oneProvider = weak("CC.3", Set.of(2L), false);
    WeakPoint carer = weak("MZ.1", Set.of(1L), true);
    WeakPoint nobody = weak("CC.1", Set.of(), false);

    CareNetwork network =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE, HOME_CARE),
            TALKED,
            List.of(),
            List.of(twoProviders, oneProvider, carer, nobody),
            Recorded.NOTHING);

    assertThat(link(network, "provider:1", "provider:2").weakBecause())
        .containsExactly(twoProviders);
    assertThat(link(network, "client", "provider:2").weakBecause()).containsExactly(oneProvider);
    assertThat(link(network, "carer:MZ-02", "provider:1").weakBecause()).containsExactly(carer);
    assertThat(link(network, "carer:MZ-02", "provider:1").style()).isEqualTo(EdgeStyle.WEAK);
    assertThat(network.unplaced()).containsExactly(nobody);
    assertThat(network.weakLinks()).isEqualTo(3);
  }

  @Test
  void theInspectorsJudgementWinsOnTheDrawingAndTheFindingStaysListed() {
    WeakPoint twoProviders = weak("VL.2", Set.of(1L, 2L), false);
    Recorded recorded =
        new Recorded(
            Coordination.PROFESSIONAL,
            CareRole.WIJKVERPLEEGKUNDIGE,
            2L,
            List.of(
                new LinkAssessment(
                    "provider:2", "provider:1", LinkStrength.STRONG, "MDO elke week"),
                new LinkAssessment("carer:MZ-02", "provider:2", LinkStrength.ABSENT, ""),
                new LinkAssessment("provider:9", "client", LinkStrength.WEAK, "weg")));

    CareNetwork network =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE, HOME_CARE),
            TALKED,
            List.of(),
            List.of(twoProviders),
            recorded);

    Link judged = link(network, "provider:1", "provider:2");
    assertThat(judged.style()).isEqualTo(EdgeStyle.STRONG);
    assertThat(judged.note()).isEqualTo("MDO elke week");
    assertThat(judged.weakBecause()).containsExactly(twoProviders);
    assertThat(link(network, "carer:MZ-02", "provider:2").style()).isEqualTo(EdgeStyle.ABSENT);
    // A judgement about a provider no longer in the network is not drawn.
    assertThat(network.links())
        .noneMatch(l -> l.a().equals("provider:9") || l.b().equals("provider:9"));
    assertThat(network.member("provider:2").coordinator()).isTrue();
    assertThat(network.member("provider:1").coordinator()).isFalse();
  }

  @Test
  void aCoordinatingRoleWithoutOrganisationOrTheCarerIsShownAsSuch() {
    CareNetwork byRole =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE),
            List.of(),
            List.of(),
            List.of(),
            new Recorded(
                Coordination.PROFESSIONAL, CareRole.CASEMANAGER_DEMENTIE, null, List.of()));
    CareNetwork byCarer =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE),
            List.of(),
            List.of(),
            List.of(),
            new Recorded(Coordination.CARER, null, null, List.of()));

    assertThat(byRole.member("role:CASEMANAGER_DEMENTIE").coordinator()).isTrue();
    assertThat(byCarer.member("carer").coordinator()).isTrue();
    assertThat(byCarer.member("carer").kind()).isEqualTo(MemberKind.CARER);
  }

  @Test
  void theDiagramLabelsWeakLinksWithTheirNormsAndDescribesTheNetwork() {
    CareNetwork network =
        CareNetworks.derive(
            "C-01",
            List.of(PRACTICE, HOME_CARE),
            TALKED,
            List.of(),
            List.of(
                weak("VL.2", Set.of(1L, 2L), false),
                weak("CC.2", Set.of(1L, 2L), false),
                weak("IZ.1", Set.of(1L, 2L), false),
                weak("CC.3", Set.of(1L, 2L), false)),
            Recorded.NOTHING);

    Diagram diagram = NetworkDiagrams.tracer(network, "85+", CareNetworksTest::text);

    assertThat(diagram.edges())
        .filteredOn(e -> e.style() == EdgeStyle.WEAK)
        .singleElement()
        .extracting(Diagram.Edge::label)
        .isEqualTo("LinkStrength.WEAK · VL.2, CC.2, IZ.1, …");
    assertThat(diagram.description())
        .isEqualTo("network.map.desc[3, 1, 1, Coordination.NOT_RECORDED]");
    assertThat(diagram.nodes().get(0).details()).contains("85+", "network.node.interviewed[OU-01]");
  }

  @Test
  void whoDoesWhatListsProvidersPerRoleAndTheCoreRolesNobodyFills() {
    WhoDoesWhat who =
        WhoDoesWhat.of(
            List.of(
                new RoleFact(CareRole.WIJKVERPLEEGKUNDIGE, 2),
                new RoleFact(CareRole.HUISARTS, 1),
                new RoleFact(CareRole.POH_OUDEREN, 1),
                new RoleFact(CareRole.HUISARTS, 3),
                new RoleFact(CareRole.APOTHEKER, 99)),
            Map.of(1L, "Praktijk A", 2L, "Thuiszorg", 3L, "Praktijk B"),
            List.of(new Agreement(AgreementKind.MDO_STRUCTUUR, AgreementStatus.AGREED, null, "")));

    assertThat(who.filling(CareRole.HUISARTS))
        .extracting(WhoDoesWhat.ProviderRef::name)
        .containsExactly("Praktijk A", "Praktijk B");
    assertThat(who.filling(CareRole.APOTHEKER)).isEmpty();
    assertThat(who.missing())
        .containsExactly(
            CareRole.CASEMANAGER_DEMENTIE,
            CareRole.SPECIALIST_OUDERENGENEESKUNDE,
            CareRole.WIJKTEAM);
    assertThat(who.providers())
        .extracting(WhoDoesWhat.ProviderRoles::name)
        .containsExactly("Praktijk A", "Praktijk B", "Thuiszorg");

    Diagram diagram = NetworkDiagrams.area("Houten", who, CareNetworksTest::text);
    assertThat(diagram.nodes()).hasSize(1 + 3 + 3);
    assertThat(diagram.edges())
        .filteredOn(e -> e.style() == EdgeStyle.ABSENT)
        .hasSize(3)
        .allMatch(e -> !e.label().isEmpty());
  }

  private static String text(String key, Object... args) {
    return args.length == 0 ? key : key + java.util.Arrays.toString(args);
  }

  private static WeakPoint weak(String code, Set<Long> providers, boolean aboutCarer) {
    return new WeakPoint(
        code,
        new nl.wijkzicht.framework.entity.LocalizedText("Norm " + code, null),
        new nl.wijkzicht.framework.entity.LocalizedText("Voldoet niet", null),
        providers,
        aboutCarer);
  }

  private static Link link(CareNetwork network, String a, String b) {
    return network.links().stream()
        .filter(l -> l.a().equals(a) && l.b().equals(b))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no link " + a + " – " + b + " in " + network.links()));
  }
}
