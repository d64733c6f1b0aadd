package nl.wijkzicht.reply.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.fieldwork.view.VisitBacking;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.reply.boundary.DecisionService;
import nl.wijkzicht.reply.boundary.DecisionService.DecisionInput;
import nl.wijkzicht.reply.boundary.DecisionService.RemarkRow;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.reply.entity.RemarkDecision;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The section "Reactie van de zorgaanbieder: besluiten" of /study/visit.xhtml (issue 15): every
 * remark of the provider's submitted reply beside its finding, with the decision on it, and for the
 * visit's team a dialog to decide (accept and change the finding, or not accept with a reason).
 */
@Named
@ViewScoped
public class RemarkDecisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "decisionForm:";

  @Inject private DecisionService decisions;
  @Inject private VisitBacking visitBacking;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking localeBacking;

  private Visit visit;
  private List<RemarkRow> rows = List.of();
  private RemarkRow selected;
  private Long decisionVersion;
  private DecisionOutcome outcome;
  private String reason;
  private Long ratingId;
  private String motivation;
  private Long findingVersion;

  /** After the visit page loaded its visit (and answered 403/404 when it had to). */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getResponseComplete() || visitBacking.getVisit() == null) {
      return;
    }
    visit = visitBacking.getVisit();
    reload();
  }

  private void reload() {
    visit = visitBacking.getVisit();
    rows = hasReply(visit) ? decisions.forStaff(currentUser.actor(), visit.getId()) : List.of();
  }

  private static boolean hasReply(Visit visit) {
    return visit.getStatus() != VisitStatus.CANCELLED
        && visit.getStatus().ordinal() >= VisitStatus.REPLY_RECEIVED.ordinal();
  }

  /** Opens the decision dialog for one remark, filled with its decision or the finding as it is. */
  public void open(RemarkRow row) {
    selected = row;
    RemarkDecision decision = row.decision();
    decisionVersion = decision == null ? null : decision.getVersion();
    outcome = decision == null ? null : decision.getOutcome();
    reason = decision == null ? null : decision.getReason();
    ratingId = row.getFinding().getRating().getId();
    motivation = row.getFinding().getMotivation();
    findingVersion = row.getFinding().getVersion();
  }

  /** Records the decision; problems at their fields, a conflict as a message with a fresh list. */
  public void decide() {
    if (selected == null) {
      return;
    }
    try {
      decisions.decide(
          currentUser.actor(),
          selected.remark().getId(),
          decisionVersion,
          new DecisionInput(outcome, reason, ratingId, motivation, findingVersion));
      Messages.info("decision.saved", selected.getFinding().getNorm().getCode());
      selected = null;
      PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
      visitBacking.refresh();
      reload();
    } catch (InvalidInputException e) {
      Messages.errorsAt(
          e.getProblems(),
          field ->
              switch (field == null ? "" : field) {
                case "outcome", "reason", "rating", "motivation" -> FORM + field;
                default -> null;
              });
      FacesContext.getCurrentInstance().validationFailed();
    } catch (ConcurrentChangeException e) {
      // Someone else decided (or changed the finding) first: show theirs, keep this input.
      Messages.error(e);
      visitBacking.refresh();
      reload();
      rows.stream()
          .filter(r -> r.remark().getId().equals(selected.remark().getId()))
          .findFirst()
          .ifPresent(
              r -> {
                selected = r;
                decisionVersion = r.decision() == null ? null : r.decision().getVersion();
                findingVersion = r.getFinding().getVersion();
              });
      FacesContext.getCurrentInstance().validationFailed();
    } catch (WijkzichtException e) {
      Messages.error(e);
      selected = null;
      PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
      visitBacking.refresh();
      reload();
    }
  }

  public boolean isMayDecide() {
    return visit != null && DecisionService.mayDecide(currentUser.actor(), visit);
  }

  public long getUndecidedCount() {
    return rows.stream().filter(r -> !r.isDecided()).count();
  }

  public boolean isShown() {
    return visit != null && hasReply(visit);
  }

  /** The label of a rating level by its code (history keeps codes), in the page's language. */
  public String ratingLabel(String code) {
    if (code == null || visit == null) {
      return "—";
    }
    Locale locale = localeBacking.getLocale();
    return visit.getStudy().getFrameworkVersion().getLevels().stream()
        .filter(l -> l.getCode().equals(code))
        .findFirst()
        .map(l -> l.getLabel().in(locale))
        .orElse(code);
  }

  /** Whether a change row is of the rating (shown with labels) rather than a text. */
  public boolean isRating(FindingChange change) {
    return change.getField() == FindingChange.Field.RATING;
  }

  public List<FrameworkRatingLevel> getLevels() {
    return visit.getStudy().getFrameworkVersion().getLevels();
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  public List<RemarkRow> getRows() {
    return rows;
  }

  public RemarkRow getSelected() {
    return selected;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getRatingId() {
    return ratingId;
  }

  public void setRatingId(Long ratingId) {
    this.ratingId = ratingId;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public int getReasonMin() {
    return RemarkDecision.REASON_MIN;
  }

  public int getReasonMax() {
    return RemarkDecision.REASON_MAX;
  }
}
