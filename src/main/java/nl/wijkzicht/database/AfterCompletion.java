package nl.wijkzicht.database;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work to do once the current transaction has ended, registered with the container's transaction
 * registry (interposed: after the JPA provider's own synchronizations). Files are deleted, jobs and
 * mails started, entity managers closed here: never before the data they belong to is committed,
 * and never left behind when it is rolled back. The caller must be in an active transaction.
 */
public final class AfterCompletion {

  private AfterCompletion() {}

  /** Runs {@code action} if the transaction commits. */
  public static void onCommit(TransactionSynchronizationRegistry registry, Runnable action) {
    register(registry, true, false, action);
  }

  /** Runs {@code action} if the transaction does not commit. */
  public static void onRollback(TransactionSynchronizationRegistry registry, Runnable action) {
    register(registry, false, true, action);
  }

  /** Runs {@code action} however the transaction ends. */
  public static void always(TransactionSynchronizationRegistry registry, Runnable action) {
    register(registry, true, true, action);
  }

  private static void register(
      TransactionSynchronizationRegistry registry,
      boolean committed,
      boolean notCommitted,
      Runnable action) {
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing before: the work belongs after the end.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED ? committed : notCommitted) {
              action.run();
            }
          }
        });
  }
}
