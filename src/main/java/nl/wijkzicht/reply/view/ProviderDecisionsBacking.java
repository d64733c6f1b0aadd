package nl.wijkzicht.reply.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.reply.boundary.DecisionService;
import nl.wijkzicht.reply.boundary.DecisionService.RemarkRow;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.LocaleBacking;

/**
 * The section "Besluiten van de inspectie op uw opmerkingen" of the provider's visit page
 * (/reply/visit.xhtml, issue 15): once the visit is final, each of the provider's remarks with the
 * decision on it and how the finding changed, and the link to the visit report PDF. Read once per
 * view through {@link DecisionService#forProvider} (own organisation only, logged).
 */
@Named
@ViewScoped
public class ProviderDecisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DecisionService decisions;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking localeBacking;

  private Long visitId;
  private List<RemarkRow> rows;

  /** Whether the visit's decisions are shown (final or published). */
  public boolean shown(VisitStatus status) {
    return status != null && DecisionService.decisionsPublic(status);
  }

  /**
   * The remarks with their decisions, read once for this visit: a provider its own (through {@link
   * DecisionService#forProvider}), staff looking at the provider's view all of them.
   */
  public List<RemarkRow> rows(long visitId, VisitStatus status) {
    if (!shown(status)) {
      return List.of();
    }
    if (rows == null || this.visitId == null || this.visitId != visitId) {
      this.visitId = visitId;
      Actor actor = currentUser.actor();
      rows =
          actor.is(Role.PROVIDER)
              ? decisions.forProvider(actor, visitId)
              : decisions.forStaff(actor, visitId);
    }
    return rows;
  }

  /** A rating level's label by its code (the history keeps codes), in the page's language. */
  public String ratingLabel(String code) {
    if (code == null || rows == null || rows.isEmpty()) {
      return "—";
    }
    return rows.get(0).getFinding().getStudy().getFrameworkVersion().getLevels().stream()
        .filter(l -> l.getCode().equals(code))
        .findFirst()
        .map(l -> l.getLabel().in(localeBacking.getLocale()))
        .orElse(code);
  }

  /** Only rating and motivation changes are shown to the provider (evidence may hold quotes). */
  public boolean isShownChange(FindingChange change) {
    return change.getField() != FindingChange.Field.EVIDENCE;
  }

  public boolean isRating(FindingChange change) {
    return change.getField() == FindingChange.Field.RATING;
  }
}
