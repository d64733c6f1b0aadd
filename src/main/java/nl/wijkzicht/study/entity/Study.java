package nl.wijkzicht.study.entity;

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
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.security.entity.AppUser;

/**
 * A study (onderzoek): title, period, the framework version it uses, its areas and its inspectors.
 * The period must be a real interval (end not before start); areas are unique per study.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Table(name = "study")
@NamedQuery(
    name = Study.FIND_ALL,
    query = "select s from Study s order by s.startsOn desc, s.title")
@NamedQuery(
    name = Study.FIND_BY_INSPECTOR,
    query =
        "select s from Study s join s.inspectors i where i.id = :userId order by s.startsOn desc, s.title")
@NamedQuery(name = Study.FIND_BY_TITLE, query = "select s from Study s where s.title = :title")
public class Study implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "Study.findAll";
  public static final String FIND_BY_INSPECTOR = "Study.findByInspector";
  public static final String FIND_BY_TITLE = "Study.findByTitle";
  public static final int TITLE_LENGTH = 200;

  /** The reply period unless the study sets another: 10 working days, as IGJ gave providers. */
  public static final int DEFAULT_REPLY_WORKING_DAYS = 10;

  /** Small-cell protection (issue 16): the default and the range of the minimum cell size. */
  public static final int DEFAULT_MIN_CELL_SIZE = 5;

  public static final int MAX_MIN_CELL_SIZE = 100;

  /** The longest reply period a study may set (three months of working days). */
  public static final int MAX_REPLY_WORKING_DAYS = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotBlank
  @Size(max = TITLE_LENGTH)
  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @NotNull
  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "framework_version_id")
  private FrameworkVersion frameworkVersion;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  /** The providers' reply period in working days (issue 15), counted from notification. */
  @Column(name = "reply_working_days", nullable = false)
  private int replyWorkingDays = DEFAULT_REPLY_WORKING_DAYS;

  /**
   * Published figures resting on fewer providers or respondents than this are suppressed
   * (docs/reports.md, "Small cells").
   */
  @Column(name = "min_cell_size", nullable = false)
  private int minCellSize = DEFAULT_MIN_CELL_SIZE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  /**
   * Lazy: a national study has 342 areas, each with its municipality. Loaded eagerly, every
   * transaction that touched a study (an autosave reads the interview, and with it its study)
   * copied all of them into its unit of work, and every entity kept in a view held them
   * (docs/performance.md, "Load"). EclipseLink loads a lazy collection on first use, also after the
   * transaction has ended.
   */
  @OneToMany(
      mappedBy = "study",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @jakarta.persistence.OrderBy("id")
  private List<StudyArea> areas = new ArrayList<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "study_inspector",
      joinColumns = @JoinColumn(name = "study_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<AppUser> inspectors = new LinkedHashSet<>();

  protected Study() {
    // For JPA.
  }

  public Study(
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      FrameworkVersion frameworkVersion,
      boolean demo,
      Instant createdAt,
      String createdBy) {
    this.title = Objects.requireNonNull(title);
    this.frameworkVersion = Objects.requireNonNull(frameworkVersion);
    this.demo = demo;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    reschedule(startsOn, endsOn);
  }

  /** Sets the period; the end may not lie before the start. */
  public final void reschedule(LocalDate start, LocalDate end) {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException("A study ends on or after the day it starts");
    }
    this.startsOn = start;
    this.endsOn = end;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** Adds an area; false if the study already has it. */
  public boolean addArea(Municipality municipality, String districtCode, String districtName) {
    if (areas.stream().anyMatch(a -> a.sameAs(municipality, districtCode))) {
      return false;
    }
    areas.add(new StudyArea(this, municipality, districtCode, districtName));
    return true;
  }

  public void assign(AppUser inspector) {
    inspectors.add(Objects.requireNonNull(inspector));
  }

  public void unassign(AppUser inspector) {
    inspectors.remove(inspector);
  }

  public int getReplyWorkingDays() {
    return replyWorkingDays;
  }

  public void setReplyWorkingDays(int days) {
    if (days < 1 || days > MAX_REPLY_WORKING_DAYS) {
      throw new IllegalArgumentException("reply working days out of range: " + days);
    }
    this.replyWorkingDays = days;
  }

  public int getMinCellSize() {
    return minCellSize;
  }

  public void setMinCellSize(int size) {
    if (size < 1 || size > MAX_MIN_CELL_SIZE) {
      throw new IllegalArgumentException("minimum cell size out of range: " + size);
    }
    this.minCellSize = size;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Objects.requireNonNull(title);
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public FrameworkVersion getFrameworkVersion() {
    return frameworkVersion;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<StudyArea> getAreas() {
    return Collections.unmodifiableList(areas);
  }

  public Set<AppUser> getInspectors() {
    return Collections.unmodifiableSet(inspectors);
  }
}
