package nl.wijkzicht.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.provider.entity.ProviderKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last computed results of a study (per provider-kind filter), kept with the fingerprint of the
 * data they rest on ({@link ScoringSql#FINGERPRINT}). Findings change rarely compared with how
 * often dashboards, the map and explanations are read: a read whose fingerprint matches gets the
 * results without counting again; any change of a finding, visit, tracer, interview, override,
 * provider or region gives a new fingerprint and the next read computes afresh. The fingerprint is
 * read again at once after a change on this instance and otherwise at most every {@link
 * #reuseMillis} ({@link #fingerprint}), so another cluster instance's change shows within that
 * moment. Bounded (least recently used entries leave); the lock is held only to look up or store,
 * never while computing, so two first readers may both compute (and the later one is kept).
 */
@ApplicationScoped
public class ScoreCache {

  /** Entries kept: a national study's results take a few megabytes each. */
  static final int CAPACITY = 16;

  record Key(long studyId, ProviderKind kind) {}

  /** Values derived from one study's results (a chart, the map's data) kept per results. */
  static final int DERIVED_CAPACITY = 32;

  private record Entry(String fingerprint, StudyScores scores, Map<String, Object> derived) {
    Entry(String fingerprint, StudyScores scores) {
      this(
          fingerprint,
          scores,
          new LinkedHashMap<>(DERIVED_CAPACITY, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
              return size() > DERIVED_CAPACITY;
            }
          });
    }
  }

  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  private long hits;
  private long misses;

  /**
   * How long a fingerprint read from the database is used again without reading it anew, as long as
   * this instance wrote nothing the results rest on meanwhile ({@link ChangeCounter}). The
   * statement reads every finding and interview of the study (some 20 ms of the database's time on
   * the national study, per page view of a dashboard, map or explanation); within this window a
   * change made on this instance is still seen at once, one made by another instance of a cluster
   * or by SQL outside the application after at most this long. 0: read it for every page.
   */
  @Inject
  @ConfigProperty(name = "wijkzicht.scores.fingerprint-reuse-ms", defaultValue = "1000")
  long reuseMillis;

  private record Recent(String fingerprint, long readAtNanos, long changes) {}

  private final Map<Long, Recent> recent = new ConcurrentHashMap<>();

  /**
   * The study's fingerprint: the one read less than {@link #reuseMillis} ago when this instance
   * counted no change since, else {@code read} afresh. The change count is taken before reading, so
   * a change committed while the statement runs makes the next reader read again.
   */
  public String fingerprint(long studyId, Supplier<String> read) {
    long now = System.nanoTime();
    long changes = ChangeCounter.count();
    Recent last = recent.get(studyId);
    if (last != null
        && last.changes() == changes
        && now - last.readAtNanos() < TimeUnit.MILLISECONDS.toNanos(reuseMillis)) {
      return last.fingerprint();
    }
    String fingerprint = read.get();
    recent.put(studyId, new Recent(fingerprint, now, changes));
    return fingerprint;
  }

  /** The results computed for this fingerprint, if still kept. */
  synchronized Optional<StudyScores> get(long studyId, ProviderKind kind, String fingerprint) {
    Entry entry = entries.get(new Key(studyId, kind));
    if (entry != null && entry.fingerprint().equals(fingerprint)) {
      hits++;
      return Optional.of(entry.scores());
    }
    misses++;
    return Optional.empty();
  }

  synchronized void put(long studyId, ProviderKind kind, String fingerprint, StudyScores scores) {
    entries.put(new Key(studyId, kind), new Entry(fingerprint, scores));
  }

  /**
   * The fingerprint of the data these results were computed from, while they are still kept: a key
   * for caching what is rendered from them (the dashboard's area table), which is then exactly as
   * fresh as the results. Empty for results no longer (or never) kept.
   */
  public synchronized Optional<String> fingerprintOf(StudyScores scores) {
    return entryOf(scores).map(Entry::fingerprint);
  }

  /** The entry holding these very results (not equal ones), while they are kept. */
  private Optional<Entry> entryOf(StudyScores scores) {
    return entries.values().stream().filter(e -> e.scores() == scores).findFirst();
  }

  /**
   * A value built from these results (the dashboard's chart, the map's data), built once and kept
   * with the results: {@code key} names everything else it depends on (filters, language). When the
   * data changes the results are computed afresh and the values derived from the old ones go with
   * them, so a derived value is exactly as fresh as the results. Results no longer kept give a
   * freshly built value, not kept. Built outside the lock (two first readers may both build).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(StudyScores scores, String key, Supplier<T> build) {
    Entry entry;
    synchronized (this) {
      entry = entryOf(scores).orElse(null);
      if (entry != null) {
        Object kept = entry.derived().get(key);
        if (kept != null) {
          return (T) kept;
        }
      }
    }
    T built = build.get();
    if (entry != null) {
      synchronized (this) {
        entry.derived().put(key, built);
      }
    }
    return built;
  }

  /** Reads answered from the cache and reads that computed, since start (for docs and tests). */
  public synchronized long[] hitsAndMisses() {
    return new long[] {hits, misses};
  }
}
