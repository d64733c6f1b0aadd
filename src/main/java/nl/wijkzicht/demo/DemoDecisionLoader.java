package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.reply.boundary.DecisionService;
import nl.wijkzicht.reply.boundary.DecisionService.DecisionInput;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Demo mode (issue 15): demo-zorgaanbieder's organisation, Huisartsenpraktijk De Linde (fictief),
 * gets a final visit with a submitted reply and the inspectorate's decisions on it: every norm
 * rated, two remarks (one accepted, which changed the finding; one not accepted, with a reason),
 * signed off by demo-coordinator (not on the visit's team). Once, after the demo fieldwork; all
 * fictitious. The provider replies through ReplyService, as on its reply pages.
 */
@ApplicationScoped
public class DemoDecisionLoader {

  private static final System.Logger LOGGER = System.getLogger(DemoDecisionLoader.class.getName());

  /** The date of the final visit: marks that this loader ran. */
  static final LocalDate VISIT_DATE = LocalDate.of(2020, 2, 11);

  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private FindingService findings;
  @Inject private DecisionService decisions;
  @Inject private ProviderService providers;
  @Inject private DemoTeam demoTeam;
  @Inject private EntityManager em;
  @Inject private ReplyService replies;

  @jakarta.transaction.Transactional
  void onDatabaseReady(@Observes @Priority(StartupOrder.DEMO_FIELDWORK + 50) DatabaseReady ready) {
    Optional<DemoTeam.Team> team = demoTeam.find();
    Optional<Actor> provider = demoTeam.user("demo-zorgaanbieder");
    Optional<CareProvider> practice = providers.findByName(DemoDataLoader.PRACTICE);
    if (team.isEmpty() || provider.isEmpty() || practice.isEmpty()) {
      return;
    }
    Actor lead = team.get().lead();
    Actor inspector = team.get().inspector();
    Study study = team.get().study();
    Optional<StudyArea> houten =
        study.getAreas().stream()
            .filter(a -> a.getMunicipality().getCbsCode().equals("GM0321"))
            .filter(a -> a.getDistrictCode() == null || a.getDistrictCode().isEmpty())
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
    long started = System.nanoTime();
    load(lead, inspector, provider.get(), study, houten.get(), location.get());
    LOGGER.log(
        Level.INFO,
        "Demo final visit with reply and decisions loaded (fictitious) in {0} ms.",
        (System.nanoTime() - started) / 1_000_000);
  }

  private void load(
      Actor lead,
      Actor inspector,
      Actor provider,
      Study study,
      StudyArea area,
      ProviderLocation location) {
    Visit visit =
        visits.plan(
            lead,
            study.getId(),
            area.getId(),
            location.getId(),
            VISIT_DATE,
            List.of(inspector.userId()));
    visit = visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
    ScopeRef scope = new ScopeRef(ScopeKind.VISIT, visit.getId(), study.getId());
    List<FrameworkRatingLevel> levels = study.getFrameworkVersion().getLevels();
    int n = 0;
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        // Mostly "voldoet grotendeels", every third norm a level lower: something to react to.
        FrameworkRatingLevel rating =
            level(levels, n % 3 == 2 ? "voldoet_grotendeels_niet" : "voldoet_grotendeels");
        findings.record(
            inspector,
            scope,
            norm.getId(),
            null,
            rating.getId(),
            n % 3 == 2
                ? "Fictief: een vast overleg over kwetsbare ouderen ontbreekt; afspraken hangen af van"
                    + " wie er dienst heeft."
                : "Fictief: de afspraken zijn bekend en worden meestal nagekomen.",
            List.of(location.getProvider().getId()),
            List.of(
                new EvidenceInput(
                    EvidenceKind.OBSERVATION, null, "Fictief: waargenomen tijdens het bezoek.")));
        n++;
      }
    }
    visit = visits.get(lead, visit.getId());
    visit =
        visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.FINDINGS_DRAFTED);
    visit = visits.moveTo(lead, visit.getId(), visit.getVersion(), VisitStatus.SENT_FOR_REPLY);

    List<Finding> rated =
        em
            .createNamedQuery(Finding.FIND_BY_SCOPE, Finding.class)
            .setParameter("scope", "V" + visit.getId())
            .getResultList()
            .stream()
            .sorted(java.util.Comparator.comparing(f -> f.getNorm().getId()))
            .toList();
    Finding low =
        rated.stream()
            .filter(f -> f.getRating().getCode().equals("voldoet_grotendeels_niet"))
            .findFirst()
            .orElse(rated.get(0));
    Finding other = rated.stream().filter(f -> f != low).findFirst().orElse(low);
    // The provider replies through the reply pages' service: two remarks, then submit (which
    // moves the visit to "reply received").
    replies.saveDraft(
        provider,
        visit.getId(),
        null,
        "Fictief: wij danken de inspectie voor het bezoek en de zorgvuldige bevindingen. Bij twee"
            + " bevindingen hebben wij een opmerking.");
    replies.addRemark(
        provider,
        visit.getId(),
        low.getId(),
        RemarkKind.DISAGREE,
        "Fictief: sinds januari is er elke maand een MDO met de wijkverpleging; de notulen"
            + " sturen wij mee.");
    var data =
        replies.addRemark(
            provider,
            visit.getId(),
            other.getId(),
            RemarkKind.FACTUAL_ERROR,
            "Fictief: onze POH-ouderen werkt vier dagen per week, niet drie.");
    replies.submit(provider, visit.getId(), data.version(), null);
    List<DecisionService.RemarkRow> remarks = decisions.forStaff(lead, visit.getId());
    long onLow = remarkOn(remarks, low);
    long onOther = remarkOn(remarks, other);

    decisions.decide(
        inspector,
        onLow,
        null,
        new DecisionInput(
            DecisionOutcome.ACCEPTED,
            "Fictief: de notulen laten een maandelijks MDO zien.",
            level(levels, "voldoet_grotendeels").getId(),
            "Fictief: na de wederhoor: er is sinds januari een maandelijks MDO met de"
                + " wijkverpleging; de afspraken daaruit zijn nog jong.",
            low.getVersion()));
    decisions.decide(
        inspector,
        onOther,
        null,
        new DecisionInput(
            DecisionOutcome.NOT_ACCEPTED,
            "Fictief: de bevinding noemt de inzet van de POH niet; zij gaat over de"
                + " bereikbaarheid buiten kantoortijd.",
            null,
            null,
            null));
    visit = visits.get(lead, visit.getId());
    visit =
        visits.signOff(
            lead, visit.getId(), visit.getVersion(), "Fictief: besluiten gecontroleerd.");
    visits.moveTo(lead, visit.getId(), visit.getVersion(), VisitStatus.FINAL);
  }

  private static long remarkOn(List<DecisionService.RemarkRow> remarks, Finding finding) {
    return remarks.stream()
        .filter(r -> r.getFinding().getId().equals(finding.getId()))
        .findFirst()
        .orElseThrow()
        .remark()
        .getId();
  }

  private static FrameworkRatingLevel level(List<FrameworkRatingLevel> levels, String code) {
    return levels.stream().filter(l -> l.getCode().equals(code)).findFirst().orElse(levels.get(0));
  }
}
