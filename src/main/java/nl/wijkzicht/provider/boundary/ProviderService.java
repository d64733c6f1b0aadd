package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/**
 * Reading care provider organisations: reads are checked for ownership and logged. Registering and
 * changing them is {@link ProviderRegistrationService}, importing a CSV file {@link
 * ProviderImportService}.
 */
@ApplicationScoped
@Transactional
public class ProviderService {

  static final String OBJECT = "CareProvider";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  /**
   * One organisation for this actor: staff any, a provider only its own. Throws {@link
   * NotFoundException} for an id that does not exist and {@link NotAllowedException} (after logging
   * the attempt) for another organisation's id.
   */
  public CareProvider get(Actor actor, long id) {
    CareProvider provider = em.find(CareProvider.class, id);
    if (provider == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, OBJECT, id).failed().detail("unknown id"));
      throw new NotFoundException("provider.unknown", id);
    }
    if (!AccessPolicy.mayReadProvider(actor, id)) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id).provider(id).denied());
      throw NotAllowedException.denied("provider " + id);
    }
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id).provider(id));
    return provider;
  }

  /** All organisations, for staff; a provider account sees only its own. */
  public List<CareProvider> list(Actor actor) {
    List<CareProvider> all =
        em.createNamedQuery(CareProvider.FIND_ALL, CareProvider.class).getResultList();
    List<CareProvider> visible =
        all.stream().filter(p -> AccessPolicy.mayReadProvider(actor, p.getId())).toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null)
            .outcome(
                visible.isEmpty() && !all.isEmpty() ? AccessOutcome.DENIED : AccessOutcome.ALLOWED)
            .detail(visible.size() + " providers"));
    return visible;
  }

  /**
   * All organisations as the provider list shows them, with their location counts, in one query;
   * visible and logged as {@link #list}.
   */
  public List<ProviderSummary> summaries(Actor actor) {
    List<ProviderSummary> all =
        em.createQuery(
                "select new nl.wijkzicht.provider.boundary.ProviderSummary(p.id, p.name, p.kind,"
                    + " p.agbCode, p.kvkNumber, count(l)) from CareProvider p"
                    + " left join p.locations l"
                    + " group by p.id, p.name, p.kind, p.agbCode, p.kvkNumber order by p.name",
                ProviderSummary.class)
            .getResultList();
    List<ProviderSummary> visible =
        all.stream().filter(p -> AccessPolicy.mayReadProvider(actor, p.id())).toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null)
            .outcome(
                visible.isEmpty() && !all.isEmpty() ? AccessOutcome.DENIED : AccessOutcome.ALLOWED)
            .detail(visible.size() + " providers"));
    return visible;
  }

  /** The provider locations in one municipality (for planning visits; staff only). */
  public List<nl.wijkzicht.provider.entity.ProviderLocation> locationsIn(
      Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw NotAllowedException.denied("provider locations");
    }
    return em.createNamedQuery(
            nl.wijkzicht.provider.entity.ProviderLocation.FIND_IN_MUNICIPALITY,
            nl.wijkzicht.provider.entity.ProviderLocation.class)
        .setParameter("municipalityId", municipalityId)
        .getResultList();
  }

  /**
   * The providers with a location in, or serving, one municipality (for tracers and findings; staff
   * only).
   */
  public List<CareProvider> serving(Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw NotAllowedException.denied("providers of an area");
    }
    return em.createNamedQuery(CareProvider.FIND_SERVING, CareProvider.class)
        .setParameter("municipalityId", municipalityId)
        .getResultList();
  }

  public Optional<CareProvider> findByName(String name) {
    return em.createNamedQuery(CareProvider.FIND_BY_NAME, CareProvider.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }
}
