package nl.wijkzicht.provider.boundary;

import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * What a coordinator fills in to register or change a care provider: the organisation, the
 * municipalities it serves besides its locations' ones (CBS codes), and all its locations (the ones
 * left out of a change are removed).
 */
public record ProviderDraft(
    String name,
    ProviderKind kind,
    String agbCode,
    String kvkNumber,
    List<String> areaCodes,
    List<LocationDraft> locations)
    implements Serializable {

  /** A location; id null for a new one. The municipality is a CBS code (GMxxxx). */
  public record LocationDraft(
      Long id, String name, String street, String postcode, String city, String municipalityCode)
      implements Serializable {}
}
