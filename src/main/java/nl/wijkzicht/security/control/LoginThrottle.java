package nl.wijkzicht.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles password checks per network address, on top of the per-account lock-out: at most {@code
 * maxFailures} failed or still-running checks per address within {@code window}; after that the
 * address gets no password check at all until old failures leave the window. Keeps a slow password
 * hash from being used to exhaust the CPU, and makes guessing across many accounts slow (ASVS
 * 2.2.1).
 *
 * <p>A check takes its place before the hash is computed ({@link #tryStart}), atomically, so
 * parallel requests cannot all pass the limit at once; a successful login gives back only its own
 * place ({@link Attempt#succeeded}), never the address's earlier failures (else one own login after
 * every 19 guesses would allow unlimited guessing).
 */
public final class LoginThrottle {

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "The login throttle needs at least one attempt in a positive window");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** One password check that has taken its place in the address's allowance. */
  public final class Attempt {
    private final String address;
    private final Instant at;

    private Attempt(String address, Instant at) {
      this.address = address;
      this.at = at;
    }

    /** The check succeeded: it does not count as a failure. */
    public void succeeded() {
      attempts.computeIfPresent(
          address,
          (a, recent) -> {
            recent.removeFirstOccurrence(at);
            return recent.isEmpty() ? null : recent;
          });
    }
  }

  /** Takes a place for one password check, or empty when the address has used its allowance. */
  public Optional<Attempt> tryStart(String address) {
    if (attempts.size() > 100_000) {
      // Bound memory under a wide attack: drop addresses whose failures have all left the window.
      attempts
          .keySet()
          .forEach(
              a ->
                  attempts.computeIfPresent(
                      a, (k, recent) -> prune(recent).isEmpty() ? null : recent));
    }
    Attempt[] taken = new Attempt[1];
    // compute() runs atomically per address: parallel requests cannot all pass the limit at once.
    attempts.compute(
        address,
        (a, recent) -> {
          Deque<Instant> list = recent == null ? new ArrayDeque<>() : prune(recent);
          if (list.size() < maxFailures) {
            Instant now = clock.instant();
            list.addLast(now);
            taken[0] = new Attempt(address, now);
          }
          return list.isEmpty() ? null : list;
        });
    return Optional.ofNullable(taken[0]);
  }

  /** Failed or running checks of this address in the window (for tests and monitoring). */
  public int counted(String address) {
    int[] size = new int[1];
    attempts.computeIfPresent(
        address,
        (a, list) -> {
          size[0] = prune(list).size();
          return list.isEmpty() ? null : list;
        });
    return size[0];
  }

  private Deque<Instant> prune(Deque<Instant> recent) {
    Instant limit = clock.instant().minus(window);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(limit)) {
      recent.removeFirst();
    }
    return recent;
  }
}
