package nl.wijkzicht.reply.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyData;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyPage;
import nl.wijkzicht.reply.control.AttachmentStore;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;
import nl.wijkzicht.web.UploadLimits;

/**
 * /reply/visit.xhtml?id=N: one visit's findings as the care provider reads them (rating,
 * motivation, shared evidence), the deadline, and its reply: the general text (saved when it
 * changes and with "Concept opslaan"), remarks per finding, attachments, and the submit after a
 * confirmation. After the submit, or for staff, the page is read-only.
 */
@Named
@ViewScoped
public class ReplyVisitBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
          .withZone(java.time.ZoneId.of("Europe/Amsterdam"));

  @Inject private ReplyService replies;
  @Inject private CurrentUser currentUser;

  private long visitId;
  private ReplyPage page;
  private String generalText;
  private Long expectedVersion;

  private Long remarkFinding;
  private RemarkKind remarkKind;
  private String remarkText;

  private transient Part file;
  private Long attachTo;

  public void load() {
    if (page != null) {
      return;
    }
    PageRequest.load(
        () -> {
          visitId = PageRequest.requiredId("id");
          show(replies.page(currentUser.actor(), visitId));
        });
  }

  private void show(ReplyPage shown) {
    page = shown;
    ReplyData reply = shown.reply();
    generalText = reply == null ? "" : reply.generalText();
    expectedVersion = reply == null ? null : reply.version();
  }

  private void changed(ReplyData reply) {
    page = page.withReply(reply);
    expectedVersion = reply.version();
  }

  /** Saves the general text (the button, and the field's change event as an autosave). */
  public void saveDraft() {
    try {
      changed(replies.saveDraft(currentUser.actor(), visitId, expectedVersion, generalText));
      Messages.info("reply.message.saved");
    } catch (ConcurrentChangeException e) {
      refused(e);
    } catch (InvalidInputException e) {
      Messages.errorsIn("replyForm", e);
    } catch (WijkzichtException e) {
      refused(e);
    }
  }

  public void addRemark() {
    try {
      changed(
          replies.addRemark(currentUser.actor(), visitId, remarkFinding, remarkKind, remarkText));
      remarkFinding = null;
      remarkKind = null;
      remarkText = null;
      Messages.info("reply.message.remark_added");
    } catch (InvalidInputException e) {
      Messages.errorsIn("remarkForm", e);
    } catch (WijkzichtException e) {
      refused(e);
    }
  }

  public void removeRemark(long remarkId) {
    try {
      changed(replies.removeRemark(currentUser.actor(), visitId, remarkId));
      Messages.info("reply.message.remark_removed");
    } catch (WijkzichtException e) {
      refused(e);
    }
  }

  /** Uploads the chosen file (a full post: the form is multipart). */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.errorAt("uploadForm:file", "reply.attachment.none");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    long max = UploadLimits.attachmentMaxBytes();
    if (file.getSize() > max) {
      Messages.errorAt(
          "uploadForm:file", "reply.attachment.too_large", AttachmentStore.megabytes(max));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try (InputStream in = file.getInputStream()) {
      changed(
          replies.attach(
              currentUser.actor(),
              visitId,
              attachTo == null || attachTo == 0 ? null : attachTo,
              file.getSubmittedFileName(),
              in));
      attachTo = null; // The next file goes to the general reply unless chosen otherwise.
      Messages.info("reply.message.attached");
    } catch (InvalidInputException e) {
      Messages.errorsIn("uploadForm", e);
    } catch (WijkzichtException e) {
      refused(e);
    } catch (IOException e) {
      Messages.errorAt("uploadForm:file", "reply.attachment.unreadable");
    } finally {
      file = null;
    }
  }

  public void detach(long attachmentId) {
    try {
      changed(replies.detach(currentUser.actor(), visitId, attachmentId));
      Messages.info("reply.message.detached");
    } catch (WijkzichtException e) {
      refused(e);
    }
  }

  /**
   * Submits the reply (after the confirmation dialog): read-only from now on. On success the page
   * is loaded again (post-redirect-get) with the message kept for it.
   */
  public String submit() {
    try {
      replies.submit(currentUser.actor(), visitId, expectedVersion, generalText);
      Messages.info("reply.message.submitted");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/reply/visit?faces-redirect=true&id=" + visitId;
    } catch (InvalidInputException e) {
      Messages.errorsIn("replyForm", e);
    } catch (WijkzichtException e) {
      refused(e);
    }
    return null;
  }

  /**
   * A refusal at the top; the page then shows the reply as it now is (submitted in another tab,
   * deadline passed), keeping what the user typed in the general text.
   */
  private void refused(WijkzichtException e) {
    Messages.error(e);
    FacesContext.getCurrentInstance().validationFailed();
    String typed = generalText;
    try {
      show(replies.page(currentUser.actor(), visitId));
    } catch (WijkzichtException again) {
      return;
    }
    if (page.isOpen()) {
      generalText = typed;
    }
  }

  public boolean isProvider() {
    return currentUser.actor().is(Role.PROVIDER);
  }

  /** Whether the provider can write now (its own page, open for reply). */
  public boolean isEditable() {
    return page != null && isProvider() && page.isOpen();
  }

  public String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(java.time.Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  /** A file size as the page shows it: "812 kB", "2,4 MB". */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return String.format(java.util.Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public long getMaxMegabytes() {
    return AttachmentStore.megabytes(UploadLimits.attachmentMaxBytes());
  }

  public RemarkKind[] getRemarkKinds() {
    return RemarkKind.values();
  }

  public ReplyPage getPage() {
    return page;
  }

  public String getGeneralText() {
    return generalText;
  }

  public void setGeneralText(String generalText) {
    this.generalText = generalText;
  }

  public Long getRemarkFinding() {
    return remarkFinding;
  }

  public void setRemarkFinding(Long remarkFinding) {
    this.remarkFinding = remarkFinding;
  }

  public RemarkKind getRemarkKind() {
    return remarkKind;
  }

  public void setRemarkKind(RemarkKind remarkKind) {
    this.remarkKind = remarkKind;
  }

  public String getRemarkText() {
    return remarkText;
  }

  public void setRemarkText(String remarkText) {
    this.remarkText = remarkText;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getAttachTo() {
    return attachTo;
  }

  public void setAttachTo(Long attachTo) {
    this.attachTo = attachTo;
  }
}
