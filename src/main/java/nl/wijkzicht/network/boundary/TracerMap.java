package nl.wijkzicht.network.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.network.control.CareNetwork;
import nl.wijkzicht.network.control.CareNetworks.ProviderFact;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;

/**
 * A tracer's care-network map as read: the derived network, what the inspector recorded (with its
 * version for the next save; 0 = nothing recorded yet) and the tracer's providers to choose from.
 */
public record TracerMap(
    long tracerId,
    long studyId,
    String pseudonym,
    AgeBand ageBand,
    CareNetwork network,
    long version,
    Coordination coordination,
    CareRole coordinatorRole,
    Long coordinatorProviderId,
    List<ProviderFact> providers,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {

  public TracerMap {
    providers = List.copyOf(providers);
  }
}
