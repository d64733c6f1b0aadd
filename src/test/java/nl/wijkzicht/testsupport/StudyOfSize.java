package nl.wijkzicht.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.boundary.RegionDraft;
import nl.wijkzicht.area.boundary.RegionService;
import nl.wijkzicht.area.entity.RegionKind;
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
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * A study of realistic size for tests that count statements per page: four areas, and per {@link
 * #grow batch} providers with a location in each area, a visit at every location (half of them in
 * progress with a completed interview, every answer given, and findings with evidence), a tracer
 * per area with an interview around it, and a region over the four municipalities. Growing the same
 * study shows whether a page's statement count depends on its rows. Test-only.
 */
@ApplicationScoped
public class StudyOfSize {

  /** The four municipalities of the study (all in the test division). */
  static final List<String> MUNICIPALITIES = List.of("GM0321", "GM0281", "GM0753", "GM0518");

  /** Ids of one of each kind of thing the pages show. */
  public record Made(
      long study,
      long visit,
      long interview,
      long tracer,
      long area,
      String norm,
      long provider,
      long region) {

    public String line() {
      return "study="
          + study
          + " visit="
          + visit
          + " interview="
          + interview
          + " tracer="
          + tracer
          + " area="
          + area
          + " norm="
          + norm
          + " provider="
          + provider
          + " region="
          + region;
    }
  }

  @Inject private TestData testData;
  @Inject private ProviderService providers;
  @Inject private nl.wijkzicht.provider.boundary.ProviderImportService providerImport;
  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private FrameworkService frameworks;
  @Inject private TracerService tracers;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private RegionService regions;
  @Inject private MunicipalityService municipalities;

