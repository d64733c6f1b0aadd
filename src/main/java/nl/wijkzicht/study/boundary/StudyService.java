package nl.wijkzicht.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/** Studies: who may see which, creating one with its areas and team. Every read is logged. */
@ApplicationScoped
@Transactional
public class StudyService {

  private static final System.Logger LOGGER = System.getLogger(StudyService.class.getName());
  static final String OBJECT = "Study";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;

  private final Clock clock = Clock.systemUTC();

  /**
   * The studies this actor may see: all for coordinators and admins, the assigned ones for
   * inspectors.
   */
  public List<Study> list(Actor actor) {
    List<Study> studies;
    if (AccessPolicy.mayChangeStudy(actor)) {
      studies = em.createNamedQuery(Study.FIND_ALL, Study.class).getResultList();
    } else if (actor.is(Role.INSPECTOR)) {
      studies =
          em.createNamedQuery(Study.FIND_BY_INSPECTOR, Study.class)
              .setParameter("userId", actor.userId())
              .getResultList();
    } else {
      accessLog.record(actor, AccessEvent.of(AccessAction.SEARCH, OBJECT, null).denied());
      throw NotAllowedException.denied("studies");
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null).detail(studies.size() + " studies"));
    return studies;
  }

  /**
   * The studies this actor may see ({@link #list}) as the study list shows them: two queries
   * however many studies there are. Logged as {@link #list} is.
   */
  public List<StudySummary> summaries(Actor actor) {
    String visible;
    if (AccessPolicy.mayChangeStudy(actor)) {
      visible = "";
    } else if (actor.is(Role.INSPECTOR)) {
      visible =
          " where s.id in (select s2.id from Study s2 join s2.inspectors i where i.id = :userId)";
    } else {
      accessLog.record(actor, AccessEvent.of(AccessAction.SEARCH, OBJECT, null).denied());
      throw NotAllowedException.denied("studies");
    }
    var query =
        em.createQuery(
            "select s.id, s.title, s.startsOn, s.endsOn, v.id, v.titleNl, v.version,"
                + " size(s.inspectors) from Study s join s.frameworkVersion v"
                + visible
                + " order by s.startsOn desc, s.title",
            Object[].class);
    if (!visible.isEmpty()) {
      query.setParameter("userId", actor.userId());
    }
    List<Object[]> studies = query.getResultList();
    Map<Long, List<String>> areas = new HashMap<>();
    if (!studies.isEmpty()) {
      for (Object[] area :
          em.createQuery(
                  "select a.study.id, m.name, a.districtCode, a.districtName from StudyArea a"
                      + " join a.municipality m where a.study.id in :ids order by a.id",
                  Object[].class)
              .setParameter("ids", studies.stream().map(row -> (Long) row[0]).toList())
              .getResultList()) {
        String label = ((String) area[2]).isEmpty() ? (String) area[1] : area[1] + "-" + area[3];
        areas.computeIfAbsent((Long) area[0], k -> new ArrayList<>()).add(label);
      }
    }
    List<StudySummary> result =
        studies.stream()
            .map(
                row ->
                    new StudySummary(
                        (Long) row[0],
                        (String) row[1],
                        (LocalDate) row[2],
                        (LocalDate) row[3],
                        (Long) row[4],
                        (String) row[5],
                        (String) row[6],
                        String.join(", ", areas.getOrDefault((Long) row[0], List.of())),
                        ((Number) row[7]).longValue()))
            .toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null).detail(result.size() + " studies"));
    return result;
  }

  public Study get(Actor actor, long id) {
    Study study = em.find(Study.class, id);
    if (study == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, OBJECT, id).failed().detail("unknown id"));
      throw new NotFoundException("study.unknown", id);
    }
    if (!AccessPolicy.mayReadStudy(actor, study.inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id).denied());
      throw NotAllowedException.denied("study " + id);
    }
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id));
    return study;
  }

  public boolean existsWithTitle(String title) {
    return em.createNamedQuery(Study.FIND_BY_TITLE, Study.class)
        .setParameter("title", title)
        .getResultStream()
        .findAny()
        .isPresent();
  }

  /** The accounts that can be assigned to a study team. */
  public List<AppUser> assignableInspectors(Actor actor) {
    requireChange(actor, null);
    return em.createNamedQuery(AppUser.FIND_ALL, AppUser.class)
        .getResultStream()
        .filter(u -> u.getRole() == Role.INSPECTOR && u.isEnabled())
        .toList();
  }

  /**
   * Creates a study after checking every field; all problems are reported at once and nothing is
   * written unless all is well. The framework version is marked in use: it can never change again.
   */
  public Study create(Actor actor, StudyDraft draft) {
    requireChange(actor, null);
    List<FieldProblem> problems = new ArrayList<>();
    String title = draft.title() == null ? "" : draft.title().strip();
    if (title.isEmpty()) {
      problems.add(new FieldProblem("title", "study.title.required", List.of()));
    } else if (title.length() > Study.TITLE_LENGTH) {
      problems.add(new FieldProblem("title", "study.title.too_long", List.of(Study.TITLE_LENGTH)));
    } else if (em.createNamedQuery(Study.FIND_BY_TITLE, Study.class)
        .setParameter("title", title)
        .getResultStream()
        .findAny()
        .isPresent()) {
      problems.add(new FieldProblem("title", "study.title.taken", List.of(title)));
    }
    if (draft.startsOn() == null || draft.endsOn() == null) {
      problems.add(new FieldProblem("period", "study.period.required", List.of()));
    } else if (draft.endsOn().isBefore(draft.startsOn())) {
      problems.add(new FieldProblem("period", "study.period.invalid", List.of()));
    }
    FrameworkVersion version =
        draft.frameworkVersionId() == null
            ? null
            : em.find(FrameworkVersion.class, draft.frameworkVersionId());
    if (version == null) {
      problems.add(new FieldProblem("framework", "study.framework.unknown", List.of()));
    }
    int year = municipalities.currentYear().orElse(0);
    List<ResolvedArea> areas = new ArrayList<>();
    if (draft.areas() == null || draft.areas().isEmpty()) {
      problems.add(new FieldProblem("areas", "study.areas.none", List.of()));
    } else {
      for (StudyDraft.AreaChoice choice : draft.areas()) {
        Optional<Municipality> municipality = municipalities.find(choice.cbsCode(), year);
        String district =
            choice.districtCode() == null
                ? ""
                : choice.districtCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (municipality.isEmpty()) {
          problems.add(
              new FieldProblem(
                  "areas", "study.area.unknown", List.of(String.valueOf(choice.cbsCode()))));
        } else if (!district.isEmpty()
            && (!district.matches(StudyArea.DISTRICT_CODE_PATTERN)
                || !district.substring(2, 6).equals(choice.cbsCode().substring(2))
                || choice.districtName() == null
                || choice.districtName().isBlank())) {
          problems.add(
              new FieldProblem(
                  "areas", "study.area.district_invalid", List.of(district, choice.cbsCode())));
        } else {
          areas.add(
              new ResolvedArea(
                  municipality.get(),
                  district,
                  choice.districtName() == null ? "" : choice.districtName().strip()));
        }
      }
    }
    List<AppUser> inspectors = new ArrayList<>();
    for (Long id : draft.inspectorIds() == null ? List.<Long>of() : draft.inspectorIds()) {
      AppUser user = em.find(AppUser.class, id);
      if (user == null || user.getRole() != Role.INSPECTOR || !user.isEnabled()) {
        problems.add(new FieldProblem("inspectors", "study.inspector.invalid", List.of(id)));
      } else {
        inspectors.add(user);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    Study study =
        new Study(
            title,
            draft.startsOn(),
            draft.endsOn(),
            version,
            false,
            Instant.now(clock),
            actor.username());
    for (ResolvedArea area : areas) {
      study.addArea(area.municipality(), area.districtCode(), area.districtName());
    }
    inspectors.forEach(study::assign);
    version.markInUse();
    em.persist(study);
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, title),
        // Another transaction saved the same title since the check above.
        DatabaseWrite.UniqueKey.of(
            "uk_study_title", () -> InvalidInputException.of("title", "study.title.taken", title)));
    accessLog.record(actor, AccessEvent.of(AccessAction.CREATE, OBJECT, study.getId()));
    LOGGER.log(
        Level.INFO,
        "Study {0} created with {1} area(s) and framework version {2}.",
        study.getId(),
        study.getAreas().size(),
        version.getId());
    return study;
  }

  private record ResolvedArea(
      Municipality municipality, String districtCode, String districtName) {}

  private void requireChange(Actor actor, Long studyId) {
    if (!AccessPolicy.mayChangeStudy(actor)) {
      accessLog.record(actor, AccessEvent.of(AccessAction.UPDATE, OBJECT, studyId).denied());
      throw NotAllowedException.denied("study change");
    }
  }
}
