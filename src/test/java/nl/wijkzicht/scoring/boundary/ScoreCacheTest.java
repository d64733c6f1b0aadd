package nl.wijkzicht.scoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.MapDataTest;
import org.junit.jupiter.api.Test;

/**
 * The score cache's fingerprints, which key the dashboard's cached area table: results are known by
 * the fingerprint of the data they were computed from only while they are the kept results, so a
 * table rendered from older results is never found under a newer key.
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
}
