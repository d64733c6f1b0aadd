package nl.wijkzicht.provider.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.database.DatabaseText;

/** A care provider organisation. */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Table(name = "care_provider")
@NamedQuery(name = CareProvider.FIND_ALL, query = "select p from CareProvider p order by p.name")
@NamedQuery(
    name = CareProvider.FIND_SERVING,
    query =
        "select distinct p from CareProvider p left join p.locations l left join p.areas a"
            + " where l.municipality.id = :municipalityId or a.id = :municipalityId order by p.name")
@NamedQuery(
    name = CareProvider.FIND_BY_NAME,
    query = "select p from CareProvider p where p.name = :name")
@NamedQuery(
    name = CareProvider.FIND_BY_AGB,
    query = "select p from CareProvider p where p.agbCode = :code order by p.name")
@NamedQuery(
    name = CareProvider.FIND_BY_KVK,
    query = "select p from CareProvider p where p.kvkNumber = :code order by p.name")
public class CareProvider implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "CareProvider.findAll";
  public static final String FIND_BY_NAME = "CareProvider.findByName";
  public static final String FIND_BY_AGB = "CareProvider.findByAgb";
  public static final String FIND_BY_KVK = "CareProvider.findByKvk";
  public static final String FIND_SERVING = "CareProvider.findServing";
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ProviderKind kind;

  @Pattern(regexp = "\\d{8}")
  @Column(name = "agb_code", length = 8)
  private String agbCode;

  @Pattern(regexp = "\\d{8}")
  @Column(name = "kvk_number", length = 8)
  private String kvkNumber;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<ProviderLocation> locations = new ArrayList<>();

  /** The municipalities this provider serves (its own locations' and any others named). */
  @ManyToMany
  @JoinTable(
      name = "provider_area",
      joinColumns = @JoinColumn(name = "provider_id"),
      inverseJoinColumns = @JoinColumn(name = "municipality_id"))
  @OrderBy("name")
  private Set<Municipality> areas = new LinkedHashSet<>();

  protected CareProvider() {
    // For JPA.
  }

  public CareProvider(
      String name, ProviderKind kind, String agbCode, String kvkNumber, boolean demo) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.agbCode = agbCode;
    this.kvkNumber = kvkNumber;
    this.demo = demo;
  }

  /** Adds a location (and serves its municipality); false if a location of that name exists. */
  public boolean addLocation(
      String locationName, String street, String postcode, String city, Municipality municipality) {
    // The same name as the unique key (provider, name) sees it: case and accents do not count.
    if (locations.stream().anyMatch(l -> DatabaseText.same(l.getName(), locationName))) {
      return false;
    }
    locations.add(new ProviderLocation(this, locationName, street, postcode, city, municipality));
    areas.add(municipality);
    return true;
  }

  /** Changes the organisation's own fields (not its locations or areas). */
  public void describe(String name, ProviderKind kind, String agbCode, String kvkNumber) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.agbCode = agbCode;
    this.kvkNumber = kvkNumber;
  }

  /** Removes a location of this organisation (its visits must have been checked by the caller). */
  public void removeLocation(ProviderLocation location) {
    locations.remove(location);
  }

  /** The served municipalities become exactly these (the caller includes its locations' ones). */
  public void replaceAreas(Set<Municipality> served) {
    areas.clear();
    areas.addAll(served);
  }

  /** By name; sorted here because a cached collection keeps insertion order, not @OrderBy. */
  public List<ProviderLocation> getLocations() {
    return locations.stream()
        .sorted(
            java.util.Comparator.comparing(
                ProviderLocation::getName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public Set<Municipality> getAreas() {
    return Collections.unmodifiableSet(areas);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public ProviderKind getKind() {
    return kind;
  }

  public String getAgbCode() {
    return agbCode;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public boolean isDemo() {
    return demo;
  }
}
