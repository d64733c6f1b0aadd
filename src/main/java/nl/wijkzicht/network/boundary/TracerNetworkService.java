package nl.wijkzicht.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.boundary.FieldworkGuard;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.network.control.CareNetwork;
import nl.wijkzicht.network.control.CareNetwork.WeakPoint;
import nl.wijkzicht.network.control.CareNetworks;
import nl.wijkzicht.network.control.CareNetworks.ProviderFact;
import nl.wijkzicht.network.control.CareNetworks.Recorded;
import nl.wijkzicht.network.control.CareNetworks.RespondentFact;
import nl.wijkzicht.network.control.CareNetworks.RoleFact;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkAssessment;
import nl.wijkzicht.network.entity.TracerNetwork;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * A tracer's care-network map: derived from its providers, the interviews around it, its
 * client-level findings and the area's "who does what" (five queries however large the network),
 * plus who coordinates and the inspector's link judgements, saved as a whole with a version check.
 * Reading is logged like every read of a tracer.
 */
@ApplicationScoped
@Transactional
public class TracerNetworkService {

  static final String OBJECT = "TracerNetwork";

  @Inject private EntityManager em;
  @Inject private FieldworkGuard guard;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  public TracerMap map(Actor actor, long tracerId) {
    Tracer tracer = guard.tracer(actor, tracerId, AccessAction.READ);
    TracerMap map = build(tracer, saved(tracerId));
    accessLog.record(
        actor, AccessEvent.of(AccessAction.READ, OBJECT, tracerId).area(code(tracer.getArea())));
    return map;
  }

  /**
   * Saves who coordinates and the judged links, if nobody saved since {@code expectedVersion} (0:
   * nothing saved yet). Every problem is reported at once, nothing is half-saved.
   */
  public TracerMap save(
      Actor actor, long tracerId, long expectedVersion, TracerNetworkDraft draft) {
    Tracer tracer = guard.tracer(actor, tracerId, AccessAction.UPDATE);
    TracerNetwork network = locked(tracerId);
    long current = network == null ? 0 : network.getVersion();
    if (current != expectedVersion) {
      throw new ConcurrentChangeException("network.changed", OBJECT, tracerId);
    }
    Coordination how =
        draft.coordination() == null ? Coordination.NOT_RECORDED : draft.coordination();
    List<FieldProblem> problems = new ArrayList<>();
    if (how == Coordination.PROFESSIONAL && draft.coordinatorRole() == null) {
      problems.add(
          new FieldProblem("coordinatorRole", "network.coordinator.role_required", List.of()));
    }
    Long providerId = how == Coordination.PROFESSIONAL ? draft.coordinatorProviderId() : null;
    if (providerId != null && !tracer.providerIds().contains(providerId)) {
      problems.add(
          new FieldProblem(
              "coordinatorProvider", "network.coordinator.provider_unknown", List.of(providerId)));
    }
    // The members the map will have with this coordinator: a judged link must join two of them.
    Set<String> keys = new HashSet<>();
    build(tracer, new Recorded(how, draft.coordinatorRole(), providerId, List.of()))
        .network()
        .members()
        .forEach(m -> keys.add(m.key()));
    List<LinkAssessment> judged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TracerNetworkDraft.LinkInput link : draft.links()) {
      if (link.strength() == null) {
        continue;
      }
      String note = link.note() == null ? "" : link.note().strip();
      if (link.a() == null
          || link.b() == null
          || !keys.contains(link.a())
          || !keys.contains(link.b())) {
        problems.add(new FieldProblem("links", "network.link.unknown", List.of()));
      } else if (link.a().equals(link.b())) {
        problems.add(new FieldProblem("links", "network.link.same", List.of()));
      } else if (note.length() > LinkAssessment.NOTE_LENGTH) {
        problems.add(
            new FieldProblem(
                "links", "field.too_long", List.of(note.length(), LinkAssessment.NOTE_LENGTH)));
      } else {
        LinkAssessment assessment = new LinkAssessment(link.a(), link.b(), link.strength(), note);
        if (!seen.add(assessment.getNodeA() + "|" + assessment.getNodeB())) {
          problems.add(new FieldProblem("links", "network.link.duplicate", List.of()));
        } else {
          judged.add(assessment);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("network.invalid", problems);
    }
    Instant now = Instant.now(clock);
    if (network == null) {
      TracerNetwork created = new TracerNetwork(tracerId);
      created.record(how, draft.coordinatorRole(), providerId, judged, now, actor.username());
      em.persist(created);
      network = created;
    } else {
      network.record(how, draft.coordinatorRole(), providerId, judged, now, actor.username());
      em.lock(network, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    // Two first saves at once: the unique key refuses the second as a concurrent change.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("network.changed", OBJECT, tracerId),
        DatabaseWrite.UniqueKey.of(
            "uk_tracer_network",
            () -> new ConcurrentChangeException("network.changed", OBJECT, tracerId)));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, tracerId)
            .area(code(tracer.getArea()))
            .detail("coordination " + how + "; " + judged.size() + " links judged"));
    return build(tracer, network);
  }

