package nl.wijkzicht.security.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.AfterCompletion;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.RequestAddress;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessLogEntry;

/**
 * Writes and searches the access log.
 *
 * <p>An entry is written in the caller's transaction, on the connection that transaction already
 * holds (or in a short one of its own when there is none). It used to take a second connection in a
 * transaction of its own (REQUIRES_NEW): under a burst every request held one connection and waited
 * for a second, the pool ran dry, and when the inner commit failed Payara's interceptor did not
 * resume the suspended outer transaction, which then never ended and kept its connection for good.
 * When the caller's transaction rolls back (a refused action), its entries are written again after
 * it has ended by {@link AccessLogBacklog}, so a refusal is still recorded.
 */
@ApplicationScoped
public class AccessLogService {

  private static final System.Logger LOGGER = System.getLogger(AccessLogService.class.getName());
  public static final String RETENTION_SETTING = "access_log.retention_days";

  private static final Object PENDING = AccessLogService.class;

  @Inject private EntityManager em;
  @Inject private RequestAddress address;
  @Inject private AccessLogBacklog backlog;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry registry;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public void record(Actor actor, AccessEvent event) {
    AccessLogEntry entry =
        new AccessLogEntry(
            Instant.now(clock),
            actor.userId(),
            actor.username(),
            actor.roleName(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.providerId(),
            event.areaCode(),
            address.current(),
            event.outcome(),
            event.detail());
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      backlog.add(List.of(entry)); // Already doomed to roll back: write it after this transaction.
      return;
    }
    uncommitted().add(entry);
    em.persist(entry);
  }

  /** This transaction's entries; handed to the backlog if the transaction does not commit. */
  @SuppressWarnings("unchecked")
  private List<AccessLogEntry> uncommitted() {
    List<AccessLogEntry> entries = (List<AccessLogEntry>) registry.getResource(PENDING);
    if (entries == null) {
      List<AccessLogEntry> created = new ArrayList<>();
      registry.putResource(PENDING, created);
      // The entries are flushed with the caller's other changes; rolled back, the backlog
      // writes them in a transaction of their own.
      AfterCompletion.onRollback(registry, () -> backlog.add(created));
      entries = created;
    }
    return entries;
  }

  /** Writes entries in one transaction (the backlog's task, which has none of its own). */
  @Transactional
  public void write(List<AccessLogEntry> entries) {
    entries.forEach(em::persist);
  }

  @Transactional
  public List<AccessLogEntry> search(AccessLogQuery query, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AccessLogEntry> cq = cb.createQuery(AccessLogEntry.class);
    Root<AccessLogEntry> e = cq.from(AccessLogEntry.class);
    cq.select(e)
        .where(predicates(query, cb, e))
        .orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
    return em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  @Transactional
  public long count(AccessLogQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<AccessLogEntry> e = cq.from(AccessLogEntry.class);
    cq.select(cb.count(e)).where(predicates(query, cb, e));
    return em.createQuery(cq).getSingleResult();
  }

  private static Predicate[] predicates(
      AccessLogQuery query, CriteriaBuilder cb, Root<AccessLogEntry> e) {
    List<Predicate> where = new ArrayList<>();
    query.username().ifPresent(u -> where.add(cb.equal(e.get("username"), u)));
    query.action().ifPresent(a -> where.add(cb.equal(e.get("action"), a)));
    query.outcome().ifPresent(o -> where.add(cb.equal(e.get("outcome"), o)));
    query.objectType().ifPresent(t -> where.add(cb.equal(e.get("objectType"), t)));
    query.objectId().ifPresent(i -> where.add(cb.equal(e.get("objectId"), i)));
    query.providerId().ifPresent(p -> where.add(cb.equal(e.get("providerId"), p)));
    query.from().ifPresent(f -> where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), f)));
    query.until().ifPresent(u -> where.add(cb.lessThan(e.get("occurredAt"), u)));
    return where.toArray(Predicate[]::new);
  }

  @Transactional
  public int retentionDays() {
    Object value =
        em.createNativeQuery("SELECT value FROM app_setting WHERE name = ?1")
            .setParameter(1, RETENTION_SETTING)
            .getSingleResult();
    return Integer.parseInt(value.toString());
  }

  /** Changes the retention period (at least one year; a change is itself logged). */
  @Transactional
  public void changeRetentionDays(Actor admin, int days) {
    if (days < 365 || days > 36500) {
      throw InvalidInputException.of("retentionDays", "access_log.retention.invalid", days);
    }
    em.createNativeQuery(
            "UPDATE app_setting SET value = ?1, changed_at = ?2, changed_by = ?3 WHERE name = ?4")
        .setParameter(1, Integer.toString(days))
        // An instant; the connection writes it as UTC (database.UtcMariaDbDataSource).
        .setParameter(2, java.sql.Timestamp.from(Instant.now(clock)))
        .setParameter(3, admin.username())
        .setParameter(4, RETENTION_SETTING)
        .executeUpdate();
    record(
        admin,
        AccessEvent.of(AccessAction.UPDATE, "Setting", RETENTION_SETTING)
            .detail("retention_days=" + days));
  }

  /** Deletes entries older than the retention period; the database refuses anything younger. */
  @Transactional
  public int deleteExpired() {
    Instant limit = Instant.now(clock).minus(retentionDays(), ChronoUnit.DAYS);
    int deleted =
        em.createQuery("delete from AccessLogEntry e where e.occurredAt < :limit")
            .setParameter("limit", limit)
            .executeUpdate();
    if (deleted > 0) {
      LOGGER.log(
          Level.INFO, "Access log retention: {0} entries older than {1} deleted.", deleted, limit);
    }
    return deleted;
  }
}
