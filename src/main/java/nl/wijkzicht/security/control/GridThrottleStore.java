package nl.wijkzicht.security.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The login throttle's counts in the data grid, shared by all instances: one distributed map entry
 * per address ({@code long[]}: running checks, then the failure times), changed under the grid's
 * lock of that entry, so parallel logins on different instances cannot all pass the limit. Each
 * entry expires {@code window} after its last change (a member lost while it checked a password
 * leaves no place taken forever).
 */
public final class GridThrottleStore implements LoginThrottle.Store {

  static final String MAP = "wijkzicht-login-throttle";

  private final IMap<String, long[]> map;
  private final long ttlSeconds;

  public GridThrottleStore(HazelcastInstance hazelcast, Duration window) {
    this.map = hazelcast.getMap(MAP);
    this.ttlSeconds = Math.max(1, window.toSeconds());
  }

  @Override
  public long[] compute(String address, UnaryOperator<long[]> update) {
    // IMap.lock is the grid's lock of one key, held by this thread; released if this member dies.
    map.lock(address);
    try {
      long[] result = update.apply(map.get(address));
      if (result == null) {
        map.delete(address);
      } else {
        map.set(address, result, ttlSeconds, TimeUnit.SECONDS);
      }
      return result;
    } finally {
      map.unlock(address);
    }
  }

  @Override
  public int size() {
    // Entries expire by themselves: the local bound on addresses is not needed here.
    return 0;
  }

  @Override
  public void updateAll(UnaryOperator<long[]> update) {
    // Entries expire by themselves (time to live = the window).
  }
}
