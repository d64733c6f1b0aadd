package nl.wijkzicht.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Throttles password checks per network address, on top of the per-account lock-out: at most {@code
 * maxFailures} failed checks per address within {@code window}; after that the address gets no
 * password check at all until old failures leave the window. Keeps a slow password hash from being
 * used to exhaust the CPU, and makes guessing across many accounts slow (ASVS 2.2.1).
 *
 * <p>A check takes its place before the hash is computed ({@link #tryStart}), atomically, so
 * parallel requests cannot all pass the limit at once. When the places are taken by checks still
 * running (not by failures), a new check waits for them instead of being refused: twenty-five
 * colleagues behind one office address logging in at the same moment all get in. A successful check
 * gives back only its own place ({@link Attempt#succeeded}), never the address's earlier failures
 * (else one own login after every 19 guesses would allow unlimited guessing).
 */
public final class LoginThrottle {

  private static final long POLL_MILLIS = 25;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Places> addresses = new ConcurrentHashMap<>();

  /** Failed and running checks of one address; changed only inside the map's compute functions. */
  private static final class Places {
    private final Deque<Instant> taken = new ArrayDeque<>();
    private int running;
  }

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "The login throttle needs at least one attempt in a positive window");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /**
   * One password check that has taken its place in the address's allowance. Closing it without
   * {@link #succeeded} counts it as a failure.
   */
  public final class Attempt implements AutoCloseable {
    private final String address;
    private final Instant at;
    private boolean done;

    private Attempt(String address, Instant at) {
      this.address = address;
      this.at = at;
    }

    /** The check succeeded: it does not count as a failure. */
    public void succeeded() {
      finish(true);
    }

    /** The check failed: its place stays taken until it leaves the window. */
    @Override
    public void close() {
      finish(false);
    }

    private synchronized void finish(boolean success) {
      if (done) {
        return;
      }
      done = true;
      addresses.computeIfPresent(
          address,
          (a, places) -> {
            places.running--;
            if (success) {
              places.taken.removeFirstOccurrence(at);
            }
            return prune(places);
          });
    }
  }

  /** Takes a place at once, or empty; never waits (for tests of the limit itself). */
  public Optional<Attempt> tryStart(String address) {
    return tryStart(address, Duration.ZERO);
  }

  /**
   * Takes a place for one password check. Empty when the address has used its allowance on
   * failures, or when running checks still fill it after {@code wait}.
   */
  public Optional<Attempt> tryStart(String address, Duration wait) {
    if (addresses.size() > 100_000) {
      // Bound memory under a wide attack: drop addresses whose failures have all left the window.
      addresses.keySet().forEach(a -> addresses.computeIfPresent(a, (k, places) -> prune(places)));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Attempt[] taken = new Attempt[1];
      boolean[] onlyRunning = new boolean[1];
      // compute() runs atomically per address: parallel requests cannot all pass the limit at once.
      addresses.compute(
          address,
          (a, existing) -> {
            Places places = existing == null ? new Places() : existing;
            prune(places);
            if (places.taken.size() < maxFailures) {
              Instant now = clock.instant();
              places.taken.addLast(now);
              places.running++;
              taken[0] = new Attempt(address, now);
            } else {
              onlyRunning[0] = places.taken.size() - places.running < maxFailures;
            }
            return places.taken.isEmpty() && places.running == 0 ? null : places;
          });
      if (taken[0] != null) {
        return Optional.of(taken[0]);
      }
      if (!onlyRunning[0] || System.nanoTime() >= deadline) {
        return Optional.empty();
      }
      try {
        TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Failed or running checks of this address in the window (for tests and monitoring). */
  public int counted(String address) {
    int[] size = new int[1];
    addresses.computeIfPresent(
        address,
        (a, places) -> {
          Places left = prune(places);
          size[0] = left == null ? 0 : left.taken.size();
          return left;
        });
    return size[0];
  }

  /** Drops failures older than the window; null (remove) when nothing is left. */
  private Places prune(Places places) {
    Instant limit = clock.instant().minus(window);
    while (!places.taken.isEmpty() && places.taken.peekFirst().isBefore(limit)) {
      places.taken.removeFirst();
    }
    return places.taken.isEmpty() && places.running == 0 ? null : places;
  }
}
