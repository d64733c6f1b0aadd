package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.EvidenceInput;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.boundary.ProviderRegistrationService;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Fictitious fieldwork for the demo study: in each of the nine IGJ areas a GP practice and a
 * home-care team (all named "(fictief)"), a visit to each with an interview, one tracer with
 * interviews with the older person and the carer, and findings, all published; then, after the demo
 * reports were published, follow-up visits at different stages of the workflow (reply received,
 * sent for reply, in progress, planned). The areas differ in how well they do, so that overviews
 * and comparisons have something to show. Runs once, through the services (so the data obey every
 * rule and the access log shows the demo user), in demo mode only.
 */
@ApplicationScoped
public class DemoFieldworkLoader {

  private static final System.Logger LOGGER = System.getLogger(DemoFieldworkLoader.class.getName());

  /**
   * Per IGJ area (same order as the study's areas): fictitious practice name, visit month, quality
   * 0 (best)–3.
   */
  record AreaPlan(
      String practice, String homeCare, LocalDate date, int quality, VisitStatus reached) {}

  static final List<AreaPlan> PLANS =
      List.of(
          new AreaPlan(null, null, LocalDate.of(2017, 10, 10), 0, VisitStatus.PUBLISHED),
          new AreaPlan(
              "Huisartsenpraktijk Het Wad (fictief)",
              "Wijkverpleging Noordwest (fictief)",
              LocalDate.of(2018, 1, 16),
              1,
              VisitStatus.PUBLISHED),
          new AreaPlan(
              "Gezondheidscentrum De Waal (fictief)",
              "Thuiszorg Rivierenland (fictief)",
              LocalDate.of(2018, 4, 10),
              2,
              VisitStatus.PUBLISHED),
          new AreaPlan(
              "Huisartsen Best-Centrum (fictief)",
              "Buurtzorgteam De Kempen (fictief)",
              LocalDate.of(2018, 6, 12),
              1,
              VisitStatus.PUBLISHED),
          new AreaPlan(
              "Huisartsenpraktijk Duinzicht (fictief)",
              "Wijkverpleging Haaglanden-West (fictief)",
              LocalDate.of(2018, 10, 9),
              2,
              VisitStatus.PUBLISHED),
          new AreaPlan(
              "Huisartsenpraktijk Beijerland (fictief)",
              "Thuiszorg Hoeksche Waard (fictief)",
              LocalDate.of(2019, 1, 15),
              1,
              VisitStatus.REPLY_RECEIVED),
          new AreaPlan(
              "Gezondheidscentrum Overvecht-Noord (fictief)",
              null,
              LocalDate.of(2019, 4, 9),
              3,
              VisitStatus.SENT_FOR_REPLY),
          new AreaPlan(
              "Huisartsenpraktijk De Hondsrug (fictief)",
              "Wijkzorg Zuidoost-Drenthe (fictief)",
              LocalDate.of(2019, 9, 10),
              2,
              VisitStatus.IN_PROGRESS),
          new AreaPlan(
              "Huisartsenpraktijk Eemkwartier (fictief)",
              "Thuiszorg Eemland (fictief)",
              LocalDate.of(2020, 1, 14),
              1,
              VisitStatus.PLANNED));

  private static final String[] GOOD = {
    "Fictief: huisarts en wijkverpleegkundige overleggen vast elke twee weken over kwetsbare ouderen.",
    "Fictief: afspraken over bereikbaarheid staan op papier en iedereen kent ze.",
    "Fictief: de oudere weet wie het eerste aanspreekpunt is en heeft het telefoonnummer.",
    "Fictief: het zorgplan is gedeeld en wordt na elke wijziging bijgewerkt."
  };
  private static final String[] WEAK = {
    "Fictief: overleg gebeurt vooral als er iets misgaat; een vast moment ontbreekt.",
    "Fictief: de wijkverpleging weet niet altijd welke POH bij de cliënt betrokken is.",
    "Fictief: de mantelzorger moet informatie zelf doorgeven tussen de zorgverleners.",
    "Fictief: er zijn geen afspraken over wie de regie heeft bij meerdere zorgverleners."
  };

  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private TracerService tracers;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private ProviderService providers;
  @Inject private ProviderRegistrationService registrations;
  @Inject private DemoTeam demoTeam;

