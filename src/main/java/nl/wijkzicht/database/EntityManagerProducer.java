package nl.wijkzicht.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The persistence unit, created on first use instead of at deployment, and a transaction-scoped
 * {@link EntityManager} for {@code @Inject}.
 *
 * <p>Why not {@code @PersistenceContext}: Payara opens a database connection for every
 * container-managed persistence unit while deploying, and when the database is down it fails the
 * deployment (or, with skipdsfailure, closes the unit for good). Wijkzicht must start without its
 * database and recover when it returns, so the unit is bootstrapped lazily from
 * META-INF/wijkzicht-persistence.xml. The injected EntityManager behaves like a container-managed,
 * transaction-scoped one: each JTA transaction gets its own, joined to it and closed when it ends;
 * use outside a transaction is refused.
 */
@ApplicationScoped
public class EntityManagerProducer {

  static final String UNIT = "wijkzicht";
  static final String DESCRIPTOR = "META-INF/wijkzicht-persistence.xml";
  private static final Object KEY = EntityManagerProducer.class;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry registry;

  /**
   * Set on each instance of a cluster (WIJKZICHT_CLUSTER=true): EclipseLink's shared caches are
   * kept coherent through Payara's data grid. A change committed on one instance is sent, as the
   * changed object's new version, to the others' caches (only the read-mostly entities are cached;
   * see wijkzicht-persistence.xml). A single instance leaves it off.
   */
  @Inject
  @ConfigProperty(name = "wijkzicht.cluster", defaultValue = "false")
  boolean cluster;

  /** Payara's transport for EclipseLink cache coordination over a Hazelcast topic. */
  static final String HAZELCAST_TRANSPORT =
      "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";

  private volatile EntityManagerFactory factory;

  @Produces
  EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            this::invoke);
  }

  private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "toString":
        return "EntityManager of the current transaction";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      case "close":
        return null; // Closed when the transaction ends, as a container-managed one.
      default:
        try {
          return method.invoke(current(), args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
    }
  }

  private EntityManager current() {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new TransactionRequiredException(
          "The EntityManager is used outside a transaction: call it from a @Transactional service.");
    }
    EntityManager em = (EntityManager) registry.getResource(KEY);
    if (em == null) {
      EntityManager created = factory().createEntityManager();
      created.joinTransaction();
      registry.putResource(KEY, created);
      // EclipseLink flushes through its own synchronization; this one only closes.
      AfterCompletion.always(registry, created::close);
      em = created;
    }
    return em;
  }

  private EntityManagerFactory factory() {
    EntityManagerFactory result = factory;
    if (result == null) {
      synchronized (this) {
        result = factory;
        if (result == null) {
          result = Persistence.createEntityManagerFactory(UNIT, properties(cluster));
          factory = result;
        }
      }
    }
    return result;
  }

  static Map<String, String> properties(boolean cluster) {
    return cluster
        ? Map.of(
            "eclipselink.persistencexml", DESCRIPTOR,
            "eclipselink.cache.coordination.protocol", HAZELCAST_TRANSPORT,
            "eclipselink.cache.coordination.channel", "wijkzicht-cache")
        : Map.of("eclipselink.persistencexml", DESCRIPTOR);
  }

  @PreDestroy
  void shutdown() {
    if (factory != null && factory.isOpen()) {
      factory.close();
    }
  }
}
