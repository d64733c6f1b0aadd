package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.EvidenceInput;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Demo mode (issue 15): a second visit to Huisartsenpraktijk De Linde in Houten, the organisation
 * of demo-zorgaanbieder, whose findings await its reply: sent for reply when the demo data is
 * loaded (so the deadline is ten working days from that day), three findings with evidence of which
 * some is marked shareable (an observation, a document, a quoted answer) and some is not. Runs
 * once, after the demo fieldwork, through the services.
 */
@ApplicationScoped
public class DemoReplyLoader {

  private static final System.Logger LOGGER = System.getLogger(DemoReplyLoader.class.getName());

  static final LocalDate VISIT_DATE = LocalDate.of(2020, 6, 9);

  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private ProviderService providers;
  @Inject private DemoTeam demoTeam;

  /** All or nothing, after the demo fieldwork (whose loader skips a study that has visits). */
  @jakarta.transaction.Transactional
  void onDatabaseReady(@Observes @Priority(StartupOrder.DEMO_FIELDWORK + 10) DatabaseReady ready) {
    Optional<DemoTeam.Team> team = demoTeam.find();
    Optional<CareProvider> practice = providers.findByName(DemoDataLoader.PRACTICE);
    if (team.isEmpty() || practice.isEmpty()) {
      return;
    }
    Actor lead = team.get().lead();
    Study study = team.get().study();
    Optional<StudyArea> houten =
        study.getAreas().stream()
            .filter(a -> a.getMunicipality().getCbsCode().equals("GM0321"))
            .findFirst();
    if (houten.isEmpty()) {
      return;
    }
    Optional<ProviderLocation> location =
        providers.locationsIn(lead, houten.get().getMunicipality().getId()).stream()
            .filter(l -> l.getProvider().getId().equals(practice.get().getId()))
            .findFirst();
    if (location.isEmpty()
        || visits.list(lead, study.getId()).stream()
            .anyMatch(
                v ->
                    v.getDate().equals(VISIT_DATE)
                        && v.getLocation().getId().equals(location.get().getId()))) {
      return;
    }
    load(lead, team.get().inspector(), study, houten.get(), location.get());
    LOGGER.log(Level.INFO, "Demo visit awaiting the reply of De Linde loaded (fictitious).");
  }

  private void load(
      Actor lead, Actor inspector, Study study, StudyArea area, ProviderLocation location) {
    Visit visit =
        visits.plan(
            lead,
            study.getId(),
            area.getId(),
            location.getId(),
            VISIT_DATE,
            List.of(inspector.userId()));
    visit = visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
    Interview interview =
        interviews.startAtVisit(
            inspector, visit.getId(), RespondentRole.HUISARTS, null, VISIT_DATE);
    FrameworkQuestion open =
        interviews.questions(study, RespondentRole.HUISARTS).stream()
            .filter(q -> q.getType() == AnswerType.OPEN)
            .findFirst()
            .orElseThrow();
    InterviewAnswer answer =
        interviews.saveAnswer(
            inspector,
            interview.getId(),
            open.getId(),
            null,
            null,
            "Fictief: we bellen de wijkverpleging als er iets is, een vast overleg is er niet.");
    List<FrameworkRatingLevel> scale =
        study.getFrameworkVersion().getLevels().stream().filter(l -> !l.isNotAssessed()).toList();
    List<FrameworkNorm> norms = study.getFrameworkVersion().getThemes().get(0).getNorms();
    ScopeRef scope = new ScopeRef(ScopeKind.VISIT, visit.getId(), study.getId());
    long provider = location.getProvider().getId();
    record(
        inspector,
        scope,
        norms.get(0),
        scale.get(Math.min(2, scale.size() - 1)),
        "Fictief: er is geen vast overleg tussen huisarts en wijkverpleging over kwetsbare ouderen;"
            + " afstemming gebeurt per geval.",
        provider,
        List.of(
            new EvidenceInput(
                EvidenceKind.ANSWER,
                answer.getId(),
                "Fictief citaat: \"We bellen als er iets is, een vast overleg is er niet.\"",
                true),
            new EvidenceInput(
                EvidenceKind.OBSERVATION,
                null,
                "Fictief: in de agenda van de praktijk staat geen overleg met de wijkverpleging.",
                true),
            new EvidenceInput(
                EvidenceKind.OBSERVATION,
                null,
                "Fictief (intern): de praktijkmanager leek niet op de hoogte van de afspraken.",
                false)));
    record(
        inspector,
        scope,
        norms.get(1),
        scale.get(Math.min(1, scale.size() - 1)),
        "Fictief: de werkafspraken over bereikbaarheid zijn op papier gezet maar niet bij alle"
            + " medewerkers bekend.",
        provider,
        List.of(
            new EvidenceInput(
                EvidenceKind.DOCUMENT,
                null,
                "Fictief: werkafspraak bereikbaarheid huisarts–wijkverpleging, versie maart 2020.",
                true)));
    if (norms.size() > 2) {
      record(
          inspector,
          scope,
          norms.get(2),
          scale.get(0),
          "Fictief: cliënten weten wie hun eerste aanspreekpunt is.",
          provider,
          List.of(
              new EvidenceInput(
                  EvidenceKind.OBSERVATION,
                  null,
                  "Fictief: het aanspreekpunt staat in elk ingezien zorgplan.",
                  true)));
    }
    visit = visits.get(lead, visit.getId());
    visit =
        visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.FINDINGS_DRAFTED);
    visits.moveTo(lead, visit.getId(), visit.getVersion(), VisitStatus.SENT_FOR_REPLY);
  }

  private void record(
      Actor inspector,
      ScopeRef scope,
      FrameworkNorm norm,
      FrameworkRatingLevel rating,
      String motivation,
      long providerId,
      List<EvidenceInput> evidence) {
    findings.record(
        inspector,
        scope,
        norm.getId(),
        null,
        rating.getId(),
        motivation,
        List.of(providerId),
        evidence);
  }
}
