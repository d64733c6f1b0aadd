package nl.wijkzicht.network.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.AgreementStatus;
import nl.wijkzicht.network.entity.CareRole;

/**
 * An area's "who does what", saved as a whole: the providers per role, and per agreement kind a
 * status (null: not asked, not stored), a date and a note.
 */
public record AreaNetworkDraft(Map<CareRole, List<Long>> roles, List<AgreementInput> agreements)
    implements Serializable {

  public AreaNetworkDraft {
    roles = roles == null ? Map.of() : Map.copyOf(roles);
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
  }

  public record AgreementInput(
      AgreementKind kind, AgreementStatus status, LocalDate statusOn, String note)
      implements Serializable {}
}
