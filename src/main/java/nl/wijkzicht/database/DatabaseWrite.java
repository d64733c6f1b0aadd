package nl.wijkzicht.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a service writes its changes and learns what a refused write means. {@link
 * #flush(EntityManager, Supplier, UniqueKey...)} writes now and classifies a failure ({@link
 * #classify(Throwable)}):
 *
 * <ul>
 *   <li>a version conflict (JPA {@code OptimisticLockException}: someone else saved the row since
 *       it was read) becomes the caller's concurrent-change exception;
 *   <li>a unique-key violation (MariaDB error 1062) on a key the caller names becomes the caller's
 *       exception for that key, usually an {@code InvalidInputException} with the problem at its
 *       field (another transaction saved the same value first);
 *   <li>anything else, including a unique key the caller did not name, is rethrown as it is: the
 *       page shows the generic error and the server log has the cause. It is never reported as
 *       "someone else changed this".
 * </ul>
 */
public final class DatabaseWrite {

  /** MariaDB's (and MySQL's) error number for "Duplicate entry ... for key ...". */
  static final int DUPLICATE_KEY = 1062;

  private static final String FOR_KEY = " for key '";

  /** What a failed write was. */
  public enum Kind {
    VERSION_CONFLICT,
    DUPLICATE_KEY,
    OTHER
  }

  /**
   * A failed write's kind, and for a duplicate the unique key's name (e.g. {@code
   * uk_care_provider_agb}).
   */
  public record Failure(Kind kind, Optional<String> key) {}

  /** A unique key the caller knows, and what a duplicate on it means to the user. */
  public record UniqueKey(String name, Supplier<? extends RuntimeException> duplicate) {

    public static UniqueKey of(String name, Supplier<? extends RuntimeException> duplicate) {
      return new UniqueKey(name, duplicate);
    }
  }

  private DatabaseWrite() {}

  /**
   * Writes the pending changes now.
   *
   * @param conflict the exception for a version conflict (supplied only then; may log first)
   * @param keys the unique keys this write may break, with the exception each means
   * @throws PersistenceException anything else, unchanged
   */
  public static void flush(
      EntityManager em, Supplier<? extends RuntimeException> conflict, UniqueKey... keys) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw translate(e, conflict, keys);
    }
  }

  /**
   * The exception a failed write stands for: the caller's for a version conflict or a named unique
   * key, else the failure itself.
   */
  public static RuntimeException translate(
      RuntimeException e, Supplier<? extends RuntimeException> conflict, UniqueKey... keys) {
    Failure failure = classify(e);
    if (failure.kind() == Kind.VERSION_CONFLICT) {
      return withCause(conflict.get(), e);
    }
    if (failure.kind() == Kind.DUPLICATE_KEY) {
      for (UniqueKey key : keys) {
        if (failure.key().filter(key.name()::equalsIgnoreCase).isPresent()) {
          return withCause(key.duplicate().get(), e);
        }
      }
    }
    return e;
  }

  /** What a write's failure was, from the exception and its causes. */
  public static Failure classify(Throwable e) {
    for (Throwable cause = e; cause != null; cause = next(cause)) {
      if (cause instanceof jakarta.persistence.OptimisticLockException
          || cause.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)) {
        return new Failure(Kind.VERSION_CONFLICT, Optional.empty());
      }
      if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
        return new Failure(Kind.DUPLICATE_KEY, keyName(sql.getMessage()));
      }
    }
    return new Failure(Kind.OTHER, Optional.empty());
  }

  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  /**
   * The key in "Duplicate entry 'x' for key 'uk_name'" (MariaDB) or "... for key 'table.uk_name'"
   * (MySQL 8).
   */
  static Optional<String> keyName(String message) {
    if (message == null) {
      return Optional.empty();
    }
    int start = message.lastIndexOf(FOR_KEY);
    if (start < 0) {
      return Optional.empty();
    }
    start += FOR_KEY.length();
    int end = message.indexOf('\'', start);
    if (end < 0) {
      return Optional.empty();
    }
    String key = message.substring(start, end);
    return Optional.of(key.substring(key.lastIndexOf('.') + 1));
  }

  private static Throwable next(Throwable e) {
    Throwable cause = e.getCause();
    if (cause == null && e instanceof SQLException sql) {
      cause = sql.getNextException();
    }
    return cause == e ? null : cause;
  }

  private static RuntimeException withCause(RuntimeException translated, Throwable cause) {
    if (translated.getCause() == null && translated != cause) {
      try {
        translated.initCause(cause);
      } catch (IllegalStateException ignored) {
        // The exception was created with an explicit (null) cause; keep it as it is.
      }
    }
    return translated;
  }
}
