package nl.wijkzicht.network.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * "Who does what" in one study area: which provider fills which care role, and which agreements
 * exist. One row per area holds the version that guards the whole set; it is saved as a whole.
 */
@Entity
@Cacheable(false) // Changed concurrently by users: see the persistence unit's note.
@Table(name = "area_network")
@NamedQuery(
    name = AreaNetwork.FIND_BY_AREA,
    query = "select n from AreaNetwork n where n.studyAreaId = :areaId")
public class AreaNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_AREA = "AreaNetwork.findByArea";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "study_area_id", nullable = false, updatable = false)
  private long studyAreaId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @ElementCollection
  @CollectionTable(name = "area_network_role", joinColumns = @JoinColumn(name = "area_network_id"))
  private List<RoleAssignment> roles = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "area_network_agreement",
      joinColumns = @JoinColumn(name = "area_network_id"))
  private List<Agreement> agreements = new ArrayList<>();

  protected AreaNetwork() {
    // For JPA.
  }

  public AreaNetwork(long studyAreaId) {
    this.studyAreaId = studyAreaId;
  }

  /** Replaces roles and agreements in one go. */
  public void record(
      Collection<RoleAssignment> filled,
      Collection<Agreement> agreed,
      Instant now,
      String username) {
    roles.clear();
    roles.addAll(filled);
    agreements.clear();
    agreements.addAll(agreed);
    this.updatedAt = now;
    this.updatedBy = username;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public long getStudyAreaId() {
    return studyAreaId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<RoleAssignment> getRoles() {
    return Collections.unmodifiableList(roles);
  }

  public List<Agreement> getAgreements() {
    return Collections.unmodifiableList(agreements);
  }
}
