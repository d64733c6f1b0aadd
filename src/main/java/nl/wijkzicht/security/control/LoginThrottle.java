package nl.wijkzicht.security.control;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

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
 *
 * <p>Where the counts live is a {@link Store}: this instance's memory ({@link #local()}), or in a
 * cluster the data grid shared by all instances ({@link GridThrottleStore}), so failures from one
 * address are counted across all of them. A store keeps an address's state as plain {@code long}s
 * (running checks, then the times of taken places in epoch milliseconds), which any grid member can
 * hold without Wijkzicht's classes.
 */
public final class LoginThrottle {

  private static final long POLL_MILLIS = 25;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Store addresses;

  /**
   * Where the state of each address is kept. {@link #compute} must be atomic per address across
   * everyone sharing the store (parallel requests cannot all pass the limit at once).
   */
  public interface Store {
    /**
     * Replaces the address's state (null when absent) with {@code update}'s result (null removes
     * it), atomically, and returns the result. {@code update} runs in the calling thread.
     */
    long[] compute(String address, UnaryOperator<long[]> update);

    /** Addresses kept (an estimate is enough). */
    int size();

    /** Applies {@code update} to every address (to drop the ones whose failures have all left). */
    void updateAll(UnaryOperator<long[]> update);
  }

  /** A store in this instance's memory (a single instance, and unit tests). */
  public static Store local() {
    ConcurrentHashMap<String, long[]> map = new ConcurrentHashMap<>();
    return new Store() {
      @Override
      public long[] compute(String address, UnaryOperator<long[]> update) {
        return map.compute(address, (a, existing) -> update.apply(existing));
      }

      @Override
      public int size() {
        return map.size();
      }

      @Override
      public void updateAll(UnaryOperator<long[]> update) {
        map.keySet().forEach(a -> map.computeIfPresent(a, (k, existing) -> update.apply(existing)));
      }
    };
  }

  /** Failed and running checks of one address; a copy of the store's state, changed then stored. */
  private static final class Places {
    private final Deque<Long> taken = new ArrayDeque<>();
    private int running;

    static Places of(long[] state) {
      Places places = new Places();
      if (state != null && state.length > 0) {
        places.running = (int) state[0];
        for (int i = 1; i < state.length; i++) {
          places.taken.addLast(state[i]);
        }
      }
      return places;
    }

    long[] state() {
      long[] state = new long[taken.size() + 1];
      state[0] = running;
      int i = 1;
      for (long at : taken) {
        state[i++] = at;
      }
      return state;
    }
  }

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this(maxFailures, window, clock, local());
  }

  public LoginThrottle(int maxFailures, Duration window, Clock clock, Store store) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "The login throttle needs at least one attempt in a positive window");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
    this.addresses = store;
  }

  /**
   * One password check that has taken its place in the address's allowance. Closing it without
   * {@link #succeeded} counts it as a failure.
   */
  public final class Attempt implements AutoCloseable {
    private final String address;
    private final long at;
    private boolean done;

    private Attempt(String address, long at) {
      this.address = address;
      this.at = at;
    }

    /** The check succeeded: it does not count as a failure. */
    public void succeeded() {
      finish(true);
    }

    /**
     * No password was checked (the account's turn did not come in time: others were checking it):
     * the place is given back and nothing counts against the address. An office behind one address
     * whose colleagues all log in at nine must not lock itself out because the server was busy.
     */
    public void notChecked() {
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
      addresses.compute(
          address,
          state -> {
            if (state == null) {
              return null; // Expired from the store meanwhile.
            }
            Places places = Places.of(state);
            places.running = Math.max(0, places.running - 1);
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
      addresses.updateAll(state -> state == null ? null : prune(Places.of(state)));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Attempt[] taken = new Attempt[1];
      boolean[] onlyRunning = new boolean[1];
      // compute() runs atomically per address: parallel requests cannot all pass the limit at once.
      addresses.compute(
          address,
          existing -> {
            Places places = Places.of(existing);
            prune(places);
            if (places.taken.size() < maxFailures) {
              long now = clock.millis();
              places.taken.addLast(now);
              places.running++;
              taken[0] = new Attempt(address, now);
            } else {
              onlyRunning[0] = places.taken.size() - places.running < maxFailures;
            }
            return places.taken.isEmpty() && places.running == 0 ? null : places.state();
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
    addresses.compute(
        address,
        state -> {
          if (state == null) {
            return null;
          }
          Places places = Places.of(state);
          long[] left = prune(places);
          size[0] = left == null ? 0 : places.taken.size();
          return left;
        });
    return size[0];
  }

  /**
   * Drops failures older than the window; the state to keep, null (remove) when nothing is left.
   */
  private long[] prune(Places places) {
    long limit = clock.instant().minus(window).toEpochMilli();
    while (!places.taken.isEmpty() && places.taken.peekFirst() < limit) {
      places.taken.removeFirst();
    }
    return places.taken.isEmpty() && places.running == 0 ? null : places.state();
  }

  /** How long a store may keep an address untouched: its failures have all left the window. */
  public Duration window() {
    return window;
  }
}
