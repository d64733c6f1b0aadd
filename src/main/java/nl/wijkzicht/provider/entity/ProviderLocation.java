package nl.wijkzicht.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.database.ChangeCounter;

/** A location of a care provider: where visits take place. */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Table(name = "provider_location")
@NamedQuery(
    name = ProviderLocation.FIND_IN_MUNICIPALITY,
    query =
        "select l from ProviderLocation l join fetch l.provider where l.municipality.id = :municipalityId"
            + " order by l.provider.name, l.name")
public class ProviderLocation implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_IN_MUNICIPALITY = "ProviderLocation.findInMunicipality";
  public static final int NAME_LENGTH = 200;
  public static final int STREET_LENGTH = 200;
  public static final int CITY_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provider_id")
  private CareProvider provider;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "street", length = STREET_LENGTH)
  private String street;

  @Column(name = "postcode", length = 6)
  private String postcode;

  @Column(name = "city", length = CITY_LENGTH)
  private String city;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  protected ProviderLocation() {
    // For JPA.
  }

  ProviderLocation(
      CareProvider provider,
      String name,
      String street,
      String postcode,
      String city,
      Municipality municipality) {
    this.provider = Objects.requireNonNull(provider);
    this.name = Objects.requireNonNull(name);
    this.street = street;
    this.postcode = postcode;
    this.city = city;
    this.municipality = Objects.requireNonNull(municipality);
  }

  /** Changes what a coordinator may change; the organisation stays the same. */
  public void change(
      String name, String street, String postcode, String city, Municipality municipality) {
    this.name = Objects.requireNonNull(name);
    this.street = street;
    this.postcode = postcode;
    this.city = city;
    this.municipality = Objects.requireNonNull(municipality);
  }

  public Long getId() {
    return id;
  }

  public CareProvider getProvider() {
    return provider;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getPostcode() {
    return postcode;
  }

  /** "3995 DD", as people write it. */
  public String getPostcodeText() {
    return postcode == null ? "" : postcode.substring(0, 4) + " " + postcode.substring(4);
  }

  public String getCity() {
    return city;
  }

  public Municipality getMunicipality() {
    return municipality;
  }
}
