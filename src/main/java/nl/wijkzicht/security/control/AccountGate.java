package nl.wijkzicht.security.control;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One password check at a time per username (on this instance). Parallel attempts on one account
 * queue here, holding no database connection, so the lock-out counts every failure before the next
 * check starts: thirty parallel wrong passwords give five checks and a locked account, not thirty
 * checks. Parallel right passwords (one person in several tabs, a shared training account) all
 * succeed, one after the other. A request that waits longer than the limit is refused.
 */
public final class AccountGate {

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private static final class Entry {
    private final Semaphore turn = new Semaphore(1, true);
    private int holders;
  }

  /** A turn at checking one account's password; close it when the check is recorded. */
  public interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits up to {@code wait} for this username's turn; empty when it did not come. */
  public Optional<Turn> enter(String username, Duration wait) {
    Entry entry =
        entries.compute(
            username,
            (k, e) -> {
              Entry used = e == null ? new Entry() : e;
              used.holders++;
              return used;
            });
    boolean got = false;
    try {
      got = entry.turn.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!got) {
      leave(username, entry);
      return Optional.empty();
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return Optional.of(
        () -> {
          if (open.compareAndSet(true, false)) {
            entry.turn.release();
            leave(username, entry);
          }
        });
  }

  /** Usernames with a check running or waiting (for tests: empty when all is done). */
  public int active() {
    return entries.size();
  }

  private void leave(String username, Entry entry) {
    entries.computeIfPresent(username, (k, e) -> e == entry && --e.holders == 0 ? null : e);
  }
}
