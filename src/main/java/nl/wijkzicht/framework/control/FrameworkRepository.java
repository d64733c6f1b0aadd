package nl.wijkzicht.framework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.framework.entity.Framework;
import nl.wijkzicht.framework.entity.FrameworkVersion;

/** Queries on frameworks and their versions; named queries with parameters only. */
@ApplicationScoped
public class FrameworkRepository {

  @Inject private EntityManager em;

  public List<FrameworkVersion> findVersions() {
    return em.createNamedQuery(FrameworkVersion.FIND_ALL, FrameworkVersion.class).getResultList();
  }

  public List<FrameworkVersion> findVersions(String code) {
    return em.createNamedQuery(FrameworkVersion.FIND_BY_FRAMEWORK, FrameworkVersion.class)
        .setParameter("code", code)
        .getResultList();
  }

  public Optional<FrameworkVersion> findVersion(long id) {
    return Optional.ofNullable(em.find(FrameworkVersion.class, id));
  }

  public Optional<FrameworkVersion> findVersion(String code, String version) {
    return em.createNamedQuery(FrameworkVersion.FIND_BY_CODE_AND_VERSION, FrameworkVersion.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  public Optional<Framework> findFramework(String code) {
    return em.createNamedQuery(Framework.FIND_BY_CODE, Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }
}