  /**
   * A new study with {@code providerCount} providers (each with a location and visit per area); see
   * {@link #grow} for {@code depth}.
   */
  public Made make(int providerCount, int depth) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Actor lead = testData.lead();
    Study study =
        studies.create(
            lead,
            new StudyDraft(
                "IT omvang " + suffix,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                frameworks
                    .findVersion("samenwerking-huisarts-wijkverpleging", "1.0")
                    .orElseThrow()
                    .getId(),
                MUNICIPALITIES.stream().map(code -> new AreaChoice(code, null, null)).toList(),
                List.of(testData.inspector().userId())));
    int year = municipalities.currentYear().orElseThrow();
    long region =
        regions
            .create(
                lead,
                new RegionDraft(
                    "IT omvang " + suffix,
                    RegionKind.NETWORK,
                    "",
                    MUNICIPALITIES.stream()
                        .map(code -> municipalities.find(code, year).orElseThrow().getId())
                        .toList()))
            .getId();
    return grow(study.getId(), providerCount, region, depth);
  }

  /**
   * Adds {@code providerCount} providers, their visits and fieldwork, and tracers to a study.
   * {@code depth} norms are rated per visit and tracer, and {@code 2 * depth} questions answered
   * per interview; the ids answered are of this batch, so a deeper batch shows pages with more
   * rows.
   */
  public Made grow(long studyId, int providerCount, long region, int depth) {
    Actor lead = testData.lead();
    Actor inspector = testData.inspector();
    Study study = studies.get(lead, studyId);
    List<CareProvider> made = new ArrayList<>();
    for (int p = 0; p < providerCount; p++) {
      made.add(provider());
    }
    Visit someVisit = null;
    Interview someInterview = null;
    int n = 0;
    for (CareProvider provider : made) {
      for (StudyArea area : study.getAreas()) {
        ProviderLocation location =
            provider.getLocations().stream()
                .filter(l -> l.getMunicipality().getId().equals(area.getMunicipality().getId()))
                .findFirst()
                .orElseThrow();
        Visit visit =
            visits.plan(
                lead,
                studyId,
                area.getId(),
                location.getId(),
                LocalDate.of(2026, 3, 1).plusDays(n % 60),
                List.of(inspector.userId()));
        if (n++ % 2 == 0) {
          visit =
              visits.moveTo(inspector, visit.getId(), visit.getVersion(), VisitStatus.IN_PROGRESS);
          Interview interview =
              interviews.startAtVisit(
                  inspector, visit.getId(), RespondentRole.HUISARTS, null, visit.getDate());
          List<InterviewAnswer> answers = answer(inspector, study, interview, 2 * depth);
          rate(
              inspector,
              new ScopeRef(ScopeKind.VISIT, visit.getId(), studyId),
              study,
              answers,
              List.of(provider.getId()),
              false,
              depth);
          someVisit = visit;
          someInterview = interview;
        }
      }
    }
    Tracer someTracer = null;
    for (StudyArea area : study.getAreas()) {
      Tracer tracer =
          tracers.create(
              inspector,
              studyId,
              area.getId(),
              AgeBand.FROM_85,
              "Fictief: alleenwonende oudere.",
              made.stream().map(CareProvider::getId).limit(2).toList());
      Interview older =
          interviews.startAroundTracer(
              inspector,
              tracer.getId(),
              RespondentRole.OUDERE,
              AgeBand.FROM_85,
              LocalDate.of(2026, 4, 1));
      rate(
          inspector,
          new ScopeRef(ScopeKind.TRACER, tracer.getId(), studyId),
          study,
          answer(inspector, study, older, 2 * depth),
          made.stream().map(CareProvider::getId).limit(2).toList(),
          true,
          depth);
      someTracer = tracer;
    }
    String norm = study.getFrameworkVersion().getThemes().get(0).getNorms().get(0).getCode();
    return new Made(
        studyId,
        someVisit.getId(),
        someInterview.getId(),
        someTracer.getId(),
        study.getAreas().get(0).getId(),
        norm,
        made.get(0).getId(),
        region);
  }

  private CareProvider provider() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "IT Omvang " + suffix;
    String agb = String.format("02%06d", Math.abs(suffix.hashCode()) % 1_000_000);
    StringBuilder csv =
        new StringBuilder("naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n");
    for (String code : MUNICIPALITIES) {
      csv.append(name)
          .append(";huisartsenpraktijk;")
          .append(agb)
          .append(";;Locatie ")
          .append(code)
          .append(";;;;")
          .append(code)
          .append('\n');
    }
    var report = providerImport.importCsv(testData.lead(), new StringReader(csv.toString()));
    if (!report.problems().isEmpty()) {
      throw new IllegalStateException("test provider not imported: " + report.problems());
    }
    return providers.findByName(name).orElseThrow();
  }

  private List<InterviewAnswer> answer(
      Actor inspector, Study study, Interview interview, int count) {
    List<InterviewAnswer> saved = new ArrayList<>();
    for (FrameworkQuestion question :
        interviews.questions(study, interview.getRole()).stream().limit(count).toList()) {
      saved.add(
          interviews.saveAnswer(
              inspector, interview.getId(), question.getId(), null, value(question), "Fictief."));
    }
    interviews.complete(
        inspector,
        interview.getId(),
        interviews.get(inspector, interview.getId()).getVersion(),
        true);
    return saved;
  }

  private static String value(FrameworkQuestion question) {
    return switch (question.getType()) {
      case OPEN -> null;
      case YES_NO -> "yes";
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.getOptions().get(0).getCode();
      case SCALE -> Integer.toString(question.getMax());
      case NUMBER -> "4";
    };
  }

  private void rate(
      Actor actor,
      ScopeRef scope,
      Study study,
      List<InterviewAnswer> answers,
      List<Long> providerIds,
      boolean clientOnly,
      int depth) {
    List<FrameworkRatingLevel> scale =
        study.getFrameworkVersion().getLevels().stream().filter(l -> !l.isNotAssessed()).toList();
    int n = 0;
    for (FrameworkTheme theme : study.getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        if (clientOnly && norm.getLevel() != nl.wijkzicht.framework.entity.NormLevel.CLIENT) {
          continue;
        }
        if (n++ >= depth) {
          return;
        }
        List<EvidenceInput> evidence = new ArrayList<>();
        answers.stream()
            .filter(a -> a.getQuestion().getNorm().getId().equals(norm.getId()))
            .findFirst()
            .ifPresent(a -> evidence.add(new EvidenceInput(EvidenceKind.ANSWER, a.getId(), "")));
        evidence.add(new EvidenceInput(EvidenceKind.OBSERVATION, null, "Fictief: gezien."));
        findings.record(
            actor,
            scope,
            norm.getId(),
            null,
            scale.get(n % scale.size()).getId(),
            "Fictief.",
            providerIds,
            evidence);
      }
    }
  }
}
