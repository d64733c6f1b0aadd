package nl.wijkzicht.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.boundary.ProviderImportService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Builds the data a test needs, new each time and named uniquely, through the services (so it obeys
 * every rule): a provider with locations in Houten (GM0321) and Tiel (GM0281), a study of the
 * collaboration framework over both with the demo inspector on the team, and a visit in Houten in
 * the status asked for, with a tracer and a GP interview. In-container tests inject it; HTTP and
 * browser tests reach it through {@link TestSupportServlet} ({@code ?op=fieldwork&status=...}).
 * Test-only: never in the application's WAR.
 */
@ApplicationScoped
public class TestData {

  /** What {@link #fieldwork} made. */
  public record Fieldwork(
      Study study, CareProvider provider, Visit visit, Tracer tracer, Interview interview) {

    public long area(String cbsCode) {
      return study.getAreas().stream()
          .filter(a -> a.getMunicipality().getCbsCode().equals(cbsCode))
          .findFirst()
          .orElseThrow()
          .getId();
    }

    public long location(String cbsCode) {
      return provider.getLocations().stream()
          .filter(l -> l.getMunicipality().getCbsCode().equals(cbsCode))
          .findFirst()
          .orElseThrow()
          .getId();
    }
  }

  @Inject private ProviderService providers;
  @Inject private ProviderImportService imports;
  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private FrameworkService frameworks;
  @Inject private UserService users;
  @Inject private TracerService tracers;
  @Inject private InterviewService interviews;
  @Inject private FindingService findingService;

  /** A new provider, study and planned visit, nothing recorded yet. */
  public Fieldwork fieldwork() {
    return fieldwork(VisitStatus.PLANNED, false);
  }

