package nl.wijkzicht.network.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What an inspector adds to a tracer's care-network map (everything else is derived): who
 * coordinates the care, and judgements of single links. One row per tracer, saved as a whole with a
 * version check.
 */
@Entity
@Cacheable(false) // Changed concurrently by users: see the persistence unit's note.
@Table(name = "tracer_network")
public class TracerNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "tracer_id", nullable = false, updatable = false)
  private long tracerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "coordination", nullable = false, length = 20)
  private Coordination coordination = Coordination.NOT_RECORDED;

  @Enumerated(EnumType.STRING)
  @Column(name = "coordinator_role", length = 40)
  private CareRole coordinatorRole;

  @Column(name = "coordinator_provider_id")
  private Long coordinatorProviderId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @ElementCollection
  @CollectionTable(
      name = "tracer_network_link",
      joinColumns = @JoinColumn(name = "tracer_network_id"))
  private List<LinkAssessment> links = new ArrayList<>();

  protected TracerNetwork() {
    // For JPA.
  }

  public TracerNetwork(long tracerId) {
    this.tracerId = tracerId;
  }

  /** Replaces coordinator and link judgements in one go (the form is saved as a whole). */
  public void record(
      Coordination how,
      CareRole role,
      Long providerId,
      Collection<LinkAssessment> judged,
      Instant now,
      String username) {
    this.coordination = Objects.requireNonNull(how);
    this.coordinatorRole = how == Coordination.PROFESSIONAL ? role : null;
    this.coordinatorProviderId = how == Coordination.PROFESSIONAL ? providerId : null;
    links.clear();
    links.addAll(judged);
    this.updatedAt = now;
    this.updatedBy = username;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public long getTracerId() {
    return tracerId;
  }

  public Coordination getCoordination() {
    return coordination;
  }

  public CareRole getCoordinatorRole() {
    return coordinatorRole;
  }

  public Long getCoordinatorProviderId() {
    return coordinatorProviderId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<LinkAssessment> getLinks() {
    return Collections.unmodifiableList(links);
  }
}
