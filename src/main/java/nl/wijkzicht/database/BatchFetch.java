package nl.wijkzicht.database;

import jakarta.persistence.TypedQuery;

/**
 * Loads relationships of a list query's results in one extra query each, whatever the number of
 * results, instead of one query per result (N+1). Uses EclipseLink's batch reading by IN (query
 * hints {@code eclipselink.batch} and {@code eclipselink.batch.type}), which also applies to EAGER
 * relationships: entities that are not in the shared cache (visits, fieldwork, accounts) keep some
 * collections EAGER because they cannot be loaded lazily after their transaction ended, and without
 * a batch each of those is read with its own statement.
 */
public final class BatchFetch {

  private BatchFetch() {}

  /**
   * Adds batch reading of {@code paths} (JPQL paths from the query's variable, such as {@code
   * "f.providers"} or {@code "f.evidence.answer"}).
   */
  public static <T> TypedQuery<T> of(TypedQuery<T> query, String... paths) {
    query.setHint("eclipselink.batch.type", "IN");
    for (String path : paths) {
      query.setHint("eclipselink.batch", path);
    }
    return query;
  }
}
