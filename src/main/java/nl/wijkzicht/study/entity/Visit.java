package nl.wijkzicht.study.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.VisitWorkflow;

/**
 * A visit to one provider location in one area of a study. Its status changes only along {@link
 * VisitWorkflow}, each change recorded with who and when; {@code @Version} makes concurrent edits
 * fail instead of overwriting each other.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "visit")
@NamedQuery(
    name = Visit.FIND_BY_STUDY,
    query = "select v from Visit v where v.study.id = :studyId order by v.date, v.id")
public class Visit implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_STUDY = "Visit.findByStudy";

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

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "location_id")
  private ProviderLocation location;

  @Column(name = "visit_date", nullable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private VisitStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** When the provider was told the findings await its reply (sent for reply). */
  @Column(name = "reply_notified_at")
  private Instant replyNotifiedAt;

  /** The last day the provider may reply (Europe/Amsterdam), fixed when it was notified. */
  @Column(name = "reply_deadline")
  private LocalDate replyDeadline;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "visit_inspector",
      joinColumns = @JoinColumn(name = "visit_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<AppUser> inspectors = new LinkedHashSet<>();

  @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("changedAt")
  private List<VisitTransition> transitions = new ArrayList<>();

  // Sign-off (issue 15): a coordinator who was not on the team, before the visit becomes final.
  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Column(name = "signed_off_by", length = 60)
  private String signedOffBy;

  @Column(name = "signed_off_by_id")
  private Long signedOffById;

  @Column(name = "signoff_note", length = VisitWorkflow.SIGN_OFF_NOTE_MAX)
  private String signOffNote;

  protected Visit() {
    // For JPA.
  }

  public Visit(
      Study study,
      StudyArea area,
      ProviderLocation location,
      LocalDate date,
      Instant now,
      String createdBy,
      String role) {
    this.study = Objects.requireNonNull(study);
    this.area = Objects.requireNonNull(area);
    this.location = Objects.requireNonNull(location);
    this.date = Objects.requireNonNull(date);
    this.createdAt = now;
    this.createdBy = createdBy;
    this.status = VisitStatus.PLANNED;
    transitions.add(
        new VisitTransition(this, null, VisitStatus.PLANNED, now, createdBy, role, null));
  }

  /** Moves to {@code target} if the workflow allows it for this role; records who and when. */
  public void moveTo(VisitStatus target, Role role, String username, Instant now) {
    moveTo(target, role, username, now, null);
  }

  /** As {@link #moveTo(VisitStatus, Role, String, Instant)}, recording why (may be null). */
  public void moveTo(VisitStatus target, Role role, String username, Instant now, String reason) {
    if (!VisitWorkflow.allows(status, target, role, isSignedOff())) {
      throw new IllegalStateException(
          "Visit " + id + ": " + status + " -> " + target + " not allowed for " + role);
    }
    transitions.add(new VisitTransition(this, status, target, now, username, role.name(), reason));
    status = target;
  }

  /**
   * Records that the provider was notified at {@code now} and may reply until {@code deadline}
   * (inclusive); also used when a coordinator reopens replying with a new deadline.
   */
  public void replyDue(Instant now, LocalDate deadline) {
    this.replyNotifiedAt = Objects.requireNonNull(now);
    this.replyDeadline = Objects.requireNonNull(deadline);
  }

  public Instant getReplyNotifiedAt() {
    return replyNotifiedAt;
  }

  public LocalDate getReplyDeadline() {
    return replyDeadline;
  }

  /**
   * Records the sign-off (who, when, an optional note); the rules are checked by the caller with
   * {@link VisitWorkflow#signOffRefusal}.
   */
  public void signOff(long userId, String username, Instant now, String note) {
    if (isSignedOff()) {
      throw new IllegalStateException("Visit " + id + " was signed off already");
    }
    this.signedOffById = userId;
    this.signedOffBy = Objects.requireNonNull(username);
    this.signedOffAt = Objects.requireNonNull(now);
    this.signOffNote = note;
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  public Long getSignedOffById() {
    return signedOffById;
  }

  public String getSignOffNote() {
    return signOffNote;
  }

  public void assign(AppUser inspector) {
    inspectors.add(Objects.requireNonNull(inspector));
  }

  public Set<Long> inspectorIds() {
    return inspectors.stream().map(AppUser::getId).collect(Collectors.toUnmodifiableSet());
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

  public ProviderLocation getLocation() {
    return location;
  }

  public LocalDate getDate() {
    return date;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public Set<AppUser> getInspectors() {
    return Collections.unmodifiableSet(inspectors);
  }

  public List<VisitTransition> getTransitions() {
    return Collections.unmodifiableList(transitions);
  }
}
