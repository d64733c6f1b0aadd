package nl.wijkzicht.fieldwork.view;

import java.io.Serializable;
import java.time.LocalDate;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.study.control.VisitWorkflow;

/**
 * What the interview page shows of its interview, copied out of the entity when the page loads.
 *
 * <p>The view-scoped {@link InterviewBacking} keeps this instead of the {@code Interview} entity:
 * an entity drags its study along (with the study's 342 areas and their municipalities on a
 * national study) and, through its relations, the unit of work it was read in. Kept in every open
 * view of every session, that filled a 512 MB heap within two minutes at 200 users
 * (docs/performance.md, "Load"); this is a few hundred bytes, and it is what a replicated session
 * carries.
 */
public final class InterviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long version;
  private final String pseudonym;
  private final AgeBand ageBand;
  private final LocalDate heldOn;
  private final RespondentRole role;
  private final String reference;
  private final boolean completed;
  private final boolean surveyResponse;
  private final boolean editable;
  private final long studyId;
  private final String studyTitle;
  private final Long areaId;
  private final String areaLabel;
  private final String backOutcome;
  private final long backId;

  /**
   * The breadcrumb's visit (provider – location) or tracer pseudonym; null for a survey response.
   */
  private final String visitLabel;

  private final String tracerPseudonym;

  private InterviewView(Interview interview) {
    this.id = interview.getId();
    this.version = interview.getVersion();
    this.pseudonym = interview.getPseudonym();
    this.ageBand = interview.getAgeBand();
    this.heldOn = interview.getHeldOn();
    this.role = interview.getRole();
    this.reference = interview.getReference();
    this.completed = interview.isCompleted();
    this.surveyResponse = interview.isSurveyResponse();
    this.studyId = interview.getStudy().getId();
    this.studyTitle = interview.getStudy().getTitle();
    var area = interview.getArea();
    this.areaId = area == null ? null : area.getId();
    this.areaLabel = area == null ? null : area.getLabel();
    var visit = interview.getVisit();
    this.editable = !completed && (visit == null || VisitWorkflow.fieldworkOpen(visit.getStatus()));
    if (surveyResponse) {
      this.backOutcome = "/survey/results";
      this.backId = studyId;
      this.visitLabel = null;
      this.tracerPseudonym = null;
    } else if (visit != null) {
      this.backOutcome = "/study/visit";
      this.backId = visit.getId();
      var location = visit.getLocation();
      this.visitLabel = location.getProvider().getName() + " – " + location.getName();
      this.tracerPseudonym = null;
    } else {
      this.backOutcome = "/study/tracer";
      this.backId = interview.getTracer().getId();
      this.visitLabel = null;
      this.tracerPseudonym = interview.getTracer().getPseudonym();
    }
  }

  /** Copies what the page needs; call while the entity's relations can still be read. */
  public static InterviewView of(Interview interview) {
    return new InterviewView(interview);
  }

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
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

  public RespondentRole getRole() {
    return role;
  }

  public String getReference() {
    return reference;
  }

  public boolean isCompleted() {
    return completed;
  }

  public boolean isSurveyResponse() {
    return surveyResponse;
  }

  /** Answers can change while the interview is a draft and its visit's fieldwork is open. */
  public boolean isEditable() {
    return editable;
  }

  public long getStudyId() {
    return studyId;
  }

  public String getStudyTitle() {
    return studyTitle;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getAreaLabel() {
    return areaLabel;
  }

  public String getBackOutcome() {
    return backOutcome;
  }

  public long getBackId() {
    return backId;
  }

  String visitLabel() {
    return visitLabel;
  }

  String tracerPseudonym() {
    return tracerPseudonym;
  }
}
