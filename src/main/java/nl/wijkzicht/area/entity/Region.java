package nl.wijkzicht.area.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.database.ChangeCounter;

/**
 * A named grouping of municipalities used to compare results (a GGD region, a network's own
 * region).
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Table(name = "region")
@NamedQuery(name = Region.FIND_ALL, query = "select r from Region r order by r.name")
@NamedQuery(name = Region.FIND_BY_NAME, query = "select r from Region r where r.name = :name")
@NamedQuery(
    name = Region.FIND_ALL_WITH_MUNICIPALITIES,
    query = "select distinct r from Region r left join fetch r.municipalities order by r.name")
public class Region implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "Region.findAll";
  public static final String FIND_BY_NAME = "Region.findByName";
  public static final String FIND_ALL_WITH_MUNICIPALITIES = "Region.findAllWithMunicipalities";
  public static final int NAME_LENGTH = 120;
  public static final int DESCRIPTION_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", nullable = false, length = NAME_LENGTH, unique = true)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private RegionKind kind;

  @Size(max = DESCRIPTION_LENGTH)
  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  @ManyToMany
  @JoinTable(
      name = "region_municipality",
      joinColumns = @JoinColumn(name = "region_id"),
      inverseJoinColumns = @JoinColumn(name = "municipality_id"))
  @OrderBy("name")
  private Set<Municipality> municipalities = new LinkedHashSet<>();

  protected Region() {
    // For JPA.
  }

  public Region(String name, RegionKind kind, String description, boolean demo) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.description = description;
    this.demo = demo;
  }

  public void add(Municipality municipality) {
    municipalities.add(Objects.requireNonNull(municipality));
  }

  /** Changes what the region is called and what it is; the caller has checked the values. */
  public void describe(String name, RegionKind kind, String description) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.description = description;
  }

  /** Makes these municipalities (and only these) the region's members. */
  public void replaceMunicipalities(Collection<Municipality> members) {
    municipalities.clear();
    members.forEach(this::add);
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

  public RegionKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  /** True for regions of the fictitious demo data set. */
  public boolean isDemo() {
    return demo;
  }

  /**
   * The members by name. Sorted here rather than trusting {@code @OrderBy}: that holds only when
   * the collection is read from the database, not for a copy changed in memory or in the shared
   * cache.
   */
  public Set<Municipality> getMunicipalities() {
    Set<Municipality> byName =
        municipalities.stream()
            .sorted(
                Comparator.comparing(Municipality::getName).thenComparing(Municipality::getCbsCode))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return Collections.unmodifiableSet(byName);
  }
}
