package nl.wijkzicht.start.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * What each role's start page shows, read with grouped queries into records: no entities, no
 * per-row service calls, so the number of statements does not grow with the work shown. Every
 * section that reads personal data is recorded in the access log (one SEARCH per section).
 */
@ApplicationScoped
@Transactional
public class StartService {

  /** How many upcoming visits, drafts and denied accesses a start page lists. */
  public static final int LIMIT = 10;

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /**
   * A visit the inspector is on that is still to be done: planned (also when its date has passed:
   * {@code overdue}) or in progress from today on.
   */
  public record UpcomingVisit(
      long id,
      LocalDate date,
      VisitStatus status,
      long studyId,
      String studyTitle,
      String providerName,
      String locationName,
      boolean overdue)
      implements Serializable {}

  /** An interview the inspector started and did not complete yet. */
  public record DraftInterview(
      long id, LocalDate heldOn, RespondentRole role, String pseudonym, String studyTitle)
      implements Serializable {}

  /** A visit in progress with norms still unrated at visit level. */
  public record UnratedVisit(
      long id, LocalDate date, String providerName, String locationName, long unrated, long norms)
      implements Serializable {}

  /** An inspector's start page. */
  public record InspectorStart(
      List<UpcomingVisit> upcoming, List<DraftInterview> drafts, List<UnratedVisit> unrated)
      implements Serializable {}

