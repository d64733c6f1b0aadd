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
import nl.wijkzicht.study.entity.Visit;
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

  private Visit visit;
  private List<RemarkRow> rows;

  /** Whether the visit's decisions are shown (final or published). */
  public boolean shown(Visit visit) {
    return visit != null && DecisionService.decisionsPublic(visit.getStatus());
  }

  /** The provider's remarks with their decisions, read once for this visit. */
  public List<RemarkRow> rows(Visit visit) {
    if (!shown(visit)) {
      return List.of();
    }
    if (rows == null || this.visit == null || !this.visit.getId().equals(visit.getId())) {
      this.visit = visit;
      rows = decisions.forProvider(currentUser.actor(), visit.getId());
    }
    return rows;
  }

  /** A rating level's label by its code (the history keeps codes), in the page's language. */
  public String ratingLabel(String code) {
    if (code == null || visit == null) {
      return "—";
    }
    return visit.getStudy().getFrameworkVersion().getLevels().stream()
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
