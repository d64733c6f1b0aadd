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
import nl.wijkzicht.database.ChangeCounter;
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
    int replyDays = replyWorkingDays(draft, problems);
    int minCell = minCellSize(draft, problems, Study.DEFAULT_MIN_CELL_SIZE);
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
        resolve(choice, year, problems).ifPresent(areas::add);
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
    study.setReplyWorkingDays(replyDays);
    study.setMinCellSize(minCell);
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

  /**
   * Changes a study's title, period, areas and team with the checks of {@link #create}, and refuses
   * (at the field concerned, naming what is in the way) what would orphan fieldwork: a period that
   * no longer holds a visit or interview date, removing an area with visits, tracers or findings,
   * removing an inspector who is on a visit's team. The framework version cannot change ({@code
   * draft.frameworkVersionId()} is ignored). Refused when someone changed the study since {@code
   * expectedVersion}. Recorded in the access log as UPDATE with what changed.
   */
  public Study update(Actor actor, long studyId, long expectedVersion, StudyDraft draft) {
    requireChange(actor, studyId);
    Study study = get(actor, studyId);
    if (study.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, studyId);
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    String title = draft.title() == null ? "" : draft.title().strip();
    if (title.isEmpty()) {
      problems.add(new FieldProblem("title", "study.title.required", List.of()));
    } else if (title.length() > Study.TITLE_LENGTH) {
      problems.add(new FieldProblem("title", "study.title.too_long", List.of(Study.TITLE_LENGTH)));
    } else if (!title.equals(study.getTitle())
        && em.createNamedQuery(Study.FIND_BY_TITLE, Study.class)
            .setParameter("title", title)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(studyId))) {
      problems.add(new FieldProblem("title", "study.title.taken", List.of(title)));
    }
    int replyDays = replyWorkingDays(draft, problems);
    int minCell = minCellSize(draft, problems, study.getMinCellSize());
    LocalDate start = draft.startsOn();
    LocalDate end = draft.endsOn();
    if (start == null || end == null) {
      problems.add(new FieldProblem("period", "study.period.required", List.of()));
    } else if (end.isBefore(start)) {
      problems.add(new FieldProblem("period", "study.period.invalid", List.of()));
    } else if (!start.equals(study.getStartsOn()) || !end.equals(study.getEndsOn())) {
      List<String> outside = new ArrayList<>();
      for (Object[] row :
          em.createQuery(
                  "select v.date, p.name, l.name from Visit v join v.location l join l.provider p"
                      + " where v.study.id = :id and (v.date < :start or v.date > :end)"
                      + " order by v.date, v.id",
                  Object[].class)
              .setParameter("id", studyId)
              .setParameter("start", start)
              .setParameter("end", end)
              .getResultList()) {
        outside.add(DUTCH_DATE.format((LocalDate) row[0]) + " " + row[1] + " – " + row[2]);
      }
      List<LocalDate> interviewDays =
          em.createQuery(
                  "select distinct i.heldOn from Interview i where i.study.id = :id"
                      + " and (i.heldOn < :start or i.heldOn > :end) order by i.heldOn",
                  LocalDate.class)
              .setParameter("id", studyId)
              .setParameter("start", start)
              .setParameter("end", end)
              .getResultList();
      if (!outside.isEmpty()) {
        problems.add(
            new FieldProblem(
                "period", "study.period.orphans_visits", List.of(names(outside), outside.size())));
      }
      if (!interviewDays.isEmpty()) {
        problems.add(
            new FieldProblem(
                "period",
                "study.period.orphans_interviews",
                List.of(names(interviewDays.stream().map(DUTCH_DATE::format).toList()))));
      }
    }
    // Areas: the ones kept are matched on municipality and district; new ones checked as in create.
    int year = municipalities.currentYear().orElse(0);
    List<StudyArea> removed = new ArrayList<>(study.getAreas());
    List<ResolvedArea> added = new ArrayList<>();
    if (draft.areas() == null || draft.areas().isEmpty()) {
      problems.add(new FieldProblem("areas", "study.areas.none", List.of()));
    } else {
      for (StudyDraft.AreaChoice choice : draft.areas()) {
        String district = districtOf(choice);
        Optional<StudyArea> kept =
            removed.stream()
                .filter(
                    a ->
                        a.getMunicipality().getCbsCode().equals(choice.cbsCode())
                            && a.getDistrictCode().equals(district))
                .findFirst();
        if (kept.isPresent()) {
          removed.remove(kept.get());
          continue;
        }
        resolve(choice, year, problems).ifPresent(added::add);
      }
    }
    if (!removed.isEmpty()) {
      Map<Long, Long> uses = new HashMap<>();
      for (String entity : List.of("Visit", "Tracer", "Finding", "Interview")) {
        for (Object[] row :
            em.createQuery(
                    "select x.area.id, count(x) from "
                        + entity
                        + " x where x.area.id in :ids group by x.area.id",
                    Object[].class)
                .setParameter("ids", removed.stream().map(StudyArea::getId).toList())
                .getResultList()) {
          uses.merge((Long) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
      }
      for (StudyArea area : removed) {
        if (uses.containsKey(area.getId())) {
          problems.add(new FieldProblem("areas", "study.area.in_use", List.of(area.getLabel())));
        }
      }
    }
    // Team: accounts added are checked as in create; one removed may not be on a visit's team.
    java.util.Set<Long> wanted =
        new java.util.LinkedHashSet<>(
            draft.inspectorIds() == null ? List.<Long>of() : draft.inspectorIds());
    List<AppUser> joining = new ArrayList<>();
    for (Long id : wanted) {
      if (study.inspectorIds().contains(id)) {
        continue;
      }
      AppUser user = em.find(AppUser.class, id);
      if (user == null || user.getRole() != Role.INSPECTOR || !user.isEnabled()) {
        problems.add(new FieldProblem("inspectors", "study.inspector.invalid", List.of(id)));
      } else {
        joining.add(user);
      }
    }
    List<AppUser> leaving =
        study.getInspectors().stream().filter(u -> !wanted.contains(u.getId())).toList();
    if (!leaving.isEmpty()) {
      Map<String, List<String>> visitsOf = new java.util.LinkedHashMap<>();
      for (Object[] row :
          em.createQuery(
                  "select u.displayName, v.date, l.name from Visit v join v.inspectors u"
                      + " join v.location l where v.study.id = :id and u.id in :ids"
                      + " order by u.displayName, v.date, v.id",
                  Object[].class)
              .setParameter("id", studyId)
              .setParameter("ids", leaving.stream().map(AppUser::getId).toList())
              .getResultList()) {
        visitsOf
            .computeIfAbsent((String) row[0], k -> new ArrayList<>())
            .add(DUTCH_DATE.format((LocalDate) row[1]) + " " + row[2]);
      }
      visitsOf.forEach(
          (name, visits) ->
              problems.add(
                  new FieldProblem(
                      "inspectors", "study.inspector.on_visits", List.of(name, names(visits)))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    boolean newTitle = !title.equals(study.getTitle());
    boolean newPeriod = !start.equals(study.getStartsOn()) || !end.equals(study.getEndsOn());
    boolean newReplyDays = replyDays != study.getReplyWorkingDays();
    boolean newMinCell = minCell != study.getMinCellSize();
    if (!newTitle
        && !newPeriod
        && !newReplyDays
        && !newMinCell
        && removed.isEmpty()
        && added.isEmpty()
        && joining.isEmpty()
        && leaving.isEmpty()) {
      return study;
    }
    // Written with statements, the version checked and raised in the same one as title and
    // period: changes to the areas or the team alone would not raise it, and the study is in the
    // shared cache (evicted below, so the next read sees the change).
    if (em.createQuery(
                "update Study s set s.title = :title, s.startsOn = :start, s.endsOn = :end,"
                    + " s.replyWorkingDays = :replyDays, s.minCellSize = :minCell,"
                    + " s.version = s.version + 1 where s.id = :id and s.version = :expected")
            .setParameter("title", title)
            .setParameter("replyDays", replyDays)
            .setParameter("minCell", minCell)
            .setParameter("start", start)
            .setParameter("end", end)
            .setParameter("id", studyId)
            .setParameter("expected", expectedVersion)
            .executeUpdate()
        == 0) {
      throw new ConcurrentChangeException(OBJECT, studyId);
    }
    ChangeCounter.changed(); // A bulk update: the entity listener does not see it.
    if (newTitle) {
      changed.add("title");
    }
    if (newPeriod) {
      changed.add("period " + start + ".." + end);
    }
    if (newReplyDays) {
      // Deadlines already given keep their date; the new period counts for visits sent later.
      changed.add("reply period " + replyDays + " working days");
    }
    if (newMinCell) {
      changed.add("minimum cell size " + minCell);
    }
    if (!removed.isEmpty()) {
      em.createQuery("delete from StudyArea a where a.id in :ids")
          .setParameter("ids", removed.stream().map(StudyArea::getId).toList())
          .executeUpdate();
    }
    for (ResolvedArea area : added) {
      em.createNativeQuery(
              "insert into study_area (study_id, municipality_id, district_code, district_name)"
                  + " values (?, ?, ?, ?)")
          .setParameter(1, studyId)
          .setParameter(2, area.municipality().getId())
          .setParameter(3, area.districtCode())
          .setParameter(4, area.districtName())
          .executeUpdate();
    }
    if (!removed.isEmpty() || !added.isEmpty()) {
      changed.add("areas +" + added.size() + "/-" + removed.size());
    }
    for (AppUser user : joining) {
      em.createNativeQuery("insert into study_inspector (study_id, user_id) values (?, ?)")
          .setParameter(1, studyId)
          .setParameter(2, user.getId())
          .executeUpdate();
    }
    for (AppUser user : leaving) {
      em.createNativeQuery("delete from study_inspector where study_id = ? and user_id = ?")
          .setParameter(1, studyId)
          .setParameter(2, user.getId())
          .executeUpdate();
    }
    if (!joining.isEmpty() || !leaving.isEmpty()) {
      changed.add("team +" + joining.size() + "/-" + leaving.size());
    }
    em.getEntityManagerFactory().getCache().evict(Study.class, studyId);
    em.getEntityManagerFactory().getCache().evict(StudyArea.class);
    study = em.find(Study.class, studyId);
    em.refresh(study);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, studyId).detail(String.join("; ", changed)));
    return study;
  }

  /** At most five names, then "and N more" as "…(+N)". */
  private static String names(List<String> all) {
    return all.size() <= 5
        ? String.join(", ", all)
        : String.join(", ", all.subList(0, 5)) + " … (+" + (all.size() - 5) + ")";
  }

  private static final java.time.format.DateTimeFormatter DUTCH_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** The district code as stored: upper case, "" for a whole municipality. */
  /** The draft's reply period, or the default; out of range is a problem at its field. */
  private static int replyWorkingDays(StudyDraft draft, List<FieldProblem> problems) {
    Integer days = draft.replyWorkingDays();
    if (days == null) {
      return Study.DEFAULT_REPLY_WORKING_DAYS;
    }
    if (days < 1 || days > Study.MAX_REPLY_WORKING_DAYS) {
      problems.add(
          new FieldProblem(
              "replyWorkingDays",
              "study.reply_working_days.range",
              List.of(Study.MAX_REPLY_WORKING_DAYS)));
      return Study.DEFAULT_REPLY_WORKING_DAYS;
    }
    return days;
  }

  /**
   * The draft's minimum cell size for publication (issue 16), or {@code unchanged} when the draft
   * has none; outside 1–100 is a problem at its field.
   */
  private static int minCellSize(StudyDraft draft, List<FieldProblem> problems, int unchanged) {
    Integer size = draft.minCellSize();
    if (size == null) {
      return unchanged;
    }
    if (size < 1 || size > Study.MAX_MIN_CELL_SIZE) {
      problems.add(
          new FieldProblem(
              "minCellSize", "study.min_cell_size.range", List.of(Study.MAX_MIN_CELL_SIZE)));
      return unchanged;
    }
    return size;
  }

  private static String districtOf(StudyDraft.AreaChoice choice) {
    return choice.districtCode() == null
        ? ""
        : choice.districtCode().strip().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A chosen area checked as creating and editing both do: the municipality exists in the year's
   * division; a district is a CBS district code of that municipality with a name. Otherwise the
   * problem is added and the result is empty.
   */
  private Optional<ResolvedArea> resolve(
      StudyDraft.AreaChoice choice, int year, List<FieldProblem> problems) {
    Optional<Municipality> municipality = municipalities.find(choice.cbsCode(), year);
    String district = districtOf(choice);
    if (municipality.isEmpty()) {
      problems.add(
          new FieldProblem(
              "areas", "study.area.unknown", List.of(String.valueOf(choice.cbsCode()))));
      return Optional.empty();
    }
    if (!district.isEmpty()
        && (!district.matches(StudyArea.DISTRICT_CODE_PATTERN)
            || !district.substring(2, 6).equals(choice.cbsCode().substring(2))
            || choice.districtName() == null
            || choice.districtName().isBlank())) {
      problems.add(
          new FieldProblem(
              "areas", "study.area.district_invalid", List.of(district, choice.cbsCode())));
      return Optional.empty();
    }
    return Optional.of(
        new ResolvedArea(
            municipality.get(),
            district,
            choice.districtName() == null ? "" : choice.districtName().strip()));
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
