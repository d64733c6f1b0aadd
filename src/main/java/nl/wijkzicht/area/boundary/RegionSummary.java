package nl.wijkzicht.area.boundary;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.area.entity.RegionKind;

/** One line of the region list: the region and its municipalities' names, sorted. */
public record RegionSummary(
    long id,
    String name,
    RegionKind kind,
    String description,
    boolean demo,
    List<String> municipalityNames)
    implements Serializable {

  public int getMunicipalityCount() {
    return municipalityNames.size();
  }
}