  /**
   * A new provider, study and visit (with a tracer and a GP interview if asked); the visit is moved
   * along the workflow up to {@code status}.
   */
  public Fieldwork fieldwork(VisitStatus status, boolean withTracerAndInterview) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "IT Veldwerk " + suffix;
    // An AGB code belongs to one provider (unique key): a random one of 10^8.
    String agb =
        String.format(
            "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    var report =
        imports.importCsv(
            lead(),
            new StringReader(
                "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n"
                    + name
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Houten;;;;GM0321\n"
                    + name
                    + ";huisartsenpraktijk;"
                    + agb
                    + ";;Tiel;;;;GM0281\n"));
    if (!report.problems().isEmpty()) {
      throw new IllegalStateException("test provider not imported: " + report.problems());
    }
    Study study =
        studies.create(
            lead(),
            new StudyDraft(
                "IT veldwerk " + suffix,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                frameworks
                    .findVersion("samenwerking-huisarts-wijkverpleging", "1.0")
                    .orElseThrow()
                    .getId(),
                List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0281", null, null)),
                List.of(inspector().userId())));
    CareProvider provider = providers.findByName(name).orElseThrow();
    Fieldwork planned =
        new Fieldwork(studies.get(lead(), study.getId()), provider, null, null, null);
    Visit visit =
        visits.plan(
            lead(),
            study.getId(),
            planned.area("GM0321"),
            planned.location("GM0321"),
            LocalDate.of(2026, 3, 10),
            List.of(inspector().userId()));
    // A tracer and an interview while the fieldwork is still open, for pages that show them.
    Tracer tracer = null;
    Interview interview = null;
    if (withTracerAndInterview) {
      tracer =
          tracers.create(
              inspector(), study.getId(), planned.area("GM0321"), AgeBand.FROM_85, "", List.of());
      interview =
          interviews.startAtVisit(
              inspector(), visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
      visit = visits.get(lead(), visit.getId());
    }
    for (VisitStatus step : VisitStatus.values()) {
      if (visit.getStatus() == status
          || step == VisitStatus.CANCELLED
          || step.ordinal() <= visit.getStatus().ordinal()) {
        continue;
      }
      if (step == VisitStatus.FINAL && !visit.isSignedOff()) {
        // Final needs the sign-off of a coordinator not on the team (demo-inspecteur's visit).
        visit = visits.signOff(lead(), visit.getId(), visit.getVersion(), null);
      }
      visit = visits.moveTo(lead(), visit.getId(), visit.getVersion(), step);
    }
    if (visit.getStatus() != status) {
      throw new IllegalStateException(
          "test visit stopped at " + visit.getStatus() + ", wanted " + status);
    }
    return new Fieldwork(studies.get(lead(), study.getId()), provider, visit, tracer, interview);
  }

  /**
   * A study with findings to score (issue 14): Houten's visit rates every norm of the first theme
   * "voldoet grotendeels" (3 of 4 points), the tracer rates the theme's client-level norms "voldoet
   * niet" (1 of 4); the first norm of the second theme is "niet beoordeeld" at the visit. Tiel has
   * no fieldwork.
   */
  public Fieldwork scored() {
    Fieldwork f = fieldwork(VisitStatus.IN_PROGRESS, true);
    var version = f.study().getFrameworkVersion();
    var theme = version.getThemes().get(0);
    var visit =
        new FindingService.ScopeRef(
            FindingService.ScopeKind.VISIT, f.visit().getId(), f.study().getId());
    var tracer =
        new FindingService.ScopeRef(
            FindingService.ScopeKind.TRACER, f.tracer().getId(), f.study().getId());
    for (var norm : theme.getNorms()) {
      rate(f, visit, norm, "voldoet_grotendeels");
      if (norm.getLevel() == nl.wijkzicht.framework.entity.NormLevel.CLIENT) {
        rate(f, tracer, norm, "voldoet_niet");
      }
    }
    rate(f, visit, version.getThemes().get(1).getNorms().get(0), "niet_beoordeeld");
    return f;
  }

  private void rate(
      Fieldwork f,
      FindingService.ScopeRef scope,
      nl.wijkzicht.framework.entity.FrameworkNorm norm,
      String levelCode) {
    long level =
        f.study().getFrameworkVersion().getLevels().stream()
            .filter(l -> l.getCode().equals(levelCode))
            .findFirst()
            .orElseThrow()
            .getId();
    findingService.record(
        inspector(),
        scope,
        norm.getId(),
        null,
        level,
        "Motivering voor " + norm.getCode(),
        List.of(),
        List.of());
  }

  /**
   * A new survey study (the RIVM network questionnaire, rule count) over Utrecht, its district
   * Overvecht (WK034403) and Houten, with demo-inspecteur on the team; no responses yet.
   */
  public Study surveyStudy() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Study study =
        studies.create(
            lead(),
            new StudyDraft(
                "IT vragenlijst " + suffix,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                frameworks
                    .findVersion("rivm-netwerken-integrale-ouderenzorg", "1.0")
                    .orElseThrow()
                    .getId(),
                List.of(
                    new AreaChoice("GM0344", null, null),
                    new AreaChoice("GM0344", "WK034403", "Overvecht"),
                    new AreaChoice("GM0321", null, null)),
                List.of(inspector().userId())));
    return studies.get(lead(), study.getId());
  }

  // --- Issue 15: visits sent for reply, with findings and shareable evidence ---

  /** The password of the provider accounts {@link #replying} makes. */
  public static final String PROVIDER_PASSWORD = "it-zorgaanbieder-2026";

  /** Text of the evidence {@link #replying} shares and keeps back, for tests to look for. */
  public static final String SHARED_OBSERVATION = "Gedeeld: werkafspraken ingezien.";

  public static final String SHARED_QUOTE = "Citaat: we overleggen elke twee weken.";
  public static final String INTERNAL_OBSERVATION = "Intern: niet voor de zorgaanbieder.";
  public static final String ANSWER_NOTE = "Antwoordnotitie die nooit gedeeld wordt.";

  /**
   * What {@link #replying} made: the visit (sent for reply) with two findings, its provider, a
   * provider account of that provider ({@link #PROVIDER_PASSWORD}), the interview at the visit.
   */
  public record Replying(
      Study study,
      Visit visit,
      long providerId,
      String providerUser,
      long finding1,
      long finding2,
      Interview interview) {}

  @jakarta.inject.Inject private jakarta.persistence.EntityManager em;

