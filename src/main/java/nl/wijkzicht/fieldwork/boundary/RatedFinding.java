package nl.wijkzicht.fieldwork.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;

/**
 * A finding as an overview of norms shows it: its rating and motivation, read for all norms of a
 * scope in one query ({@link FindingService#overview}). The whole finding with its evidence and
 * providers is {@link FindingService#current}.
 */
public record RatedFinding(
    long id,
    long version,
    FrameworkRatingLevel rating,
    String motivation,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {

  public long getVersion() {
    return version;
  }

  public FrameworkRatingLevel getRating() {
    return rating;
  }

  public String getMotivation() {
    return motivation;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
