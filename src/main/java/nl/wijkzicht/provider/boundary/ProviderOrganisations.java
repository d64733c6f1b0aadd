package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.security.control.Organisation;
import nl.wijkzicht.security.control.Organisations;

/** Care providers as the organisations of provider accounts (one query each, no entities). */
@ApplicationScoped
@Transactional
public class ProviderOrganisations implements Organisations {

  @Inject private EntityManager em;

  @Override
  public List<Organisation> all() {
    return em.createQuery(
            "select new nl.wijkzicht.security.control.Organisation(p.id, p.name)"
                + " from CareProvider p order by p.name",
            Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<Organisation> find(long id) {
    return em.createQuery(
            "select new nl.wijkzicht.security.control.Organisation(p.id, p.name)"
                + " from CareProvider p where p.id = :id",
            Organisation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
