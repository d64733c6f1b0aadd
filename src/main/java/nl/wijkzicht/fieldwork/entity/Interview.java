package nl.wijkzicht.fieldwork.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.wijkzicht.database.ChangeCounter;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;

/**
 * A conversation with one respondent, at a visit or around a tracer, or (in a survey study, rule
 * {@code count}) one network's or organisation's response to the questionnaire, which belongs to a
 * study area and carries the survey's reference for the network ({@link #getReference()}). The
 * respondent is a role, a generated pseudonym and (for older people and carers) an age band; no
 * name is stored. Answers are saved one by one as they are typed, so an interview is a draft until
 * it is marked complete.
 */
@Entity
// Counted: the study results rest on it (ScoreCache reuses a fingerprint while nothing changed).
@EntityListeners(ChangeCounter.Listener.class)
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "interview")
@NamedQuery(
    name = Interview.FIND_BY_VISIT,
    query = "select i from Interview i where i.visit.id = :visitId order by i.heldOn, i.id")
@NamedQuery(
    name = Interview.FIND_BY_TRACER,
    query = "select i from Interview i where i.tracer.id = :tracerId order by i.heldOn, i.id")
@NamedQuery(
    name = Interview.REFERENCES_IN_STUDY,
    query =
        "select i.reference from Interview i where i.study.id = :studyId and i.reference is not null")
@NamedQuery(
    name = Interview.PSEUDONYMS_IN_STUDY,
    query =
        "select i.pseudonym from Interview i where i.study.id = :studyId and i.pseudonym like :prefix")
public class Interview implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_VISIT = "Interview.findByVisit";
  public static final String FIND_BY_TRACER = "Interview.findByTracer";
  public static final String PSEUDONYMS_IN_STUDY = "Interview.pseudonymsInStudy";
  public static final String REFERENCES_IN_STUDY = "Interview.referencesInStudy";

  /** The longest survey reference (column response_ref). */
  public static final int REFERENCE_LENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "study_id")
  private Study study;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tracer_id")
  private Tracer tracer;

  /** The area of a survey response (null for an interview at a visit or around a tracer). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "study_area_id")
  private StudyArea area;

  /** The survey's code for the network or organisation answering (survey responses only). */
  @Column(name = "response_ref", length = REFERENCE_LENGTH)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false, length = 40)
  private RespondentRole role;

  @Column(name = "pseudonym", nullable = false, length = 40)
  private String pseudonym;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", length = 20)
  private AgeBand ageBand;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "completed", nullable = false)
  private boolean completed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<InterviewAnswer> answers = new ArrayList<>();

  protected Interview() {
    // For JPA.
  }

  private Interview(
      Study study,
      Visit visit,
      Tracer tracer,
      RespondentRole role,
      String pseudonym,
      AgeBand ageBand,
      LocalDate heldOn,
      Instant now,
      String createdBy) {
    this.study = Objects.requireNonNull(study);
    this.visit = visit;
    this.tracer = tracer;
    this.role = Objects.requireNonNull(role);
    this.pseudonym = Objects.requireNonNull(pseudonym);
    this.ageBand = ageBand;
    this.heldOn = Objects.requireNonNull(heldOn);
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  public static Interview atVisit(
      Visit visit,
      RespondentRole role,
      String pseudonym,
      AgeBand ageBand,
      LocalDate heldOn,
      Instant now,
      String createdBy) {
    return new Interview(
        visit.getStudy(), visit, null, role, pseudonym, ageBand, heldOn, now, createdBy);
  }

  public static Interview aroundTracer(
      Tracer tracer,
      RespondentRole role,
      String pseudonym,
      AgeBand ageBand,
      LocalDate heldOn,
      Instant now,
      String createdBy) {
    return new Interview(
        tracer.getStudy(), null, tracer, role, pseudonym, ageBand, heldOn, now, createdBy);
  }

  /**
   * A survey response: one network's or organisation's answers, in a study area, under the survey's
   * reference for it.
   */
  public static Interview surveyResponse(
      Study study,
      StudyArea area,
      String reference,
      RespondentRole role,
      String pseudonym,
      LocalDate heldOn,
      Instant now,
      String createdBy) {
    Interview response =
        new Interview(study, null, null, role, pseudonym, null, heldOn, now, createdBy);
    response.area = Objects.requireNonNull(area);
    response.reference = Objects.requireNonNull(reference);
    return response;
  }

  public boolean isSurveyResponse() {
    return area != null;
  }

  public String getReference() {
    return reference;
  }

  public Optional<InterviewAnswer> answerTo(long questionId) {
    return answers.stream().filter(a -> a.getQuestion().getId() == questionId).findFirst();
  }

  public InterviewAnswer add(InterviewAnswer answer) {
    answers.add(answer);
    return answer;
  }

  public long getAnsweredCount() {
    return answers.stream().filter(a -> !a.isEmpty()).count();
  }

  public void complete(boolean done) {
    this.completed = done;
  }

  public void reschedule(LocalDate day) {
    this.heldOn = Objects.requireNonNull(day);
  }

  public StudyArea getArea() {
    if (area != null) {
      return area;
    }
    return visit != null ? visit.getArea() : tracer.getArea();
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

  public Visit getVisit() {
    return visit;
  }

  public Tracer getTracer() {
    return tracer;
  }

  public RespondentRole getRole() {
    return role;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public boolean isCompleted() {
    return completed;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<InterviewAnswer> getAnswers() {
    return answers;
  }
}
