package nl.wijkzicht.network.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.network.control.CareNetworks.ProviderFact;
import nl.wijkzicht.network.control.WhoDoesWhat;

/**
 * An area's "who does what" as read: the arrangement, its version for the next save (0 = nothing
 * saved yet), who saved last, and the area's providers to pick from.
 */
public record AreaOverview(
    long studyId,
    long areaId,
    String areaLabel,
    WhoDoesWhat who,
    long version,
    String updatedBy,
    Instant updatedAt,
    List<ProviderFact> choice)
    implements Serializable {

  public AreaOverview {
    choice = List.copyOf(choice);
  }
}
