package nl.wijkzicht.scoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.MapDataTest;
import org.junit.jupiter.api.Test;

/**
 * The score cache's fingerprints, which key the dashboard's cached area table: results are known by
 * the fingerprint of the data they were computed from only while they are the kept results, so a
 * table rendered from older results is never found under a newer key; values derived from results
 * (the chart, the map's data) live and go with them.
 */
class ScoreCacheTest {

  @Test
  void keptResultsAreKnownByTheirFingerprintAndReplacedOnesNoLonger() {
    ScoreCache cache = new ScoreCache();
    StudyScores first = MapDataTest.scores();
    StudyScores second = MapDataTest.scores();
    assertThat(cache.fingerprintOf(first)).isEmpty();

    cache.put(5, null, "f1", first);
    assertThat(cache.fingerprintOf(first)).contains("f1");
    // Equal content is not enough: the key belongs to the very results that were kept.
    assertThat(cache.fingerprintOf(second)).isEmpty();

    cache.put(5, null, "f2", second); // A finding changed: new fingerprint, new results.
    assertThat(cache.fingerprintOf(second)).contains("f2");
    assertThat(cache.fingerprintOf(first)).isEmpty();
    assertThat(cache.get(5, null, "f1")).isEmpty();

    // Per provider-kind filter its own entry and fingerprint.
    StudyScores practices = MapDataTest.scores();
    cache.put(5, ProviderKind.values()[0], "f2", practices);
    assertThat(cache.fingerprintOf(practices)).contains("f2");
    assertThat(cache.fingerprintOf(second)).contains("f2");
  }

  @Test
  void resultsThatLeftTheBoundedCacheHaveNoFingerprint() {
    ScoreCache cache = new ScoreCache();
    StudyScores oldest = MapDataTest.scores();
    cache.put(1, null, "f", oldest);
    for (int study = 2; study <= ScoreCache.CAPACITY + 1; study++) {
      cache.put(study, null, "f", MapDataTest.scores());
    }
    assertThat(cache.fingerprintOf(oldest)).isEmpty();
  }

  @Test
  void aDerivedValueIsBuiltOncePerResultsAndKeyAndGoesWithTheResults() {
    ScoreCache cache = new ScoreCache();
    java.util.concurrent.atomic.AtomicInteger builds =
        new java.util.concurrent.atomic.AtomicInteger();
    StudyScores first = MapDataTest.scores();
    cache.put(5, null, "f1", first);

    assertThat(cache.derived(first, "chart|nl", () -> "chart " + builds.incrementAndGet()))
        .isEqualTo("chart 1");
    assertThat(cache.derived(first, "chart|nl", () -> "chart " + builds.incrementAndGet()))
        .as("kept for the same results and key")
        .isEqualTo("chart 1");
    assertThat(cache.derived(first, "chart|en", () -> "chart " + builds.incrementAndGet()))
        .as("another key (language) is built on its own")
        .isEqualTo("chart 2");

    StudyScores second = MapDataTest.scores();
    cache.put(5, null, "f2", second); // A finding changed: new results.
    assertThat(cache.derived(second, "chart|nl", () -> "chart " + builds.incrementAndGet()))
        .as("new results: built afresh, never the old chart")
        .isEqualTo("chart 3");
    assertThat(cache.derived(first, "chart|nl", () -> "chart " + builds.incrementAndGet()))
        .as("results no longer kept: built, not kept")
        .isEqualTo("chart 4");
    assertThat(cache.derived(first, "chart|nl", () -> "chart " + builds.incrementAndGet()))
        .isEqualTo("chart 5");
  }

  @Test
  void derivedValuesPerResultsAreBounded() {
    ScoreCache cache = new ScoreCache();
    StudyScores scores = MapDataTest.scores();
    cache.put(5, null, "f1", scores);
    for (int i = 0; i <= ScoreCache.DERIVED_CAPACITY; i++) {
      int n = i;
      cache.derived(scores, "key " + i, () -> "value " + n);
    }
    assertThat(cache.derived(scores, "key 0", () -> "rebuilt"))
        .as("the least recently used value left")
        .isEqualTo("rebuilt");
    assertThat(cache.derived(scores, "key " + ScoreCache.DERIVED_CAPACITY, () -> "rebuilt"))
        .isEqualTo("value " + ScoreCache.DERIVED_CAPACITY);
  }

  @Test
  void aFingerprintIsReadAgainAfterALocalChangeOrWhenItsMomentIsOver() throws Exception {
    ScoreCache cache = new ScoreCache();
    cache.reuseMillis = 60_000;
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<String> read = () -> "fp" + reads.incrementAndGet();

    assertThat(cache.fingerprint(7, read)).isEqualTo("fp1");
    assertThat(cache.fingerprint(7, read)).as("nothing changed: not read again").isEqualTo("fp1");
    assertThat(cache.fingerprint(8, read)).as("per study").isEqualTo("fp2");

    nl.wijkzicht.database.ChangeCounter.changed(); // A finding saved on this instance.
    assertThat(cache.fingerprint(7, read)).as("read again after a change").isEqualTo("fp3");
    assertThat(cache.fingerprint(7, read)).isEqualTo("fp3");

    cache.reuseMillis = 0; // The moment is over (or reuse switched off): read every time.
    assertThat(cache.fingerprint(7, read)).isEqualTo("fp4");
    assertThat(cache.fingerprint(7, read)).isEqualTo("fp5");
  }
}
