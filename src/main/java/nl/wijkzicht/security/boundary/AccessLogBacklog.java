package nl.wijkzicht.security.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkzicht.security.entity.AccessLogEntry;

/**
 * Access-log entries whose own transaction did not commit (a refused action rolls back, and so does
 * the entry that records the refusal). They are written again by one background task, in its own
 * transaction, after the request's transaction has ended and given its connection back: a request
 * never holds two connections for logging, and a burst of refusals cannot drain the pool. The task
 * retries every few seconds while the database is away.
 */
@ApplicationScoped
public class AccessLogBacklog {

  private static final System.Logger LOGGER = System.getLogger(AccessLogBacklog.class.getName());
  private static final int BATCH = 200;

  /**
   * A bound for a database that stays away under a flood of refusals; beyond it entries are
   * dropped, loudly.
   */
  private static final int LIMIT = 100_000;

  private static final long RETRY_SECONDS = 5;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService executor;

  @Inject private AccessLogService accessLog;

  private final Queue<AccessLogEntry> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Object idle = new Object();

  /** Queues copies of entries that were not committed, for writing after this transaction. */
  public void add(Collection<AccessLogEntry> entries) {
    for (AccessLogEntry entry : entries) {
      if (size.incrementAndGet() > LIMIT) {
        size.decrementAndGet();
        LOGGER.log(
            Level.ERROR,
            "Access log backlog full ({0} entries): an entry for {1} {2} is lost.",
            LIMIT,
            entry.getAction(),
            entry.getObjectType());
        continue;
      }
      queue.add(entry.copy());
    }
    schedule(0);
  }

  private void schedule(long delaySeconds) {
    if (scheduled.compareAndSet(false, true)) {
      try {
        executor.schedule(this::drain, delaySeconds, TimeUnit.SECONDS);
      } catch (RejectedExecutionException e) {
        scheduled.set(false); // Shutting down: @PreDestroy writes what is left.
      }
    }
  }

  private void drain() {
    boolean failed = false;
    try {
      List<AccessLogEntry> batch;
      while (!(batch = next()).isEmpty()) {
        try {
          accessLog.write(batch);
          size.addAndGet(-batch.size());
        } catch (RuntimeException e) {
          queue.addAll(batch);
          failed = true;
          LOGGER.log(
              Level.WARNING,
              "Access log backlog: {0} entries not written yet ({1}); retrying in {2} s.",
              size.get(),
              e.getClass().getSimpleName(),
              RETRY_SECONDS);
          break;
        }
      }
    } finally {
      scheduled.set(false);
      if (!queue.isEmpty()) {
        schedule(failed ? RETRY_SECONDS : 0);
      }
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  private List<AccessLogEntry> next() {
    List<AccessLogEntry> batch = new ArrayList<>();
    AccessLogEntry entry;
    while (batch.size() < BATCH && (entry = queue.poll()) != null) {
      batch.add(entry);
    }
    return batch;
  }

  /** Entries still waiting to be written. */
  public int pending() {
    return size.get();
  }

  /** Waits until every queued entry is written (tests, shutdown); false when the time ran out. */
  public boolean awaitWritten(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (size.get() > 0 || scheduled.get()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        idle.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
      }
    }
    return true;
  }

  @PreDestroy
  void writeRest() {
    List<AccessLogEntry> rest = next();
    while (!rest.isEmpty()) {
      try {
        accessLog.write(rest);
      } catch (RuntimeException e) {
        LOGGER.log(
            Level.ERROR,
            "Access log backlog: {0} entries could not be written at shutdown.",
            size.get());
        return;
      }
      rest = next();
    }
  }
}
