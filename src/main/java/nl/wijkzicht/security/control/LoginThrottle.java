package nl.wijkzicht.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles failed logins per network address, on top of the per-account lock-out: at most
 * {@code maxFailures} failures per address within {@code window}; after that the address gets no
 * password check at all until old failures leave the window. Keeps a slow password hash from being
 * used to exhaust the CPU, and makes guessing across many accounts slow (ASVS 2.2.1).
 */
public final class LoginThrottle {

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** True when this address may try a password now. */
  public boolean allows(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() < maxFailures;
    }
  }

  public void failed(String address) {
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> e.getValue().isEmpty()); // Bound memory under a wide attack.
    }
  }

  public void succeeded(String address) {
    failures.remove(address);
  }

  private void prune(Deque<Instant> recent) {
    Instant limit = clock.instant().minus(window);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(limit)) {
      recent.removeFirst();
    }
  }
}
