package nl.wijkzicht.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.notify.control.Notification;
import nl.wijkzicht.notify.control.NotificationKind;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.WorkingDays;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * What awaits each user, computed from the visits when asked (never stored, so never stale), in one
 * query per call whatever the number of visits:
 *
 * <ul>
 *   <li>provider users: their organisation's visits sent for reply, with the deadline and the
 *       working days left (or how late);
 *   <li>inspectors: the visits on whose team they are that have a reply: decisions due;
 *   <li>coordinators and admins: replied visits they were not on the team of (sign-off due; the
 *       sign-off itself comes with the decisions, until then every replied visit counts) and visits
 *       whose reply deadline passed without a reply.
 * </ul>
 *
 * The list is access-logged (one SEARCH); the header's count is a number only and is not.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  /** The most items a list shows (the count is exact). */
  public static final int LIMIT = 200;

  private static final String PROVIDER_PAGE = "/reply/visit";
  private static final String STAFF_PAGE = "/study/visit";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** A visit whose reminder may be due: its deadline and when the provider was told. */
  public record ReminderCandidate(long visitId, LocalDate deadline, LocalDate notifiedOn) {}

  /** The actor's notifications, most urgent first. */
  public List<Notification> list(Actor actor) {
    return list(actor, today());
  }

  /** As {@link #list(Actor)}, as on {@code today} (Europe/Amsterdam). */
  public List<Notification> list(Actor actor, LocalDate today) {
    Role role = roleOf(actor);
    List<Notification> items = new ArrayList<>();
    switch (role) {
      case PROVIDER -> {
        if (actor.providerId() != null) {
          for (Object[] row :
              select(
                      " where p.id = :provider and v.status = :sent"
                          + " order by v.replyDeadline, v.date, v.id")
                  .setParameter("provider", actor.providerId())
                  .setParameter("sent", VisitStatus.SENT_FOR_REPLY)
                  .setMaxResults(LIMIT)
                  .getResultList()) {
            LocalDate deadline = (LocalDate) row[6];
            boolean late = deadline != null && deadline.isBefore(today);
            items.add(
                item(
                    row,
                    late ? NotificationKind.REPLY_LATE : NotificationKind.REPLY_DUE,
                    today,
                    PROVIDER_PAGE));
          }
        }
      }
      case INSPECTOR -> {
        for (Object[] row :
            select(
                    " join v.inspectors u where u.id = :me and v.status = :received"
                        + " order by v.date, v.id")
                .setParameter("me", actor.userId())
                .setParameter("received", VisitStatus.REPLY_RECEIVED)
                .setMaxResults(LIMIT)
                .getResultList()) {
          items.add(item(row, NotificationKind.DECISION_DUE, today, STAFF_PAGE));
        }
      }
      case ADMIN -> {
        // Administrators manage accounts and reference data; no visit awaits them.
      }
      case COORDINATOR -> {
        for (Object[] row :
            select(" where " + LEAD_WHERE + " order by v.replyDeadline, v.date, v.id")
                .setParameter("me", actor.userId())
                .setParameter("received", VisitStatus.REPLY_RECEIVED)
                .setParameter("sent", VisitStatus.SENT_FOR_REPLY)
                .setParameter("today", today)
                .setMaxResults(LIMIT)
                .getResultList()) {
          NotificationKind kind =
              row[7] == VisitStatus.SENT_FOR_REPLY
                  ? NotificationKind.REPLY_OVERDUE
                  : NotificationKind.SIGN_OFF_DUE;
          items.add(item(row, kind, today, STAFF_PAGE));
        }
        // Overdue replies first (stable: each group keeps the query's order).
        items.sort(java.util.Comparator.comparing(n -> n.kind() != NotificationKind.REPLY_OVERDUE));
      }
    }
    AccessEvent event =
        AccessEvent.of(AccessAction.SEARCH, "Visit", null).detail("notifications: " + items.size());
    accessLog.record(actor, role == Role.PROVIDER ? event.provider(actor.providerId()) : event);
    return List.copyOf(items);
  }

  /** How many notifications the actor has (the header's bell): one count query, not logged. */
  public long count(Actor actor) {
    return count(actor, today());
  }

  /** As {@link #count(Actor)}, as on {@code today}. */
  public long count(Actor actor, LocalDate today) {
    if (actor.isAnonymous()) {
      return 0;
    }
    Role role = actor.role().orElseThrow();
    TypedQuery<Long> query =
        switch (role) {
          case PROVIDER -> {
            if (actor.providerId() == null) {
              yield null;
            }
            yield em.createQuery(
                    "select count(v) from Visit v where v.location.provider.id = :provider"
                        + " and v.status = :sent",
                    Long.class)
                .setParameter("provider", actor.providerId())
                .setParameter("sent", VisitStatus.SENT_FOR_REPLY);
          }
          case INSPECTOR ->
              em.createQuery(
                      "select count(v) from Visit v join v.inspectors u where u.id = :me"
                          + " and v.status = :received",
                      Long.class)
                  .setParameter("me", actor.userId())
                  .setParameter("received", VisitStatus.REPLY_RECEIVED);
          case ADMIN -> null;
          case COORDINATOR ->
              em.createQuery("select count(v) from Visit v where " + LEAD_WHERE, Long.class)
                  .setParameter("me", actor.userId())
                  .setParameter("received", VisitStatus.REPLY_RECEIVED)
                  .setParameter("sent", VisitStatus.SENT_FOR_REPLY)
                  .setParameter("today", today);
        };
    return query == null ? 0 : query.getSingleResult();
  }

  /**
   * Visits sent for reply whose deadline lies between {@code from} and {@code to} (inclusive), for
   * the reminder job: one query.
   */
  public List<ReminderCandidate> reminderCandidates(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select v.id, v.replyDeadline, v.replyNotifiedAt from Visit v where v.status = :sent"
                + " and v.replyDeadline >= :from and v.replyDeadline <= :to order by v.id",
            Object[].class)
        .setParameter("sent", VisitStatus.SENT_FOR_REPLY)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            row ->
                new ReminderCandidate(
                    (Long) row[0],
                    (LocalDate) row[1],
                    row[2] == null
                        ? null
                        : LocalDate.ofInstant((Instant) row[2], WorkingDays.ZONE)))
        .toList();
  }

  /**
   * A coordinator's items: replied visits not yet signed off that they were not on the team of
   * (they may sign off), and visits whose deadline passed without a reply.
   */
  private static final String LEAD_WHERE =
      "((v.status = :received and v.signedOffAt is null"
          + " and not exists (select u2.id from Visit v2 join v2.inspectors u2"
          + " where v2.id = v.id and u2.id = :me))"
          + " or (v.status = :sent and v.replyDeadline < :today))";

  private TypedQuery<Object[]> select(String rest) {
    return em.createQuery(
        "select v.id, p.name, l.name, v.date, s.title, s.id, v.replyDeadline, v.status"
            + " from Visit v join v.location l join l.provider p join v.study s"
            + rest,
        Object[].class);
  }

  private static Notification item(
      Object[] row, NotificationKind kind, LocalDate today, String page) {
    LocalDate deadline = (LocalDate) row[6];
    int daysLeft = 0;
    if (deadline != null) {
      daysLeft =
          deadline.isBefore(today)
              ? -WorkingDays.between(deadline, today)
              : WorkingDays.between(today, deadline);
    }
    return new Notification(
        kind,
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (LocalDate) row[3],
        (String) row[4],
        deadline,
        daysLeft,
        page);
  }

  private Role roleOf(Actor actor) {
    if (actor.isAnonymous()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.SEARCH, "Visit", null).denied().detail("notifications"));
      throw NotAllowedException.denied("notifications");
    }
    return actor.role().orElseThrow();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDays.ZONE));
  }
}
