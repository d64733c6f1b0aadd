package nl.wijkzicht.database;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Counts the writes on this instance of the entities that carry {@link Listener} (those a study's
 * results rest on: findings, visits, tracers, interviews, overrides, studies, providers, locations,
 * regions). A reader that saw the count unchanged since it last read something from the database
 * knows this instance wrote none of them meanwhile (the score cache uses it to skip its fingerprint
 * statement for a moment). Counted when the change is flushed and again once its transaction ends,
 * so a reader between the flush and the commit cannot keep what it read as current. Writes made
 * outside JPA (the national study generator, other instances of a cluster) are not counted.
 */
public final class ChangeCounter {

  private static final AtomicLong COUNT = new AtomicLong();
  private static volatile TransactionSynchronizationRegistry registry;

  private ChangeCounter() {}

  /** The number of counted writes since start. */
  public static long count() {
    return COUNT.get();
  }

  /**
   * Counts a write made without the entity listener (a bulk JPQL update, a test's SQL): now, and
   * again when the current transaction (if any) ends.
   */
  public static void changed() {
    COUNT.incrementAndGet();
    TransactionSynchronizationRegistry transactions = registry();
    if (transactions == null) {
      return;
    }
    try {
      AfterCompletion.always(transactions, COUNT::incrementAndGet);
    } catch (IllegalStateException e) {
      // No transaction, or it is already completing (a flush at commit): counted above; a reader
      // in the last moment before the commit keeps its fingerprint for at most the reuse window.
    }
  }

  /** The JPA entity listener (on the entity classes that count). */
  public static class Listener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
      changed();
    }
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        registry = found;
      } catch (NamingException | RuntimeException e) {
        return null; // Outside a container (unit tests).
      }
    }
    return found;
  }
}
