package nl.wijkzicht.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.EvidenceInput;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.network.boundary.AreaNetworkDraft;
import nl.wijkzicht.network.boundary.AreaNetworkDraft.AgreementInput;
import nl.wijkzicht.network.boundary.AreaNetworkService;
import nl.wijkzicht.network.boundary.AreaOverview;
import nl.wijkzicht.network.boundary.TracerMap;
import nl.wijkzicht.network.boundary.TracerNetworkDraft;
import nl.wijkzicht.network.boundary.TracerNetworkDraft.LinkInput;
import nl.wijkzicht.network.boundary.TracerNetworkService;
import nl.wijkzicht.network.control.CareNetwork.Link;
import nl.wijkzicht.network.control.CareNetworks;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.AgreementStatus;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkStrength;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Care-network maps and "who does what" on MariaDB: derived from real fieldwork, saved as a whole
 * with a version check (a stale save refused, nothing written), refused for an inspector not on the
 * study, and every read and write in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private TracerNetworkService maps;
  @Inject private AreaNetworkService areas;
  @Inject private TracerService tracers;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private UserService users;
  @Inject private AccessLogService accessLog;
  @Inject private TestData testData;

  @Test
  void theMapIsDerivedFromProvidersInterviewsAndLowFindingsAndItsReadIsLogged() {
    TestData.Fieldwork f = testData.fieldwork();
    long providerId = f.provider().getId();
    Tracer tracer = tracer(f, List.of(providerId));
    interviews.startAroundTracer(
        testData.inspector(), tracer.getId(), RespondentRole.MANTELZORGER, AgeBand.UNDER_65, day());
    interviews.startAroundTracer(
        testData.inspector(), tracer.getId(), RespondentRole.WIJKVERPLEEGKUNDIGE, null, day());
    FrameworkNorm norm = clientNorm(f.study(), "CC.3");
    findings.record(
        testData.inspector(),
        new ScopeRef(ScopeKind.TRACER, tracer.getId(), f.study().getId()),
        norm.getId(),
        null,
        level(f.study(), "voldoet_niet").getId(),
        "Niemand weet wie het aanspreekpunt is.",
        List.of(providerId),
        List.of(new EvidenceInput(EvidenceKind.OBSERVATION, null, "Gezien in het dossier.")));
    long readsBefore = count(AccessAction.READ, tracer.getId());

    TracerMap map = maps.map(testData.inspector(), tracer.getId());

    String provider = CareNetworks.providerKey(providerId);
    assertThat(map.network().members())
        .extracting(m -> m.key())
        .containsExactly("client", "carer:MZ-01", provider, "role:WIJKVERPLEEGKUNDIGE");
    // The test provider is a GP practice: its usual role, since the area names none yet.
    assertThat(map.network().member(provider).roles()).containsExactly(CareRole.HUISARTS);
    Link weak = link(map, "client", provider);
    assertThat(weak.style()).isEqualTo(EdgeStyle.WEAK);
    assertThat(weak.weakBecause())
        .singleElement()
        .satisfies(w -> assertThat(w.normCode()).isEqualTo("CC.3"));
    assertThat(map.version()).isZero();
    assertThat(map.coordination()).isEqualTo(Coordination.NOT_RECORDED);
    assertThat(count(AccessAction.READ, tracer.getId())).isEqualTo(readsBefore + 1);
  }

  @Test
  void coordinatorAndLinkJudgementsAreSavedWithAVersionAndAStaleSaveIsRefused() {
    TestData.Fieldwork f = testData.fieldwork();
    long providerId = f.provider().getId();
    Tracer tracer = tracer(f, List.of(providerId));
    String provider = CareNetworks.providerKey(providerId);
    TracerNetworkDraft draft =
        new TracerNetworkDraft(
            Coordination.PROFESSIONAL,
            CareRole.POH_OUDEREN,
            providerId,
            List.of(
                new LinkInput("client", provider, LinkStrength.STRONG, "Wekelijks huisbezoek."),
                new LinkInput("client", "client", null, "niet beoordeeld: niet bewaard")));

    TracerMap saved = maps.save(testData.inspector(), tracer.getId(), 0, draft);

    assertThat(saved.version()).isPositive();
    assertThat(saved.network().member(provider).coordinator()).isTrue();
    assertThat(saved.network().member(provider).roles()).contains(CareRole.POH_OUDEREN);
    assertThat(link(saved, "client", provider).style()).isEqualTo(EdgeStyle.STRONG);
    TracerMap read = maps.map(testData.lead(), tracer.getId());
    assertThat(read.version()).isEqualTo(saved.version());
    assertThat(link(read, "client", provider).note()).isEqualTo("Wekelijks huisbezoek.");

    // A second save from the version read before the first: refused, nothing changed.
    assertThatThrownBy(
            () ->
                maps.save(
                    testData.lead(),
                    tracer.getId(),
                    0,
                    new TracerNetworkDraft(Coordination.NOBODY, null, null, List.of())))
        .isInstanceOf(ConcurrentChangeException.class);
    TracerMap after =
        maps.save(
            testData.lead(),
            tracer.getId(),
            saved.version(),
            new TracerNetworkDraft(Coordination.NOBODY, null, null, List.of()));
    assertThat(after.version()).isGreaterThan(saved.version());
    assertThat(after.coordination()).isEqualTo(Coordination.NOBODY);
    assertThat(after.network().links()).allMatch(l -> l.judged() == null);
    assertThat(count(AccessAction.UPDATE, tracer.getId())).isEqualTo(2);
  }

  @Test
  void aCoordinatorWithoutRoleOrAtAnotherProviderAndUnknownLinksAreRefusedAtTheirFields() {
    TestData.Fieldwork f = testData.fieldwork();
    Tracer tracer = tracer(f, List.of());

    List<FieldProblem> problems =
        problems(
            () ->
                maps.save(
                    testData.inspector(),
                    tracer.getId(),
                    0,
                    new TracerNetworkDraft(
                        Coordination.PROFESSIONAL,
                        null,
                        f.provider().getId(),
                        List.of(
                            new LinkInput("client", "provider:999999", LinkStrength.WEAK, "")))));

    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "coordinatorRole", "network.coordinator.role_required"),
            org.assertj.core.groups.Tuple.tuple(
                "coordinatorProvider", "network.coordinator.provider_unknown"),
            org.assertj.core.groups.Tuple.tuple("links", "network.link.unknown"));
    assertThat(maps.map(testData.inspector(), tracer.getId()).version()).isZero();
  }

  @Test
  void whoDoesWhatIsSavedAsAWholeFeedsTheTracerMapAndRefusesAStaleVersion() {
    TestData.Fieldwork f = testData.fieldwork();
    long houten = f.area("GM0321");
    long providerId = f.provider().getId();
    AreaNetworkDraft draft =
        new AreaNetworkDraft(
            Map.of(
                CareRole.HUISARTS, List.of(providerId), CareRole.POH_OUDEREN, List.of(providerId)),
            List.of(
                new AgreementInput(
                    AgreementKind.MDO_STRUCTUUR,
                    AgreementStatus.AGREED,
                    LocalDate.of(2026, 2, 1),
                    "Elke maand."),
                new AgreementInput(
                    AgreementKind.GEDEELD_ZORGPLAN, AgreementStatus.ABSENT, null, ""),
                new AgreementInput(
                    AgreementKind.KERNTEAM, null, null, "niet nagevraagd: niet bewaard")));

    AreaOverview saved = areas.save(testData.inspector(), f.study().getId(), houten, 0, draft);

    assertThat(saved.version()).isPositive();
    assertThat(saved.who().filling(CareRole.POH_OUDEREN))
        .extracting(p -> p.id())
        .containsExactly(providerId);
    assertThat(saved.who().missing()).doesNotContain(CareRole.HUISARTS).contains(CareRole.WIJKTEAM);
    assertThat(saved.who().agreements())
        .containsOnlyKeys(AgreementKind.MDO_STRUCTUUR, AgreementKind.GEDEELD_ZORGPLAN);
    AreaOverview read = areas.read(testData.lead(), f.study().getId(), houten);
    assertThat(read.version()).isEqualTo(saved.version());
    assertThat(read.who().agreements().get(AgreementKind.MDO_STRUCTUUR).getNote())
        .isEqualTo("Elke maand.");

    // The tracer map takes the roles from the area: entered once.
    Tracer tracer = tracer(f, List.of(providerId));
    assertThat(
            maps.map(testData.inspector(), tracer.getId())
                .network()
                .member(CareNetworks.providerKey(providerId))
                .roles())
        .containsExactly(CareRole.HUISARTS, CareRole.POH_OUDEREN);

    assertThatThrownBy(
            () ->
                areas.save(
                    testData.lead(),
                    f.study().getId(),
                    houten,
                    0,
                    new AreaNetworkDraft(Map.of(), List.of())))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(
            areas.read(testData.lead(), f.study().getId(), houten).who().filling(CareRole.HUISARTS))
        .hasSize(1);
  }

  @Test
  void aProviderOutsideTheAreaOrAFarDateIsRefusedAndNothingIsWritten() {
    TestData.Fieldwork f = testData.fieldwork();
    long houten = f.area("GM0321");

    List<FieldProblem> problems =
        problems(
            () ->
                areas.save(
                    testData.inspector(),
                    f.study().getId(),
                    houten,
                    0,
                    new AreaNetworkDraft(
                        Map.of(CareRole.WIJKTEAM, List.of(999_999_999L)),
                        List.of(
                            new AgreementInput(
                                AgreementKind.SAMENWERKINGSAFSPRAKEN,
                                AgreementStatus.AGREED,
                                LocalDate.of(1990, 1, 1),
                                "x".repeat(501))))));

    assertThat(problems)
        .extracting(FieldProblem::key)
        .containsExactly(
            "network.role.provider_unknown", "field.too_long", "network.agreement.date");
    assertThat(areas.read(testData.inspector(), f.study().getId(), houten).version()).isZero();
  }

  @Test
  void anInspectorNotOnTheStudyNeitherReadsNorSaves() {
    TestData.Fieldwork f = testData.fieldwork();
    Tracer tracer = tracer(f, List.of());
    String name = "it-net-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        name, "Andere inspecteur", Role.INSPECTOR, null, "a-long-enough-password", false);
    Actor outsider = testData.actor(name);
    long houten = f.area("GM0321");

    assertThatThrownBy(() -> maps.map(outsider, tracer.getId()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                maps.save(
                    outsider,
                    tracer.getId(),
                    0,
                    new TracerNetworkDraft(Coordination.NOBODY, null, null, List.of())))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> areas.read(outsider, f.study().getId(), houten))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                areas.save(
                    outsider,
                    f.study().getId(),
                    houten,
                    0,
                    new AreaNetworkDraft(Map.of(), List.of())))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () -> areas.read(testData.actor("demo-zorgaanbieder"), f.study().getId(), houten))
        .isInstanceOf(NotAllowedException.class);
    assertThat(areas.read(testData.inspector(), f.study().getId(), houten).version()).isZero();
    assertThat(maps.map(testData.inspector(), tracer.getId()).version()).isZero();
  }

  // --- helpers ---

  private Tracer tracer(TestData.Fieldwork f, List<Long> providers) {
    return tracers.create(
        testData.inspector(), f.study().getId(), f.area("GM0321"), AgeBand.FROM_85, "", providers);
  }

  private static LocalDate day() {
    return LocalDate.of(2026, 3, 12);
  }

  private static FrameworkNorm clientNorm(Study study, String code) {
    return study.getFrameworkVersion().getThemes().stream()
        .flatMap(t -> t.getNorms().stream())
        .filter(n -> n.getLevel() == NormLevel.CLIENT && n.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static FrameworkRatingLevel level(Study study, String code) {
    return study.getFrameworkVersion().getLevels().stream()
        .filter(l -> l.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static Link link(TracerMap map, String a, String b) {
    return map.network().links().stream()
        .filter(l -> l.a().equals(a) && l.b().equals(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link " + a + " – " + b));
  }

  private long count(AccessAction action, long tracerId) {
    return accessLog.count(
        new AccessLogQuery(
            Optional.empty(),
            Optional.of(action),
            Optional.of(AccessOutcome.ALLOWED),
            Optional.of("TracerNetwork"),
            Optional.of(Long.toString(tracerId)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  private static List<FieldProblem> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.getProblems();
    }
    throw new AssertionError("no InvalidInputException");
  }
}
