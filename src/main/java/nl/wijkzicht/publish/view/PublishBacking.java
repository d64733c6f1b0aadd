package nl.wijkzicht.publish.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.publish.boundary.PublicationRow;
import nl.wijkzicht.publish.boundary.PublishService;
import nl.wijkzicht.publish.boundary.PublishService.Scope;
import nl.wijkzicht.publish.boundary.ReportJobService;
import nl.wijkzicht.publish.control.OpenItem;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/publish.xhtml?study=N: a coordinator's publishing page. Per scope (the national report and
 * each area): the current version, what is open, the versions, the latest jobs with their progress
 * (polled while one runs, found again after a reload); publish, generate an internal PDF, withdraw
 * a version with a reason.
 */
@Named
@ViewScoped
public class PublishBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PublishService publishing;
  @Inject private ReportJobService jobs;
  @Inject private CurrentUser currentUser;

  private long studyId;
  private List<Scope> scopes;
  private Long withdrawId;
  private String reason;

  public void load() {
    if (scopes != null) {
      return;
    }
    PageRequest.load(
        () -> {
          studyId = PageRequest.requiredId("study");
          refresh();
        });
  }

  /** The poll while a job runs. */
  public void refresh() {
    scopes = publishing.overview(currentUser.actor(), studyId);
  }

  public void publish(Scope scope) {
    try {
      publishing.publish(currentUser.actor(), studyId, scope.areaId());
      Messages.info("publish.started", scope.label());
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    refresh();
  }

  public void generate(Scope scope) {
    try {
      jobs.start(currentUser.actor(), studyId, scope.areaId(), JobPurpose.DOWNLOAD);
      Messages.info("publish.generating", scope.label());
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    refresh();
  }

  public void withdraw() {
    if (withdrawId == null) {
      Messages.errorAt("withdrawForm:version", "publish.withdraw.choose");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      var p = publishing.withdraw(currentUser.actor(), withdrawId, reason);
      Messages.info("publish.withdrawn", p.getTitle(), p.getNumber());
      withdrawId = null;
      reason = null;
    } catch (InvalidInputException e) {
      Messages.errorsIn("withdrawForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    refresh();
  }

  /** Whether a job of this study runs (the page polls while it does). */
  public boolean isActive() {
    return scopes != null && scopes.stream().anyMatch(s -> s.isPublishing() || s.isGenerating());
  }

  public String text(OpenItem item) {
    return Messages.text(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        item.key(),
        item.arguments().toArray());
  }

  /** Every version that may be withdrawn (not withdrawn yet), for the withdraw form. */
  public List<PublicationRow> getWithdrawable() {
    return scopes.stream()
        .flatMap(s -> s.versions().stream())
        .filter(v -> !v.isWithdrawn())
        .toList();
  }

  public Scope getNational() {
    return scopes.get(0);
  }

  public List<Scope> getAreas() {
    return scopes.subList(1, scopes.size());
  }

  public long getStudyId() {
    return studyId;
  }

  public List<Scope> getScopes() {
    return scopes;
  }

  public Long getWithdrawId() {
    return withdrawId;
  }

  public void setWithdrawId(Long withdrawId) {
    this.withdrawId = withdrawId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
