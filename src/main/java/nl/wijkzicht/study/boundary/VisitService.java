package nl.wijkzicht.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.control.WorkingDays;
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
  @Inject private nl.wijkzicht.study.control.PendingDecisions pendingDecisions;
  @Inject private Event<VisitStatusChanged> statusChanged;

  private final Clock clock = Clock.systemUTC();

  /** The visits of a study the actor may read. */
  public List<Visit> list(Actor actor, long studyId) {
    studies.get(actor, studyId);
    return em.createNamedQuery(Visit.FIND_BY_STUDY, Visit.class)
        .setParameter("studyId", studyId)
        .getResultList();
  }

  /**
   * The visits of a study as its table and calendar show them, in date order: two queries however
   * many visits there are (see {@link VisitRow}).
   */
  public List<VisitRow> rows(Actor actor, long studyId) {
    studies.get(actor, studyId);
    return rows(studyId, null);
  }

  /** The visits in one area of a study, as {@link #rows(Actor, long)}. */
  public List<VisitRow> rowsInArea(Actor actor, long studyId, long areaId) {
    studies.get(actor, studyId);
    return rows(studyId, areaId);
  }

  private List<VisitRow> rows(long studyId, Long areaId) {
    String inArea = areaId == null ? "" : " and a.id = :areaId";
    var visitQuery =
        em.createQuery(
            "select v.id, v.version, v.date, v.status, a.id, m.name, a.districtCode,"
                + " a.districtName, p.name, l.name from Visit v join v.area a"
                + " join a.municipality m join v.location l join l.provider p"
                + " where v.study.id = :studyId"
                + inArea
                + " order by v.date, v.id",
            Object[].class);
    var inspectorQuery =
        em.createQuery(
            "select v.id, u.id, u.displayName from Visit v join v.area a join v.inspectors u"
                + " where v.study.id = :studyId"
                + inArea
                + " order by u.displayName, u.id",
            Object[].class);
    visitQuery.setParameter("studyId", studyId);
    inspectorQuery.setParameter("studyId", studyId);
    if (areaId != null) {
      visitQuery.setParameter("areaId", areaId);
      inspectorQuery.setParameter("areaId", areaId);
    }
    java.util.Map<Long, List<Long>> inspectorIds = new java.util.HashMap<>();
    java.util.Map<Long, List<String>> inspectorNames = new java.util.HashMap<>();
    for (Object[] row : inspectorQuery.getResultList()) {
      Long visitId = (Long) row[0];
      inspectorIds.computeIfAbsent(visitId, k -> new ArrayList<>()).add((Long) row[1]);
      inspectorNames.computeIfAbsent(visitId, k -> new ArrayList<>()).add((String) row[2]);
    }
    List<VisitRow> rows = new ArrayList<>();
    for (Object[] row : visitQuery.getResultList()) {
      Long visitId = (Long) row[0];
      String district = (String) row[7];
      rows.add(
          new VisitRow(
              visitId,
              ((Number) row[1]).longValue(),
              (LocalDate) row[2],
              (VisitStatus) row[3],
              (Long) row[4],
              ((String) row[6]).isEmpty() ? (String) row[5] : row[5] + "-" + district,
              (String) row[8],
              (String) row[9],
              List.copyOf(inspectorIds.getOrDefault(visitId, List.of())),
              List.copyOf(inspectorNames.getOrDefault(visitId, List.of()))));
    }
    return rows;
  }

  public Visit get(Actor actor, long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, OBJECT, visitId).failed().detail("unknown id"));
      throw new NotFoundException("visit.unknown", visitId);
    }
    if (!AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, visitId).denied());
      throw NotAllowedException.denied("visit " + visitId);
    }
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, visitId));
    return visit;
  }

  /**
   * Plans a visit; every problem is reported at once, at its field (area, location, date,
   * inspectors), and nothing is written unless all is well. A missing area or location (null) asks
   * the user to choose one.
   */
  public Visit plan(
      Actor actor,
      long studyId,
      Long areaId,
      Long locationId,
      LocalDate date,
      List<Long> inspectorIds) {
    if (!AccessPolicy.mayChangeStudy(actor)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, OBJECT, null).denied().detail("plan"));
      throw NotAllowedException.denied("visit planning");
    }
    Study study = studies.get(actor, studyId);
    List<FieldProblem> problems = new ArrayList<>();
    StudyArea area =
        areaId == null
            ? null
            : study.getAreas().stream()
                .filter(a -> a.getId().equals(areaId))
                .findFirst()
                .orElse(null);
    if (areaId == null) {
      problems.add(new FieldProblem("area", "visit.area.required", List.of()));
    } else if (area == null) {
      problems.add(new FieldProblem("area", "visit.area.unknown", List.of(areaId)));
    }
    ProviderLocation location =
        locationId == null ? null : em.find(ProviderLocation.class, locationId);
    if (locationId == null) {
      problems.add(new FieldProblem("location", "visit.location.required", List.of()));
    } else if (location == null) {
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
        AccessEvent.of(AccessAction.CREATE, OBJECT, visit.getId())
            .area(area.getMunicipality().getCbsCode()));
    return visit;
  }

  /**
   * The status changes this actor may make now (for the buttons; the check is in {@link #moveTo}).
   */
  public Set<VisitStatus> nextSteps(Actor actor, Visit visit) {
    return actor
        .role()
        .map(role -> VisitWorkflow.next(visit.getStatus(), role, visit.isSignedOff()))
        .orElse(Set.of());
  }

  /**
   * The status changes this actor may make from {@code status}: no database work, so a table may
   * ask it for every row. Making a visit final is not among them (it needs the sign-off, which the
   * visit's own page shows).
   */
  public static Set<VisitStatus> nextSteps(Actor actor, VisitStatus status) {
    return actor.role().map(role -> VisitWorkflow.next(status, role, false)).orElse(Set.of());
  }

  /**
   * Moves a visit to the next status, if the workflow allows it for the actor's role and the visit
   * is still at {@code expectedVersion}; otherwise nothing changes.
   */
  public Visit moveTo(Actor actor, long visitId, long expectedVersion, VisitStatus target) {
    return moveTo(actor, visitId, expectedVersion, target, null);
  }

  /**
   * As {@link #moveTo(Actor, long, long, VisitStatus)}, with the reason for the step: required
   * (refused at field {@code reason}) where {@link VisitWorkflow#needsReason} says so (cancelling,
   * stepping back), kept with the transition and named in the access log.
   */
  public Visit moveTo(
      Actor actor, long visitId, long expectedVersion, VisitStatus target, String reason) {
    Visit visit = get(actor, visitId);
    Role role = actor.role().orElseThrow(() -> NotAllowedException.denied("anonymous"));
    if (role == Role.INSPECTOR && !visit.getStudy().inspectorIds().contains(actor.userId())) {
      throw NotAllowedException.denied("visit " + visitId);
    }
    if (visit.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, visitId);
    }
    if (target == VisitStatus.FINAL
        && !visit.isSignedOff()
        && VisitWorkflow.allows(visit.getStatus(), target, role, true)) {
      throw new NotAllowedException(
          "visit.final.needs_signoff", "Visit " + visitId + " is not signed off");
    }
    if (!VisitWorkflow.allows(visit.getStatus(), target, role, visit.isSignedOff())) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, visitId)
              .denied()
              .detail(visit.getStatus() + "->" + target));
      throw new NotAllowedException(
          "visit.transition.refused",
          "Visit status " + visit.getStatus() + " -> " + target + " not allowed",
          visit.getStatus(),
          target);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (VisitWorkflow.needsReason(visit.getStatus(), target)) {
      if (why == null) {
        throw InvalidInputException.of("reason", "visit.reason.required");
      }
      if (why.length() > VisitWorkflow.REASON_MAX) {
        throw InvalidInputException.of("reason", "visit.reason.too_long", VisitWorkflow.REASON_MAX);
      }
    } else {
      why = null; // Forward steps keep no reason.
    }
    Instant now = Instant.now(clock);
    VisitStatus from = visit.getStatus();
    visit.moveTo(target, role, actor.username(), now, why);
    if (target == VisitStatus.SENT_FOR_REPLY) {
      // The provider is notified now; its deadline counts working days from today in NL.
      LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
      visit.replyDue(now, WorkingDays.plus(today, visit.getStudy().getReplyWorkingDays()));
    }
    // Another transaction committed first: a version conflict.
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, visitId));
    // In this transaction: whatever observers write (notification mails) commits with the move.
    statusChanged.fire(new VisitStatusChanged(visitId, from, target, actor.username()));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, visitId)
            .detail("status " + target + (why == null ? "" : " (reason given)")));
    return visit;
  }

  /**
   * Signs a visit off before it becomes final (issue 15): a coordinator or admin who is not on the
   * visit's inspector team, once the provider's reply came in and every remark in it has a
   * decision; with an optional note (at most {@link VisitWorkflow#SIGN_OFF_NOTE_MAX} characters).
   * Someone in another role or on the team is refused as a denial (403, logged DENIED); a visit in
   * the wrong state, signed off already or with undecided remarks with a message.
   */
  public Visit signOff(Actor actor, long visitId, long expectedVersion, String note) {
    Visit visit = get(actor, visitId);
    // The row lock orders a sign-off after any decision in progress (which holds a shared lock
    // on the visit, see DecisionService) and the count below reads with a lock too, so a decision
    // cannot slip in between counting and signing.
    em.refresh(visit, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    Role role = actor.role().orElseThrow(() -> NotAllowedException.denied("anonymous"));
    boolean onTeam = visit.inspectorIds().contains(actor.userId());
    String text = note == null || note.isBlank() ? null : note.strip();
    long undecided =
        VisitWorkflow.findingsRevisable(visit.getStatus(), visit.isSignedOff())
            ? pendingDecisions.undecidedRemarks(visitId)
            : 0;
    var refusal =
        VisitWorkflow.signOffRefusal(
            visit.getStatus(), role, onTeam, visit.isSignedOff(), undecided);
    if (refusal.isPresent()) {
      AccessEvent event =
          AccessEvent.of(AccessAction.UPDATE, OBJECT, visitId)
              .provider(visit.getLocation().getProvider().getId())
              .detail("sign-off refused: " + refusal.get());
      accessLog.record(actor, refusal.get().isDenial() ? event.denied() : event.failed());
      if (refusal.get().isDenial()) {
        throw NotAllowedException.denied("sign-off of visit " + visitId);
      }
      throw new NotAllowedException(
          "visit.signoff." + refusal.get().name().toLowerCase(java.util.Locale.ROOT),
          "Sign-off of visit " + visitId + " refused: " + refusal.get(),
          undecided);
    }
    if (visit.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, visitId);
    }
    if (text != null && text.length() > VisitWorkflow.SIGN_OFF_NOTE_MAX) {
      throw InvalidInputException.of(
          "note", "visit.signoff.note_too_long", VisitWorkflow.SIGN_OFF_NOTE_MAX);
    }
    visit.signOff(actor.userId(), actor.username(), Instant.now(clock), text);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, visitId));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, visitId)
            .provider(visit.getLocation().getProvider().getId())
            .detail("signed off" + (text == null ? "" : " (note given)")));
    return visit;
  }
}