  /**
   * A new study and a visit in Houten sent for reply, at a location of the given provider (null: a
   * new provider). The visit has an interview with one answer and two rated findings: the first
   * with a shared observation ({@link #SHARED_OBSERVATION}), an observation kept back ({@link
   * #INTERNAL_OBSERVATION}) and the answer shared as a quote ({@link #SHARED_QUOTE}); the second
   * with the answer not shared. A new provider account of the visited provider is made.
   */
  public Replying replying(Long providerId) {
    Fieldwork f = fieldwork();
    Visit visit = f.visit();
    long provider = providerId == null ? f.provider().getId() : providerId;
    if (providerId != null) {
      long municipality =
          f.study().getAreas().stream()
              .filter(a -> a.getMunicipality().getCbsCode().equals("GM0321"))
              .findFirst()
              .orElseThrow()
              .getMunicipality()
              .getId();
      long location =
          providers.locationsIn(lead(), municipality).stream()
              .filter(l -> l.getProvider().getId().equals(providerId))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("provider has no location in Houten"))
              .getId();
      visit =
          visits.plan(
              lead(),
              f.study().getId(),
              f.area("GM0321"),
              location,
              LocalDate.of(2026, 3, 11),
              List.of(inspector().userId()));
    }
    visit = visits.moveTo(lead(), visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
    Interview interview =
        interviews.startAtVisit(
            inspector(), visit.getId(), RespondentRole.HUISARTS, null, LocalDate.of(2026, 3, 10));
    var question =
        interviews.questions(f.study(), RespondentRole.HUISARTS).stream()
            .filter(q -> q.getType() == nl.wijkzicht.framework.entity.AnswerType.OPEN)
            .findFirst()
            .orElseThrow();
    var answer =
        interviews.saveAnswer(
            inspector(), interview.getId(), question.getId(), null, null, ANSWER_NOTE);
    var version = f.study().getFrameworkVersion();
    var norms = version.getThemes().get(0).getNorms();
    long level =
        version.getLevels().stream()
            .filter(l -> l.getCode().equals("voldoet_grotendeels"))
            .findFirst()
            .orElseThrow()
            .getId();
    var scope =
        new FindingService.ScopeRef(
            FindingService.ScopeKind.VISIT, visit.getId(), f.study().getId());
    var first =
        findingService.record(
            inspector(),
            scope,
            norms.get(0).getId(),
            null,
            level,
            "Motivering voor " + norms.get(0).getCode(),
            List.of(provider),
            List.of(
                new FindingService.EvidenceInput(
                    nl.wijkzicht.fieldwork.entity.EvidenceKind.OBSERVATION,
                    null,
                    SHARED_OBSERVATION,
                    true),
                new FindingService.EvidenceInput(
                    nl.wijkzicht.fieldwork.entity.EvidenceKind.OBSERVATION,
                    null,
                    INTERNAL_OBSERVATION,
                    false),
                new FindingService.EvidenceInput(
                    nl.wijkzicht.fieldwork.entity.EvidenceKind.ANSWER,
                    answer.getId(),
                    SHARED_QUOTE,
                    true)));
    var second =
        findingService.record(
            inspector(),
            scope,
            norms.get(1).getId(),
            null,
            level,
            "Motivering voor " + norms.get(1).getCode(),
            List.of(provider),
            List.of(
                new FindingService.EvidenceInput(
                    nl.wijkzicht.fieldwork.entity.EvidenceKind.ANSWER, answer.getId(), "")));
    visit = visits.get(lead(), visit.getId());
    visit = visits.moveTo(lead(), visit.getId(), visit.getVersion(), VisitStatus.FINDINGS_DRAFTED);
    visit = visits.moveTo(lead(), visit.getId(), visit.getVersion(), VisitStatus.SENT_FOR_REPLY);
    String username = "it-zorg-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        username, "IT Kwaliteitsfunctionaris", Role.PROVIDER, provider, PROVIDER_PASSWORD, false);
    return new Replying(
        f.study(), visit, provider, username, first.getId(), second.getId(), interview);
  }

  /** The provider of the demo account demo-zorgaanbieder (Huisartsenpraktijk De Linde). */
  public long demoProviderId() {
    return users.findByUsername("demo-zorgaanbieder").orElseThrow().getProviderId();
  }

  /** Moves a visit's reply deadline (tests of the deadline; bypasses every rule on purpose). */
  @jakarta.transaction.Transactional
  public void setReplyDeadline(long visitId, LocalDate deadline) {
    em.createNativeQuery("update visit set reply_deadline = ? where id = ?")
        .setParameter(1, deadline)
        .setParameter(2, visitId)
        .executeUpdate();
  }

  public Actor inspector() {
    return actor("demo-inspecteur");
  }

  public Actor lead() {
    return actor("demo-coordinator");
  }

  public Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }
}
