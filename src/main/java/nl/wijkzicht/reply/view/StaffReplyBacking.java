package nl.wijkzicht.reply.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyPage;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * The reply section of /study/visit.xhtml (staff): the submitted reply (general text, remarks per
 * finding, attachments), the reopenings, and for coordinators the form that reopens replying with a
 * new deadline and a reason. Loaded when the section renders, after the visit page's own load has
 * checked the visit.
 */
@Named
@ViewScoped
public class StaffReplyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReplyService replies;
  @Inject private CurrentUser currentUser;

  private ReplyPage page;
  private LocalDate newDeadline;
  private String reason;

  /** The reply page data for the visit of this request's {@code id}; null if not readable. */
  public ReplyPage getPage() {
    if (page == null) {
      PageRequest.id("id").ifPresent(this::reload);
    }
    return page;
  }

  private void reload(long visitId) {
    try {
      page = replies.page(currentUser.actor(), visitId);
    } catch (WijkzichtException e) {
      page = null;
    }
  }

  /** Whether this user may reopen replying now (a coordinator, visit waiting for its reply). */
  public boolean isMayReopen() {
    return getPage() != null
        && page.status() == VisitStatus.SENT_FOR_REPLY
        && AccessPolicy.mayReopenReply(currentUser.actor());
  }

  /** Reopens replying; on success the visit page is shown again (with its new deadline). */
  public String reopen() {
    try {
      replies.reopen(currentUser.actor(), page.visitId(), page.visitVersion(), newDeadline, reason);
      Messages.info("reply.reopen.done", ReplyVisitBacking.DATE.format(newDeadline));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/study/visit?faces-redirect=true&id=" + page.visitId();
    } catch (InvalidInputException e) {
      Messages.errorsIn("reopenForm", e);
    } catch (ConcurrentChangeException e) {
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
      reload(page.visitId());
    } catch (WijkzichtException e) {
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
    }
    return null;
  }

  public String date(LocalDate date) {
    return date == null ? "" : ReplyVisitBacking.DATE.format(date);
  }

  public String dateTime(java.time.Instant at) {
    return at == null ? "" : ReplyVisitBacking.DATE_TIME.format(at);
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(LocalDate newDeadline) {
    this.newDeadline = newDeadline;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMax() {
    return nl.wijkzicht.reply.entity.ReplyReopening.REASON_LENGTH;
  }
}
