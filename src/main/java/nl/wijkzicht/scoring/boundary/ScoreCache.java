package nl.wijkzicht.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * The last computed results of a study (per provider-kind filter), kept with the fingerprint of the
 * data they rest on ({@link ScoringSql#FINGERPRINT}). Findings change rarely compared with how
 * often dashboards, the map and explanations are read: a read whose fingerprint matches gets the
 * results without counting again; any change of a finding, visit, tracer, interview, override,
 * provider or region gives a new fingerprint and the next read computes afresh. Because every read
 * checks the fingerprint in the database, instances in a cluster never serve each other's stale
 * results. Bounded (least recently used entries leave); the lock is held only to look up or store,
 * never while computing, so two first readers may both compute (and the later one is kept).
 */
@ApplicationScoped
public class ScoreCache {

  /** Entries kept: a national study's results take a few megabytes each. */
  static final int CAPACITY = 16;

  record Key(long studyId, ProviderKind kind) {}

  private record Entry(String fingerprint, StudyScores scores) {}

  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  private long hits;
  private long misses;

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
    return entries.values().stream()
        .filter(e -> e.scores() == scores)
        .map(Entry::fingerprint)
        .findFirst();
  }

  /** Reads answered from the cache and reads that computed, since start (for docs and tests). */
  public synchronized long[] hitsAndMisses() {
    return new long[] {hits, misses};
  }
}
