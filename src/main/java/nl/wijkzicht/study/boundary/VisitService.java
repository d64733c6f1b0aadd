package nl.wijkzicht.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Visits: planning (date inside the study period, a location in the chosen area, inspectors of the
 * study team) and status changes along the workflow, refused when someone else changed the visit
 * since the user loaded it.
 */
@ApplicationScoped
@Transactional
public class VisitService {

  static final String OBJECT = "Visit";
  private static final java.time.format.DateTimeFormatter DUTCH_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject private EntityManager em;
  @Inject private StudyService studies;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** The visits of a study the actor may read. */
  public List<Visit> list(Actor actor, long studyId) {
    studies.get(actor, studyId);
    return em.createNamedQuery(Visit.FIND_BY_STUDY, Visit.class)
        .setParameter("studyId", studyId)
        .getResultList();
  }

  public Visit get(Actor actor, long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor,
          AccessAction.READ,
          OBJECT,
          visitId,
          null,
          null,
          AccessOutcome.FAILED,
          "unknown id");
      throw new NotFoundException("visit.unknown", visitId);
    }
    if (!AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds())) {
      accessLog.record(
          actor, AccessAction.READ, OBJECT, visitId, null, null, AccessOutcome.DENIED, null);
      throw NotAllowedException.denied("visit " + visitId);
    }
    accessLog.record(
        actor, AccessAction.READ, OBJECT, visitId, null, null, AccessOutcome.ALLOWED, null);
    return visit;
  }

  /** Plans a visit; every problem is reported at once and nothing is written unless all is well. */
  public Visit plan(
      Actor actor,
      long studyId,
      long areaId,
      long locationId,
      LocalDate date,
      List<Long> inspectorIds) {
    if (!AccessPolicy.mayChangeStudy(actor)) {
      accessLog.record(
          actor, AccessAction.CREATE, OBJECT, null, null, null, AccessOutcome.DENIED, "plan");
      throw NotAllowedException.denied("visit planning");
    }
    Study study = studies.get(actor, studyId);
    List<FieldProblem> problems = new ArrayList<>();
    StudyArea area =
        study.getAreas().stream().filter(a -> a.getId() == areaId).findFirst().orElse(null);
    if (area == null) {
      problems.add(new FieldProblem("area", "visit.area.unknown", List.of(areaId)));
    }
    ProviderLocation location = em.find(ProviderLocation.class, locationId);
    if (location == null) {
      problems.add(new FieldProblem("location", "visit.location.unknown", List.of(locationId)));
    } else if (area != null && !location.getMunicipality().equals(area.getMunicipality())) {
      problems.add(
          new FieldProblem(
              "location",
              "visit.location.outside_area",
              List.of(location.getName(), area.getLabel())));
    }
    if (date == null) {
      problems.add(new FieldProblem("date", "visit.date.required", List.of()));
    } else if (!study.covers(date)) {
      problems.add(
          new FieldProblem(
              "date",
              "visit.date.outside_study",
              List.of(
                  DUTCH_DATE.format(date),
                  DUTCH_DATE.format(study.getStartsOn()),
                  DUTCH_DATE.format(study.getEndsOn()))));
    }
    Set<Long> team = study.inspectorIds();
    List<AppUser> inspectors = new ArrayList<>();
    for (Long id : inspectorIds == null ? List.<Long>of() : inspectorIds) {
      if (!team.contains(id)) {
        problems.add(new FieldProblem("inspectors", "visit.inspector.not_in_team", List.of(id)));
      } else {
        inspectors.add(em.find(AppUser.class, id));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    Visit visit =
        new Visit(
            study, area, location, date, Instant.now(clock), actor.username(), actor.roleName());
    inspectors.forEach(visit::assign);
    em.persist(visit);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, "new"));
    accessLog.record(
        actor,
        AccessAction.CREATE,
        OBJECT,
        visit.getId(),
        null,
        area.getMunicipality().getCbsCode(),
        AccessOutcome.ALLOWED,
        null);
    return visit;
  }

  /**
   * The status changes this actor may make now (for the buttons; the check is in {@link #moveTo}).
   */
  public Set<VisitStatus> nextSteps(Actor actor, Visit visit) {
    return actor.role().map(role -> VisitWorkflow.next(visit.getStatus(), role)).orElse(Set.of());
  }

  /**
   * Moves a visit to the next status, if the workflow allows it for the actor's role and the visit
   * is still at {@code expectedVersion}; otherwise nothing changes.
   */
  public Visit moveTo(Actor actor, long visitId, long expectedVersion, VisitStatus target) {
    Visit visit = get(actor, visitId);
    Role role = actor.role().orElseThrow(() -> NotAllowedException.denied("anonymous"));
    if (role == Role.INSPECTOR && !visit.getStudy().inspectorIds().contains(actor.userId())) {
      throw NotAllowedException.denied("visit " + visitId);
    }
    if (visit.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, visitId);
    }
    if (!VisitWorkflow.allows(visit.getStatus(), target, role)) {
      accessLog.record(
          actor,
          AccessAction.UPDATE,
          OBJECT,
          visitId,
          null,
          null,
          AccessOutcome.DENIED,
          visit.getStatus() + "->" + target);
      throw new NotAllowedException(
          "visit.transition.refused",
          "Visit status " + visit.getStatus() + " -> " + target + " not allowed",
          visit.getStatus(),
          target);
    }
    visit.moveTo(target, role, actor.username(), Instant.now(clock));
    // Another transaction committed first: a version conflict.
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, visitId));
    accessLog.record(
        actor,
        AccessAction.UPDATE,
        OBJECT,
        visitId,
        null,
        null,
        AccessOutcome.ALLOWED,
        "status " + target);
    return visit;
  }
}
