package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.security.boundary.AccessDeniedException;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/** Care provider organisations; reads are checked for ownership and logged. */
@ApplicationScoped
@Transactional
public class ProviderService {

  static final String OBJECT = "CareProvider";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  /**
   * One organisation for this actor: staff any, a provider only its own. Throws
   * {@link UnknownProviderException} for an id that does not exist and {@link AccessDeniedException}
   * (after logging the attempt) for another organisation's id.
   */
  public CareProvider get(Actor actor, long id) {
    CareProvider provider = em.find(CareProvider.class, id);
    if (provider == null) {
      accessLog.record(actor, AccessAction.READ, OBJECT, id, null, null, AccessOutcome.FAILED, "unknown id");
      throw new UnknownProviderException(id);
    }
    if (!AccessPolicy.mayReadProvider(actor, id)) {
      accessLog.record(actor, AccessAction.READ, OBJECT, id, id, null, AccessOutcome.DENIED, null);
      throw new AccessDeniedException("provider " + id);
    }
    accessLog.record(actor, AccessAction.READ, OBJECT, id, id, null, AccessOutcome.ALLOWED, null);
    return provider;
  }

  public Optional<CareProvider> findByName(String name) {
    return em.createNamedQuery(CareProvider.FIND_BY_NAME, CareProvider.class)
        .setParameter("name", name).getResultStream().findFirst();
  }

  /** Registers an organisation without an actor check: for start-up loaders (demo data) only. */
  public CareProvider createInitial(String name, ProviderKind kind, String agbCode, String kvkNumber, boolean demo) {
    CareProvider provider = new CareProvider(name, kind, agbCode, kvkNumber, demo);
    em.persist(provider);
    return provider;
  }
}
