package nl.wijkzicht.network.boundary;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkStrength;

/**
 * What an inspector saves for a tracer's map, as a whole: who coordinates and the judged links (a
 * link without a strength is not judged and not stored).
 */
public record TracerNetworkDraft(
    Coordination coordination,
    CareRole coordinatorRole,
    Long coordinatorProviderId,
    List<LinkInput> links)
    implements Serializable {

  public TracerNetworkDraft {
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** A link between two node keys of the map, judged or not. */
  public record LinkInput(String a, String b, LinkStrength strength, String note)
      implements Serializable {}
}
