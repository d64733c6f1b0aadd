package nl.wijkzicht.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payara's data grid (its embedded Hazelcast member, JNDI {@code payara/Hazelcast}), when this
 * instance is part of a cluster ({@code wijkzicht.cluster=true}); empty for a single instance (its
 * throttle and job runs stay in its own memory), with {@code --nohazelcast} or outside Payara.
 *
 * <p>Only JDK types ({@code String}, {@code long[]}) are put into the grid, so every member can
 * hold and copy them whatever application it runs.
 */
@ApplicationScoped
public class Grid {

  private static final System.Logger LOGGER = System.getLogger(Grid.class.getName());
  static final String JNDI = "payara/Hazelcast";
  static final String RUNS = "wijkzicht-job-runs";

  /**
   * Set on each instance of a cluster (WIJKZICHT_CLUSTER=true, src/cluster/cluster.sh). A single
   * instance keeps its throttle and job runs in its own memory: Payara Micro gives it a grid member
   * of its own even with --nocluster, and going through it for every login bought nothing.
   */
  @Inject
  @ConfigProperty(name = "wijkzicht.cluster", defaultValue = "false")
  boolean cluster;

  private volatile Optional<HazelcastInstance> hazelcast;

  /** The data grid, or empty when this instance has none (then everything stays local). */
  public Optional<HazelcastInstance> hazelcast() {
    Optional<HazelcastInstance> known = hazelcast;
    if (known == null) {
      synchronized (this) {
        known = hazelcast;
        if (known == null) {
          known = cluster ? lookup() : Optional.empty();
          hazelcast = known;
        }
      }
    }
    return known.filter(h -> h.getLifecycleService().isRunning());
  }

  private static Optional<HazelcastInstance> lookup() {
    try {
      Object found = new InitialContext().lookup(JNDI);
      if (found instanceof HazelcastInstance instance) {
        LOGGER.log(
            Level.INFO,
            "Data grid {0}: {1} member(s); login throttle and scheduled jobs are cluster-wide.",
            instance.getConfig().getClusterName(),
            instance.getCluster().getMembers().size());
        return Optional.of(instance);
      }
      LOGGER.log(Level.INFO, "No data grid ({0} is {1}): this instance works alone.", JNDI, found);
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOGGER.log(Level.INFO, "No data grid ({0}): this instance works alone.", String.valueOf(e));
    }
    return Optional.empty();
  }

  /**
   * Claims one run of a scheduled job for this instance: true for exactly one instance of the
   * cluster per job and {@code due} time, false for the others. Timers fire on every instance at
   * the same wall-clock time, so {@code due} is that time rounded to the minute (clocks may differ
   * by seconds, never by half a minute on NTP-synchronised machines). The claim is kept in the grid
   * for {@code keep} (longer than the clocks' difference, shorter than the interval between runs).
   * Without a grid every run is this instance's. A member lost while it runs its claim leaves that
   * one run undone; the next run (every job is written to catch up) does it.
   */
  public boolean claimRun(String job, Instant due, Duration keep) {
    Optional<HazelcastInstance> grid = hazelcast();
    return grid.isEmpty() || claimRun(grid.get(), job, due, keep);
  }

  /** {@link #claimRun(String, Instant, Duration)} on the given grid member. */
  static boolean claimRun(HazelcastInstance hazelcast, String job, Instant due, Duration keep) {
    long minute = (due.getEpochSecond() + 30) / 60;
    String key = job + "@" + minute;
    try {
      String instance = hazelcast.getCluster().getLocalMember().getUuid().toString();
      IMap<String, String> runs = hazelcast.getMap(RUNS);
      String earlier = runs.putIfAbsent(key, instance, keep.toSeconds(), TimeUnit.SECONDS);
      if (earlier != null && !earlier.equals(instance)) {
        LOGGER.log(Level.DEBUG, "{0}: run of minute {1} taken by {2}", job, minute, earlier);
        return false;
      }
      return true;
    } catch (RuntimeException e) {
      // The grid itself failing (a split, shutting down): running twice is safe for every job,
      // not running at all is not.
      LOGGER.log(Level.WARNING, "Data grid unavailable for " + job + "; running here.", e);
      return true;
    }
  }
}
