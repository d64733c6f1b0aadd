package nl.wijkzicht.fieldwork.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;

/**
 * A finding (bevinding): the rating of one norm for one scope (a visit, a tracer, or a whole study
 * area), with a motivation, the providers it concerns and the evidence behind it. One finding per
 * norm per scope; {@code @Version} keeps two inspectors from overwriting each other's rating.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "finding")
@NamedQuery(
    name = Finding.FIND_BY_SCOPE,
    query = "select f from Finding f where f.scopeKey = :scope")
@NamedQuery(
    name = Finding.FIND_BY_STUDY,
    query = "select f from Finding f where f.study.id = :studyId")
public class Finding implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_SCOPE = "Finding.findByScope";
  public static final String FIND_BY_STUDY = "Finding.findByStudy";
  public static final int MOTIVATION_LENGTH = 10_000;

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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tracer_id")
  private Tracer tracer;

  @Column(name = "scope_key", nullable = false, length = 24)
  private String scopeKey;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "norm_id")
  private FrameworkNorm norm;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "rating_level_id")
  private FrameworkRatingLevel rating;

  @Lob
  @Column(name = "motivation", nullable = false)
  private String motivation;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "finding_provider",
      joinColumns = @JoinColumn(name = "finding_id"),
      inverseJoinColumns = @JoinColumn(name = "provider_id"))
  @OrderBy("name")
  private Set<CareProvider> providers = new LinkedHashSet<>();

  @OneToMany(
      mappedBy = "finding",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<FindingEvidence> evidence = new ArrayList<>();

  protected Finding() {
    // For JPA.
  }

  public Finding(FindingScope scope, FrameworkNorm norm) {
    this.study = scope.study();
    this.area = scope.area();
    this.visit = scope.visit();
    this.tracer = scope.tracer();
    this.scopeKey = scope.key();
    this.norm = Objects.requireNonNull(norm);
  }

  /**
   * Replaces rating, motivation, providers and evidence in one go (the form is saved as a whole).
   */
  public void record(
      FrameworkRatingLevel newRating,
      String newMotivation,
      Collection<CareProvider> concerned,
      List<FindingEvidence.Draft> items,
      Instant now,
      String username) {
    this.rating = Objects.requireNonNull(newRating);
    this.motivation = newMotivation == null ? "" : newMotivation;
    providers.clear();
    providers.addAll(concerned);
    evidence.clear();
    for (FindingEvidence.Draft item : items) {
      evidence.add(new FindingEvidence(this, evidence.size(), item));
    }
    this.updatedAt = now;
    this.updatedBy = username;
  }

  /**
   * Changes only rating and motivation (a decision on a provider's remark, issue 15); providers and
   * evidence stay as they are.
   */
  public void revise(
      FrameworkRatingLevel newRating, String newMotivation, Instant now, String username) {
    this.rating = Objects.requireNonNull(newRating);
    this.motivation = newMotivation == null ? "" : newMotivation;
    this.updatedAt = now;
    this.updatedBy = username;
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

  public Visit getVisit() {
    return visit;
  }

  public Tracer getTracer() {
    return tracer;
  }

  public String getScopeKey() {
    return scopeKey;
  }

  public FrameworkNorm getNorm() {
    return norm;
  }

  public FrameworkRatingLevel getRating() {
    return rating;
  }

  public String getMotivation() {
    return motivation;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Set<CareProvider> getProviders() {
    return Collections.unmodifiableSet(providers);
  }

  public List<FindingEvidence> getEvidence() {
    return Collections.unmodifiableList(evidence);
  }
}
