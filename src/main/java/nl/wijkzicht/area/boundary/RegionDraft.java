package nl.wijkzicht.area.boundary;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.area.entity.RegionKind;

/**
 * What a coordinator fills in for a region: municipalities by id, from the newest division year.
 */
public record RegionDraft(
    String name, RegionKind kind, String description, List<Long> municipalityIds)
    implements Serializable {}