  /**
   * A study's progress: visits per status, norms rated at visit level of those to rate (the
   * framework's norms for every visit not cancelled), and replies due (sent for reply, not back).
   */
  public record StudyProgress(
      long id,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      Map<VisitStatus, Long> visitsPerStatus,
      long normsRated,
      long normsToRate,
      long repliesDue)
      implements Serializable {

    public long visits() {
      return visitsPerStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The statuses with at least one visit, in workflow order (for the page). */
    public List<StatusCount> statusCounts() {
      return visitsPerStatus.entrySet().stream()
          .map(e -> new StatusCount(e.getKey(), e.getValue()))
          .toList();
    }
  }

  /** How many visits of a study have one status. */
  public record StatusCount(VisitStatus status, long count) implements Serializable {}

  /** Accounts at a glance. */
  public record AccountFigures(long total, long locked, long mustChangePassword, long disabled)
      implements Serializable {}

  /** One refused access from the access log. */
  public record DeniedAccess(
      Instant at, String username, String action, String objectType, String objectId)
      implements Serializable {}

  /** An admin's start page. */
  public record AdminStart(AccountFigures accounts, List<DeniedAccess> denied)
      implements Serializable {}

  /** A provider's own organisation. */
  public record OwnOrganisation(
      long id, String name, String kind, String agbCode, String kvkNumber, long locations)
      implements Serializable {}

  public InspectorStart inspector(Actor actor) {
    require(actor, actor.is(Role.INSPECTOR), "Visit");
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    List<UpcomingVisit> upcoming = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select v.id, v.date, v.status, s.id, s.title, p.name, l.name from Visit v"
                    + " join v.inspectors u join v.study s join v.location l join l.provider p"
                    + " where u.id = :me and (v.status = :planned"
                    + " or (v.status = :inProgress and v.date >= :today))"
                    + " order by v.date, v.id",
                Object[].class)
            .setParameter("me", actor.userId())
            .setParameter("today", today)
            .setParameter("planned", VisitStatus.PLANNED)
            .setParameter("inProgress", VisitStatus.IN_PROGRESS)
            .setMaxResults(LIMIT)
            .getResultList()) {
      upcoming.add(
          new UpcomingVisit(
              (Long) row[0],
              (LocalDate) row[1],
              (VisitStatus) row[2],
              (Long) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              ((LocalDate) row[1]).isBefore(today)));
    }
    List<DraftInterview> drafts = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select i.id, i.heldOn, i.role, i.pseudonym, s.title from Interview i"
                    + " join i.study s where i.createdBy = :me and i.completed = false"
                    + " order by i.heldOn, i.id",
                Object[].class)
            .setParameter("me", actor.username())
            .setMaxResults(LIMIT)
            .getResultList()) {
      drafts.add(
          new DraftInterview(
              (Long) row[0],
              (LocalDate) row[1],
              (RespondentRole) row[2],
              (String) row[3],
              (String) row[4]));
    }
    List<Object[]> inProgress =
        em.createQuery(
                "select v.id, v.date, p.name, l.name, s.frameworkVersion.id from Visit v"
                    + " join v.inspectors u join v.study s join v.location l join l.provider p"
                    + " where u.id = :me and v.status = :status order by v.date, v.id",
                Object[].class)
            .setParameter("me", actor.userId())
            .setParameter("status", VisitStatus.IN_PROGRESS)
            .getResultList();
    List<UnratedVisit> unrated = new ArrayList<>();
    if (!inProgress.isEmpty()) {
      Map<Long, Long> norms =
          normsPerVersion(inProgress.stream().map(row -> (Long) row[4]).distinct().toList());
      Map<Long, Long> rated = new HashMap<>();
      for (Object[] row :
          em.createQuery(
                  "select f.visit.id, count(f) from Finding f where f.visit.id in :visits"
                      + " and f.tracer is null and f.rating is not null group by f.visit.id",
                  Object[].class)
              .setParameter("visits", inProgress.stream().map(row -> (Long) row[0]).toList())
              .getResultList()) {
        rated.put((Long) row[0], ((Number) row[1]).longValue());
      }
      for (Object[] row : inProgress) {
        long total = norms.getOrDefault((Long) row[4], 0L);
        long open = total - rated.getOrDefault((Long) row[0], 0L);
        if (open > 0) {
          unrated.add(
              new UnratedVisit(
                  (Long) row[0],
                  (LocalDate) row[1],
                  (String) row[2],
                  (String) row[3],
                  open,
                  total));
        }
      }
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, "Visit", null)
            .detail(
                "start page: "
                    + upcoming.size()
                    + " upcoming, "
                    + drafts.size()
                    + " draft interviews, "
                    + unrated.size()
                    + " with unrated norms"));
    return new InspectorStart(List.copyOf(upcoming), List.copyOf(drafts), List.copyOf(unrated));
  }

  /** Every study with its progress, newest period first. */
  public List<StudyProgress> coordinator(Actor actor) {
    require(actor, AccessPolicy.mayChangeStudy(actor), "Study");
    List<Object[]> studies =
        em.createQuery(
                "select s.id, s.title, s.startsOn, s.endsOn, s.frameworkVersion.id from Study s"
                    + " order by s.startsOn desc, s.title",
                Object[].class)
            .getResultList();
    Map<Long, Map<VisitStatus, Long>> perStatus = new HashMap<>();
    Map<Long, Long> rated = new HashMap<>();
    Map<Long, Long> norms = Map.of();
    if (!studies.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select v.study.id, v.status, count(v) from Visit v"
                      + " group by v.study.id, v.status",
                  Object[].class)
              .getResultList()) {
        perStatus
            .computeIfAbsent((Long) row[0], k -> new EnumMap<>(VisitStatus.class))
            .put((VisitStatus) row[1], ((Number) row[2]).longValue());
      }
      for (Object[] row :
          em.createQuery(
                  "select f.study.id, count(f) from Finding f join f.visit v"
                      + " where f.tracer is null and f.rating is not null"
                      + " and v.status <> :cancelled group by f.study.id",
                  Object[].class)
              .setParameter("cancelled", VisitStatus.CANCELLED)
              .getResultList()) {
        rated.put((Long) row[0], ((Number) row[1]).longValue());
      }
      norms = normsPerVersion(studies.stream().map(row -> (Long) row[4]).distinct().toList());
    }
    List<StudyProgress> result = new ArrayList<>();
    for (Object[] row : studies) {
      Long id = (Long) row[0];
      Map<VisitStatus, Long> counts = perStatus.getOrDefault(id, new EnumMap<>(VisitStatus.class));
      long active =
          counts.entrySet().stream()
              .filter(e -> e.getKey() != VisitStatus.CANCELLED)
              .mapToLong(Map.Entry::getValue)
              .sum();
      result.add(
          new StudyProgress(
              id,
              (String) row[1],
              (LocalDate) row[2],
              (LocalDate) row[3],
              counts,
              rated.getOrDefault(id, 0L),
              active * norms.getOrDefault((Long) row[4], 0L),
              counts.getOrDefault(VisitStatus.SENT_FOR_REPLY, 0L)));
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, "Study", null)
            .detail("start page: " + result.size() + " studies"));
    return List.copyOf(result);
  }

  /** Account figures and the last {@link #LIMIT} refused accesses. */
  public AdminStart admin(Actor actor) {
    require(actor, AccessPolicy.mayAdminister(actor), "AppUser");
    Object[] figures =
        em.createQuery(
                "select count(u),"
                    + " sum(case when u.lockedUntil > :now then 1 else 0 end),"
                    + " sum(case when u.mustChangePassword = true then 1 else 0 end),"
                    + " sum(case when u.enabled = false then 1 else 0 end) from AppUser u",
                Object[].class)
            .setParameter("now", Instant.now(clock))
            .getSingleResult();
    AccountFigures accounts =
        new AccountFigures(
            number(figures[0]), number(figures[1]), number(figures[2]), number(figures[3]));
    List<DeniedAccess> denied = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select e.occurredAt, e.username, e.action, e.objectType, e.objectId"
                    + " from AccessLogEntry e where e.outcome = :denied"
                    + " order by e.occurredAt desc, e.id desc",
                Object[].class)
            .setParameter("denied", AccessOutcome.DENIED)
            .setMaxResults(LIMIT)
            .getResultList()) {
      denied.add(
          new DeniedAccess(
              (Instant) row[0],
              (String) row[1],
              String.valueOf(row[2]),
              (String) row[3],
              (String) row[4]));
    }
    accessLog.record(
        actor, AccessEvent.of(AccessAction.SEARCH, "AppUser", null).detail("start page: figures"));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, "AccessLog", null)
            .detail("start page: " + denied.size() + " denied"));
    return new AdminStart(accounts, List.copyOf(denied));
  }

  /** The provider account's own organisation, empty when the account names none. */
  public Optional<OwnOrganisation> provider(Actor actor) {
    require(actor, actor.is(Role.PROVIDER), "CareProvider");
    if (actor.providerId() == null) {
      return Optional.empty();
    }
    Optional<OwnOrganisation> own =
        em.createQuery(
                "select p.id, p.name, p.kind, p.agbCode, p.kvkNumber, count(l) from CareProvider p"
                    + " left join p.locations l where p.id = :id"
                    + " group by p.id, p.name, p.kind, p.agbCode, p.kvkNumber",
                Object[].class)
            .setParameter("id", actor.providerId())
            .getResultStream()
            .findFirst()
            .map(
                row ->
                    new OwnOrganisation(
                        (Long) row[0],
                        (String) row[1],
                        String.valueOf(row[2]),
                        (String) row[3],
                        (String) row[4],
                        number(row[5])));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, "CareProvider", actor.providerId())
            .provider(actor.providerId())
            .detail("start page"));
    return own;
  }

  /** The number of norms of each framework version, in one query. */
  private Map<Long, Long> normsPerVersion(List<Long> versionIds) {
    Map<Long, Long> norms = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.version.id, count(n) from FrameworkNorm n join n.theme t"
                    + " where t.version.id in :ids group by t.version.id",
                Object[].class)
            .setParameter("ids", versionIds)
            .getResultList()) {
      norms.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return norms;
  }

  private void require(Actor actor, boolean allowed, String objectType) {
    if (!allowed) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.SEARCH, objectType, null).denied().detail("start"));
      throw NotAllowedException.denied("start page " + objectType);
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
