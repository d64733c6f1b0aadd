package nl.wijkzicht.fieldwork.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * One frail older person's care network, followed through an area (cliëntnetwerk, casus). Only a
 * generated pseudonym, an age band and a short profile are kept; never a name.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "tracer")
@NamedQuery(
    name = Tracer.FIND_BY_STUDY,
    query = "select t from Tracer t where t.study.id = :studyId order by t.area.id, t.pseudonym")
@NamedQuery(
    name = Tracer.COUNT_BY_STUDY,
    query = "select count(t) from Tracer t where t.study.id = :studyId")
public class Tracer implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_STUDY = "Tracer.findByStudy";
  public static final String COUNT_BY_STUDY = "Tracer.countByStudy";
  public static final int PROFILE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "study_id")
  private Study study;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "study_area_id")
  private StudyArea area;

  @Column(name = "pseudonym", nullable = false, length = 40)
  private String pseudonym;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", nullable = false, length = 20)
  private AgeBand ageBand;

  @Column(name = "profile", nullable = false, length = PROFILE_LENGTH)
  private String profile;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "tracer_provider",
      joinColumns = @JoinColumn(name = "tracer_id"),
      inverseJoinColumns = @JoinColumn(name = "provider_id"))
  @OrderBy("name")
  private Set<CareProvider> providers = new LinkedHashSet<>();

  protected Tracer() {
    // For JPA.
  }

  public Tracer(
      Study study,
      StudyArea area,
      String pseudonym,
      AgeBand ageBand,
      String profile,
      Instant now,
      String createdBy) {
    this.study = Objects.requireNonNull(study);
    this.area = Objects.requireNonNull(area);
    this.pseudonym = Objects.requireNonNull(pseudonym);
    this.ageBand = Objects.requireNonNull(ageBand);
    this.profile = profile == null ? "" : profile;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  public void involve(CareProvider provider) {
    providers.add(Objects.requireNonNull(provider));
  }

  public void describe(AgeBand band, String newProfile, Set<CareProvider> involved) {
    this.ageBand = Objects.requireNonNull(band);
    this.profile = newProfile == null ? "" : newProfile;
    providers.clear();
    providers.addAll(involved);
  }

  public Set<Long> providerIds() {
    return providers.stream().map(CareProvider::getId).collect(Collectors.toUnmodifiableSet());
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Study getStudy() {
    return study;
  }

  public StudyArea getArea() {
    return area;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public String getProfile() {
    return profile;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Set<CareProvider> getProviders() {
    return Collections.unmodifiableSet(providers);
  }
}
