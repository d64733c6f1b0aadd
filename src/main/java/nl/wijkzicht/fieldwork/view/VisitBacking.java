package nl.wijkzicht.fieldwork.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.NormRow;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewRow;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;
import org.primefaces.PrimeFaces;

/**
 * /study/visit.xhtml?id=N: one visit as the inspector works on it: its status and next steps, its
 * interviews (start a new one), and every norm with its rating so far, the unrated ones counted.
 */
@Named
@ViewScoped
public class VisitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitService visits;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private CurrentUser currentUser;

  private Visit visit;
  private List<InterviewRow> visitInterviews = List.of();
  private List<NormRow> norms = List.of();
  private InterviewStartForm start;
  private VisitStatus pendingStep;
  private String reason;
  private String signOffNote;

  private static final String REASON_FIELD = "stepForm:reason";

  public void load() {
    if (visit != null) {
      return;
    }
    PageRequest.load(
        () -> {
          long id = PageRequest.requiredId("id");
          visit = visits.get(currentUser.actor(), id);
          start = new InterviewStartForm(visit.getDate());
          start.offer(interviews.rolesWithQuestions(visit.getStudy()));
          reload();
        });
  }

  private void reload() {
    visitInterviews = interviews.rowsForVisit(currentUser.actor(), visit.getId());
    norms = findings.overview(currentUser.actor(), scope());
  }

  /** Reads the visit and its findings again (after a decision changed a finding, issue 15). */
  public void refresh() {
    visit = visits.get(currentUser.actor(), visit.getId());
    reload();
  }

  public ScopeRef scope() {
    return new ScopeRef(ScopeKind.VISIT, visit.getId(), visit.getStudy().getId());
  }

  public String startInterview() {
    return start.submit(
        (role, band, day) ->
            interviews.startAtVisit(currentUser.actor(), visit.getId(), role, band, day));
  }

  /** A forward step: done at once. Steps that need a reason go through {@link #ask}. */
  public void moveTo(VisitStatus target) {
    try {
      visit = visits.moveTo(currentUser.actor(), visit.getId(), visit.getVersion(), target);
      Messages.info("study_visits.message.moved", nl.wijkzicht.TextKey.of(target));
    } catch (WijkzichtException e) {
      Messages.error(e);
      visit = visits.get(currentUser.actor(), visit.getId());
    }
    reload();
  }

  /** Opens the confirmation dialog for a step that needs a reason (cancelling, stepping back). */
  public void ask(VisitStatus target) {
    pendingStep = target;
    reason = null;
  }

  /** The confirmed step with its reason; a missing reason is shown at the reason field. */
  public void confirm() {
    if (pendingStep == null) {
      return;
    }
    try {
      visit =
          visits.moveTo(
              currentUser.actor(), visit.getId(), visit.getVersion(), pendingStep, reason);
      Messages.info("study_visits.message.moved", nl.wijkzicht.TextKey.of(pendingStep));
      pendingStep = null;
      reason = null;
      PrimeFaces.current().executeScript("PF('stepDialog').hide()");
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), field -> "reason".equals(field) ? REASON_FIELD : null);
      return;
    } catch (WijkzichtException e) {
      Messages.error(e);
      pendingStep = null;
      visit = visits.get(currentUser.actor(), visit.getId());
      PrimeFaces.current().executeScript("PF('stepDialog').hide()");
    }
    reload();
  }

  /** Whether this step is confirmed with a reason in a dialog rather than done at once. */
  public boolean needsReason(VisitStatus target) {
    return VisitWorkflow.needsReason(visit.getStatus(), target);
  }

  /** The button text for a step: what it does ("Bezoek starten"), not the status it leads to. */
  public String stepKey(VisitStatus target) {
    return VisitWorkflow.stepKey(visit.getStatus(), target);
  }

  /**
   * Whether this user is offered the sign-off: a coordinator or admin outside the visit's team, the
   * reply in, not signed off yet (remarks still undecided are refused by the service, with a
   * message).
   */
  public boolean isSignOffOffered() {
    var actor = currentUser.actor();
    return actor.role().isPresent()
        && VisitWorkflow.signOffRefusal(
                visit.getStatus(),
                actor.role().get(),
                visit.inspectorIds().contains(actor.userId()),
                visit.isSignedOff(),
                0)
            .isEmpty();
  }

  /** Signs the visit off with the optional note; refusals and a stale version as messages. */
  public void signOff() {
    try {
      visit = visits.signOff(currentUser.actor(), visit.getId(), visit.getVersion(), signOffNote);
      signOffNote = null;
      Messages.info("visit.signoff.done");
      PrimeFaces.current().executeScript("PF('signOffDialog').hide()");
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), field -> "note".equals(field) ? "signOffForm:note" : null);
      return;
    } catch (WijkzichtException e) {
      Messages.error(e);
      visit = visits.get(currentUser.actor(), visit.getId());
      PrimeFaces.current().executeScript("PF('signOffDialog').hide()");
    }
    reload();
  }

  public String getSignOffNote() {
    return signOffNote;
  }

  public void setSignOffNote(String signOffNote) {
    this.signOffNote = signOffNote;
  }

  public int getSignOffNoteMax() {
    return VisitWorkflow.SIGN_OFF_NOTE_MAX;
  }

  public VisitStatus getPendingStep() {
    return pendingStep;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMax() {
    return VisitWorkflow.REASON_MAX;
  }

  public List<VisitStatus> getNextSteps() {
    return List.copyOf(visits.nextSteps(currentUser.actor(), visit));
  }

  /**
   * Whether this user may change the visit's findings now: open fieldwork, or after the reply and
   * before the sign-off for the visit's own team (issue 15).
   */
  public boolean isFindingsEditable() {
    return isOpen()
        || (VisitWorkflow.findingsRevisable(visit.getStatus(), visit.isSignedOff())
            && visit.inspectorIds().contains(currentUser.actor().userId()));
  }

  public boolean isOpen() {
    return VisitWorkflow.fieldworkOpen(visit.getStatus());
  }

  public long getUnratedCount() {
    return norms.stream().filter(r -> !r.isRated()).count();
  }

  public Visit getVisit() {
    return visit;
  }

  public List<InterviewRow> getInterviews() {
    return visitInterviews;
  }

  public List<NormRow> getNorms() {
    return norms;
  }

  public InterviewStartForm getStart() {
    return start;
  }
}