  /**
   * One transaction for the whole data set: all or nothing, and far fewer commits than one per
   * call.
   */
  @jakarta.transaction.Transactional
  void onDatabaseReady(@Observes @Priority(StartupOrder.DEMO_FIELDWORK) DatabaseReady ready) {
    Optional<DemoTeam.Team> team = demoTeam.find();
    if (team.isEmpty()) {
      return;
    }
    Actor coordinator = team.get().lead();
    Actor inspector = team.get().inspector();
    Study study = team.get().study();
    if (!visits.list(coordinator, study.getId()).isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    List<StudyArea> areas = study.getAreas();
    for (int i = 0; i < Math.min(areas.size(), PLANS.size()); i++) {
      load(coordinator, inspector, study, areas.get(i), i, PLANS.get(i));
    }
    LOGGER.log(
        Level.INFO,
        "Demo fieldwork loaded (fictitious) in {0} ms.",
        (System.nanoTime() - started) / 1_000_000);
  }

  /** First visits of the nine areas: two per area, every one taken to published. */
  static final int FIRST_VISITS = 18;

  /** Follow-up visits start on this day (plus a week per area), after the published reports. */
  static final LocalDate FOLLOW_UP_FROM = LocalDate.of(2020, 3, 3);

  /**
   * Follow-up visits, after the demo reports were published ({@link DemoPublisher}): in the areas
   * whose plan stops before "published", a second visit pair shows the working states (reply
   * received, sent for reply, in progress, planned). The published reports stay as they were: the
   * dashboard counts these new findings, the publications do not.
   */
  @jakarta.transaction.Transactional
  void onReportsPublished(
      @Observes @Priority(StartupOrder.DEMO_FIELDWORK + 5) DatabaseReady ready) {
    Optional<DemoTeam.Team> team = demoTeam.find();
    if (team.isEmpty()) {
      return;
    }
    Actor coordinator = team.get().lead();
    Actor inspector = team.get().inspector();
    Study study = team.get().study();
    if (visits.list(coordinator, study.getId()).size() != FIRST_VISITS) {
      return;
    }
    List<StudyArea> areas = study.getAreas();
    for (int i = 0; i < Math.min(areas.size(), PLANS.size()); i++) {
      AreaPlan plan = PLANS.get(i);
      if (plan.reached() == VisitStatus.PUBLISHED) {
        continue;
      }
      CareProvider practice =
          providers
              .findByName(plan.practice() == null ? DemoDataLoader.PRACTICE : plan.practice())
              .orElseThrow();
      CareProvider homeCare =
          providers
              .findByName(plan.homeCare() == null ? DemoDataLoader.HOME_CARE : plan.homeCare())
              .orElseThrow();
      visitPair(
          coordinator,
          inspector,
          study,
          areas.get(i),
          i,
          plan,
          practice,
          homeCare,
          FOLLOW_UP_FROM.plusWeeks(i),
          true);
    }
  }

  private void load(
      Actor lead, Actor inspector, Study study, StudyArea area, int index, AreaPlan plan) {
    String cbs = area.getMunicipality().getCbsCode();
    String city = area.getMunicipality().getName();
    CareProvider practice =
        provider(
            plan.practice() == null ? DemoDataLoader.PRACTICE : plan.practice(),
            ProviderKind.GP_PRACTICE,
            cbs,
            city,
            index);
    CareProvider homeCare =
        provider(
            plan.homeCare() == null ? DemoDataLoader.HOME_CARE : plan.homeCare(),
            ProviderKind.HOME_CARE,
            cbs,
            city,
            index + 50);
    // Every area's first visits are done and published (the published demo reports rest on them).
    visitPair(lead, inspector, study, area, index, plan, practice, homeCare, plan.date(), false);
    Tracer tracer =
        tracers.create(
            inspector,
            study.getId(),
            area.getId(),
            AgeBand.FROM_85,
            "Fictief: alleenwonende oudere met hartfalen en beginnende geheugenproblemen; dochter is mantelzorger.",
            List.of(practice.getId(), homeCare.getId()));
    List<InterviewAnswer> tracerAnswers = new ArrayList<>();
    Interview older =
        interviews.startAroundTracer(
            inspector,
            tracer.getId(),
            RespondentRole.OUDERE,
            AgeBand.FROM_85,
            plan.date().plusDays(2));
    tracerAnswers.addAll(answerAll(inspector, study, older, plan.quality()));
    Interview carer =
        interviews.startAroundTracer(
            inspector,
            tracer.getId(),
            RespondentRole.MANTELZORGER,
            AgeBand.UNDER_65,
            plan.date().plusDays(2));
    tracerAnswers.addAll(answerAll(inspector, study, carer, plan.quality()));
    rate(
        inspector,
        new ScopeRef(ScopeKind.TRACER, tracer.getId(), study.getId()),
        study,
        plan.quality(),
        index,
        false,
        tracerAnswers,
        List.of(practice.getId(), homeCare.getId()),
        true);
    {
      rate(
          lead,
          new ScopeRef(ScopeKind.AREA, area.getId(), study.getId()),
          study,
          plan.quality(),
          index,
          false,
          List.of(),
          List.of(practice.getId(), homeCare.getId()),
          false);
    }
    networks(lead, inspector, study, area, plan.quality(), practice, homeCare, tracer, carer);
  }

  /**
   * A visit to the area's GP practice and one to its home-care organisation, on {@code date} and
   * the day after, taken as far as {@code followUp ? plan.reached() : PUBLISHED} through the
   * services (interviews, findings, sending for reply, sign-off).
   */
  private void visitPair(
      Actor lead,
      Actor inspector,
      Study study,
      StudyArea area,
      int index,
      AreaPlan plan,
      CareProvider practice,
      CareProvider homeCare,
      LocalDate date,
      boolean followUp) {
    long inspectorId = inspector.userId();
    List<Visit> planned = new ArrayList<>();
    for (CareProvider provider : List.of(practice, homeCare)) {
      ProviderLocation location =
          providers.locationsIn(lead, area.getMunicipality().getId()).stream()
              .filter(l -> l.getProvider().getId().equals(provider.getId()))
              .findFirst()
              .orElseThrow();
      planned.add(
          visits.plan(
              lead,
              study.getId(),
              area.getId(),
              location.getId(),
              date.plusDays(planned.size()),
              List.of(inspectorId)));
    }
    VisitStatus reached = followUp ? plan.reached() : VisitStatus.PUBLISHED;
    if (reached == VisitStatus.PLANNED) {
      return;
    }
    boolean partly = reached == VisitStatus.IN_PROGRESS;
    for (Visit visit : planned) {
      Visit current =
          visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
      RespondentRole role =
          current.getLocation().getProvider().getKind() == ProviderKind.GP_PRACTICE
              ? RespondentRole.HUISARTS
              : RespondentRole.WIJKVERPLEEGKUNDIGE;
      Interview interview =
          interviews.startAtVisit(inspector, current.getId(), role, null, current.getDate());
      List<InterviewAnswer> answers = answerAll(inspector, study, interview, plan.quality());
      rate(
          inspector,
          new ScopeRef(ScopeKind.VISIT, current.getId(), study.getId()),
          study,
          plan.quality(),
          index,
          partly,
          answers,
          List.of(current.getLocation().getProvider().getId()),
          false);
      if (!partly) {
        current = visits.get(lead, current.getId());
        current =
            visits.moveTo(
                inspector, current.getId(), current.getVersion(), VisitStatus.FINDINGS_DRAFTED);
        for (VisitStatus step :
            List.of(
                VisitStatus.SENT_FOR_REPLY,
                VisitStatus.REPLY_RECEIVED,
                VisitStatus.FINAL,
                VisitStatus.PUBLISHED)) {
          if (reached.ordinal() < step.ordinal()) {
            break;
          }
          if (step == VisitStatus.FINAL) {
            // The demo coordinator is not on the visit's team, so may sign it off.
            current = visits.signOff(lead, current.getId(), current.getVersion(), null);
          }
          current = visits.moveTo(lead, current.getId(), current.getVersion(), step);
        }
      }
    }
  }

  // --- Care-network maps (issue 14): who does what per area, who coordinates per tracer. ---

  @Inject private nl.wijkzicht.network.boundary.AreaNetworkService areaNetworks;
  @Inject private nl.wijkzicht.network.boundary.TracerNetworkService tracerNetworks;

  /**
   * Better areas (quality 0 best) fill more roles, have more agreements in place and a professional
   * who coordinates; the weakest has nobody coordinating and no contact with the carer.
   */
  private void networks(
      Actor lead,
      Actor inspector,
      Study study,
      StudyArea area,
      int quality,
      CareProvider practice,
      CareProvider homeCare,
      Tracer tracer,
      Interview carer) {
    var roles =
        new java.util.EnumMap<nl.wijkzicht.network.entity.CareRole, List<Long>>(
            nl.wijkzicht.network.entity.CareRole.class);
    roles.put(nl.wijkzicht.network.entity.CareRole.HUISARTS, List.of(practice.getId()));
    roles.put(nl.wijkzicht.network.entity.CareRole.WIJKVERPLEEGKUNDIGE, List.of(homeCare.getId()));
    if (quality <= 2) {
      roles.put(nl.wijkzicht.network.entity.CareRole.POH_OUDEREN, List.of(practice.getId()));
    }
    if (quality <= 1) {
      roles.put(
          nl.wijkzicht.network.entity.CareRole.CASEMANAGER_DEMENTIE, List.of(homeCare.getId()));
      String city = area.getMunicipality().getName();
      CareProvider team =
          provider(
              "Wijkteam " + city + " (fictief)",
              ProviderKind.NEIGHBOURHOOD_TEAM,
              area.getMunicipality().getCbsCode(),
              city,
              100);
      roles.put(nl.wijkzicht.network.entity.CareRole.WIJKTEAM, List.of(team.getId()));
    }
    if (quality == 0) {
      roles.put(
          nl.wijkzicht.network.entity.CareRole.SPECIALIST_OUDERENGENEESKUNDE,
          List.of(homeCare.getId()));
    }
    var agreed = nl.wijkzicht.network.entity.AgreementStatus.AGREED;
    var preparing = nl.wijkzicht.network.entity.AgreementStatus.IN_PREPARATION;
    var absent = nl.wijkzicht.network.entity.AgreementStatus.ABSENT;
    var since = LocalDate.of(2017, 1, 1).plusMonths(quality * 7L);
    List<nl.wijkzicht.network.boundary.AreaNetworkDraft.AgreementInput> agreements =
        new ArrayList<>();
    nl.wijkzicht.network.entity.AgreementStatus[][] table = {
      {agreed, agreed, agreed, agreed, agreed, agreed},
      {agreed, agreed, agreed, preparing, agreed, null},
      {agreed, preparing, preparing, absent, null, agreed},
      {absent, absent, absent, absent, null, null}
    };
    var kinds = nl.wijkzicht.network.entity.AgreementKind.values();
    for (int k = 0; k < kinds.length; k++) {
      var status = table[Math.min(quality, 3)][k];
      agreements.add(
          new nl.wijkzicht.network.boundary.AreaNetworkDraft.AgreementInput(
              kinds[k],
              status,
              status == agreed ? since : null,
              status == preparing ? "Fictief: concept besproken in het kernteam." : ""));
    }
    areaNetworks.save(
        lead,
        study.getId(),
        area.getId(),
        0,
        new nl.wijkzicht.network.boundary.AreaNetworkDraft(roles, agreements));
    var coordination =
        quality <= 1
            ? nl.wijkzicht.network.entity.Coordination.PROFESSIONAL
            : quality == 2
                ? nl.wijkzicht.network.entity.Coordination.CARER
                : nl.wijkzicht.network.entity.Coordination.NOBODY;
    String practiceKey = nl.wijkzicht.network.control.CareNetworks.providerKey(practice.getId());
    String homeCareKey = nl.wijkzicht.network.control.CareNetworks.providerKey(homeCare.getId());
    String carerKey = nl.wijkzicht.network.control.CareNetworks.carerKey(carer.getPseudonym());
    List<nl.wijkzicht.network.boundary.TracerNetworkDraft.LinkInput> links =
        quality == 0
            ? List.of(
                new nl.wijkzicht.network.boundary.TracerNetworkDraft.LinkInput(
                    practiceKey,
                    homeCareKey,
                    nl.wijkzicht.network.entity.LinkStrength.STRONG,
                    "Fictief: vast MDO elke maand, korte lijnen."))
            : quality == 3
                ? List.of(
                    new nl.wijkzicht.network.boundary.TracerNetworkDraft.LinkInput(
                        carerKey,
                        practiceKey,
                        nl.wijkzicht.network.entity.LinkStrength.ABSENT,
                        "Fictief: de mantelzorger heeft geen contact met de praktijk."))
                : List.of();
    tracerNetworks.save(
        inspector,
        tracer.getId(),
        0,
        new nl.wijkzicht.network.boundary.TracerNetworkDraft(
            coordination,
            quality <= 1 ? nl.wijkzicht.network.entity.CareRole.WIJKVERPLEEGKUNDIGE : null,
            quality <= 1 ? homeCare.getId() : null,
            links));
  }

  private CareProvider provider(String name, ProviderKind kind, String cbs, String city, int seed) {
    return providers
        .findByName(name)
        .orElseGet(
            () -> {
              CareProvider created = registrations.createInitial(name, kind, null, null, true);
              registrations.addLocationInitial(
                  created.getId(),
                  kind == ProviderKind.GP_PRACTICE ? "Praktijk " + city : "Team " + city,
                  null,
                  null,
                  city,
                  cbs);
              return created;
            });
  }

  private List<InterviewAnswer> answerAll(
      Actor inspector, Study study, Interview interview, int quality) {
    List<InterviewAnswer> saved = new ArrayList<>();
    int n = 0;
    for (FrameworkQuestion question : interviews.questions(study, interview.getRole())) {
      n++;
      boolean good = (quality + n) % 4 < 2;
      String note = (good ? GOOD : WEAK)[(n + quality) % 4];
      saved.add(
          interviews.saveAnswer(
              inspector, interview.getId(), question.getId(), null, value(question, good), note));
    }
    interviews.complete(
        inspector,
        interview.getId(),
        interviews.get(inspector, interview.getId()).getVersion(),
        true);
    return saved;
  }

  private static String value(FrameworkQuestion question, boolean good) {
    AnswerType type = question.getType();
    return switch (type) {
      case OPEN -> null;
      case YES_NO -> good ? "yes" : "no";
      case SINGLE_CHOICE ->
          question.getOptions().get(good ? 0 : question.getOptions().size() - 1).getCode();
      case MULTIPLE_CHOICE -> question.getOptions().get(0).getCode();
      case SCALE -> Integer.toString(good ? question.getMax() : question.getMin() + 1);
      case NUMBER -> good ? "4" : "1";
    };
  }

  private void rate(
      Actor actor,
      ScopeRef scope,
      Study study,
      int quality,
      int areaIndex,
      boolean partly,
      List<InterviewAnswer> answers,
      List<Long> providerIds,
      boolean clientOnly) {
    List<FrameworkRatingLevel> scale =
        study.getFrameworkVersion().getLevels().stream().filter(l -> !l.isNotAssessed()).toList();
    int n = 0;
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        n++;
        if ((clientOnly && norm.getLevel() != NormLevel.CLIENT) || (partly && n % 2 == 0)) {
          continue;
        }
        int level =
            Math.max(0, Math.min(scale.size() - 1, quality + ((areaIndex * 7 + n * 2) % 3) - 1));
        FrameworkRatingLevel rating = scale.get(level);
        List<EvidenceInput> evidence = new ArrayList<>();
        answers.stream()
            .filter(a -> a.getQuestion().getNorm().getId().equals(norm.getId()))
            .findFirst()
            .ifPresent(a -> evidence.add(new EvidenceInput(EvidenceKind.ANSWER, a.getId(), "")));
        evidence.add(
            new EvidenceInput(
                EvidenceKind.OBSERVATION,
                null,
                level < 2
                    ? "Fictief: werkafspraken ingezien en in de praktijk gezien."
                    : "Fictief: werkafspraken ontbreken of zijn niet bekend bij de medewerkers."));
        findings.record(
            actor,
            scope,
            norm.getId(),
            null,
            rating.getId(),
            "Fictief: "
                + rating.getLabel().nl()
                + " — "
                + (level < 2 ? GOOD : WEAK)[n % 4].substring(9),
            providerIds,
            evidence);
      }
    }
  }
}