  /**
   * The saved row, locked until the transaction ends (a parallel save waits, then sees the new
   * version and is refused); null when nothing was saved. The id is looked up without a lock so
   * that two first saves never hold gap locks against each other's insert.
   */
  private TracerNetwork locked(long tracerId) {
    List<Long> ids =
        em.createQuery("select n.id from TracerNetwork n where n.tracerId = :id", Long.class)
            .setParameter("id", tracerId)
            .getResultList();
    return ids.isEmpty()
        ? null
        : em.find(TracerNetwork.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
  }

  private TracerNetwork saved(long tracerId) {
    return em.createQuery(
            "select n from TracerNetwork n where n.tracerId = :id", TracerNetwork.class)
        .setParameter("id", tracerId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private TracerMap build(Tracer tracer, TracerNetwork saved) {
    Recorded recorded =
        saved == null
            ? Recorded.NOTHING
            : new Recorded(
                saved.getCoordination(),
                saved.getCoordinatorRole(),
                saved.getCoordinatorProviderId(),
                List.copyOf(saved.getLinks())); // Read here, in the transaction (lazy).
    TracerMap map = build(tracer, recorded);
    return new TracerMap(
        map.tracerId(),
        map.studyId(),
        map.pseudonym(),
        map.ageBand(),
        map.network(),
        saved == null ? 0 : saved.getVersion(),
        recorded.coordination(),
        recorded.role(),
        recorded.providerId(),
        map.providers(),
        saved == null ? null : saved.getUpdatedBy(),
        saved == null ? null : saved.getUpdatedAt());
  }

  private TracerMap build(Tracer tracer, Recorded recorded) {
    long tracerId = tracer.getId();
    List<ProviderFact> providers =
        tracer.getProviders().stream()
            .map(p -> new ProviderFact(p.getId(), p.getName(), p.getKind()))
            .toList();
    List<RespondentFact> respondents =
        em
            .createQuery(
                "select i.pseudonym, i.role from Interview i where i.tracer.id = :id"
                    + " order by i.heldOn, i.id",
                Object[].class)
            .setParameter("id", tracerId)
            .getResultList()
            .stream()
            .map(r -> new RespondentFact((String) r[0], (RespondentRole) r[1]))
            .toList();
    List<RoleFact> areaRoles =
        em
            .createQuery(
                "select r.role, r.providerId from AreaNetwork n join n.roles r"
                    + " where n.studyAreaId = :areaId",
                Object[].class)
            .setParameter("areaId", tracer.getArea().getId())
            .getResultList()
            .stream()
            .map(
                r ->
                    new RoleFact(
                        (nl.wijkzicht.network.entity.CareRole) r[0], ((Number) r[1]).longValue()))
            .toList();
    List<WeakPoint> low = lowFindings(tracer);
    CareNetwork network =
        CareNetworks.derive(
            tracer.getPseudonym(), providers, respondents, areaRoles, low, recorded);
    return new TracerMap(
        tracerId,
        tracer.getStudy().getId(),
        tracer.getPseudonym(),
        tracer.getAgeBand(),
        network,
        0,
        recorded.coordination(),
        recorded.role(),
        recorded.providerId(),
        providers,
        null,
        null);
  }

  /**
   * The tracer's findings rated in the worse half of the framework's scale (of four levels: the two
   * lowest; "niet beoordeeld" is never low), with the providers they name.
   */
  private List<WeakPoint> lowFindings(Tracer tracer) {
    List<Long> scale =
        tracer.getStudy().getFrameworkVersion().getLevels().stream()
            .filter(l -> !l.isNotAssessed())
            .map(FrameworkRatingLevel::getId)
            .toList();
    // Scalars only: a fixed number of statements however many findings (QueryBudgetWebIT).
    List<Object[]> rows =
        em.createQuery(
                "select f.id, n.id, n.code, n.titleNl, n.titleEn, r.id, r.labelNl, r.labelEn"
                    + " from Finding f join f.norm n join f.rating r where f.tracer.id = :id"
                    + " order by n.code",
                Object[].class)
            .setParameter("id", tracer.getId())
            .getResultList();
    List<Object[]> low = new ArrayList<>();
    for (Object[] row : rows) {
      int index = scale.indexOf((Long) row[5]);
      if (index >= 0 && index > (scale.size() - 1) / 2.0) {
        low.add(row);
      }
    }
    Map<Long, Set<Long>> named = new HashMap<>();
    em.createQuery(
            "select f.id, p.id from Finding f join f.providers p where f.tracer.id = :id",
            Object[].class)
        .setParameter("id", tracer.getId())
        .getResultList()
        .forEach(r -> named.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
    // A norm is about the carer when one of its questions is for the carer alone.
    Map<Long, Set<RespondentRole>> rolesPerQuestion = new HashMap<>();
    Map<Long, Long> normOf = new HashMap<>();
    em.createQuery(
            "select q.id, q.norm.id, role from FrameworkQuestion q join q.roles role"
                + " where q.norm.id in (select f.norm.id from Finding f where f.tracer.id = :id)",
            Object[].class)
        .setParameter("id", tracer.getId())
        .getResultList()
        .forEach(
            r -> {
              rolesPerQuestion
                  .computeIfAbsent((Long) r[0], k -> new HashSet<>())
                  .add((RespondentRole) r[2]);
              normOf.put((Long) r[0], (Long) r[1]);
            });
    Set<Long> aboutCarer = new HashSet<>();
    rolesPerQuestion.forEach(
        (question, roles) -> {
          if (roles.equals(Set.of(RespondentRole.MANTELZORGER))) {
            aboutCarer.add(normOf.get(question));
          }
        });
    List<WeakPoint> points = new ArrayList<>();
    for (Object[] row : low) {
      points.add(
          new WeakPoint(
              (String) row[2],
              new LocalizedText((String) row[3], (String) row[4]),
              new LocalizedText((String) row[6], (String) row[7]),
              named.getOrDefault((Long) row[0], Set.of()),
              aboutCarer.contains((Long) row[1])));
    }
    return points;
  }

  static String code(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
  }
}
