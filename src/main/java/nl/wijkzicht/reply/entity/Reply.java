package nl.wijkzicht.reply.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.study.entity.Visit;

/**
 * A care provider's reply to the findings of one visit: a general text, remarks per finding and
 * attachments. One per visit and provider (unique key {@code uk_reply_visit_provider}); a draft
 * until submitted, then read-only. {@code @Version} guards every save, so of two tabs submitting at
 * once one wins and the other gets a concurrent change.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "reply")
@NamedQuery(
    name = Reply.FIND_BY_VISIT,
    query = "select r from Reply r where r.visit.id = :visitId order by r.id")
@NamedQuery(
    name = Reply.FIND_BY_VISIT_AND_PROVIDER,
    query = "select r from Reply r where r.visit.id = :visitId and r.provider.id = :providerId")
public class Reply implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_VISIT = "Reply.findByVisit";
  public static final String FIND_BY_VISIT_AND_PROVIDER = "Reply.findByVisitAndProvider";

  /** The longest general text and remark text (characters). */
  public static final int TEXT_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provider_id")
  private CareProvider provider;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ReplyStatus status;

  @Column(name = "general_text", nullable = false, length = TEXT_LENGTH)
  private String generalText;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @OneToMany(
      mappedBy = "reply",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ReplyRemark> remarks = new ArrayList<>();

  @OneToMany(
      mappedBy = "reply",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ReplyAttachment> attachments = new ArrayList<>();

  protected Reply() {
    // For JPA.
  }

  public Reply(Visit visit, CareProvider provider, Instant now, String username) {
    this.visit = Objects.requireNonNull(visit);
    this.provider = Objects.requireNonNull(provider);
    this.status = ReplyStatus.DRAFT;
    this.generalText = "";
    this.createdAt = now;
    this.createdBy = username;
    touch(now, username);
  }

  public boolean isSubmitted() {
    return status == ReplyStatus.SUBMITTED;
  }

  /** Replaces the general text of a draft. */
  public void writeGeneralText(String text, Instant now, String username) {
    requireDraft();
    this.generalText = text == null ? "" : text;
    touch(now, username);
  }

  /** Adds a remark on a finding (the caller checked that the finding belongs to the visit). */
  public ReplyRemark addRemark(
      Finding finding, RemarkKind kind, String text, Instant now, String username) {
    requireDraft();
    ReplyRemark remark = new ReplyRemark(this, finding, kind, text, now, username);
    remarks.add(remark);
    touch(now, username);
    return remark;
  }

  /** Changes one remark's kind and text. */
  public void changeRemark(
      ReplyRemark remark, RemarkKind kind, String text, Instant now, String username) {
    requireDraft();
    requireOwn(remark);
    remark.change(kind, text, now, username);
    touch(now, username);
  }

  /** Removes a remark and the attachments on it; returns those attachments (their files go too). */
  public List<ReplyAttachment> removeRemark(ReplyRemark remark, Instant now, String username) {
    requireDraft();
    requireOwn(remark);
    List<ReplyAttachment> gone = attachments.stream().filter(a -> a.getRemark() == remark).toList();
    attachments.removeAll(gone);
    remarks.remove(remark);
    touch(now, username);
    return gone;
  }

  /** Attaches a stored file to the reply ({@code remark} null) or to one of its remarks. */
  public ReplyAttachment attach(ReplyRemark remark, ReplyAttachment.Stored file, Instant now) {
    requireDraft();
    if (remark != null) {
      requireOwn(remark);
    }
    ReplyAttachment attachment = new ReplyAttachment(this, remark, file, now);
    attachments.add(attachment);
    touch(now, file.uploadedBy());
    return attachment;
  }

  /** Removes one attachment of the draft. */
  public void detach(ReplyAttachment attachment, Instant now, String username) {
    requireDraft();
    if (!attachments.remove(attachment)) {
      throw new IllegalArgumentException(
          "Attachment " + attachment.getId() + " not in reply " + id);
    }
    touch(now, username);
  }

  /** Submits the reply: from now on read-only and time-stamped. */
  public void submit(Instant now, String username) {
    requireDraft();
    this.status = ReplyStatus.SUBMITTED;
    this.submittedAt = now;
    this.submittedBy = username;
    touch(now, username);
  }

  public Optional<ReplyRemark> remark(long remarkId) {
    return remarks.stream().filter(r -> Objects.equals(r.getId(), remarkId)).findFirst();
  }

  public Optional<ReplyAttachment> attachment(long attachmentId) {
    return attachments.stream().filter(a -> Objects.equals(a.getId(), attachmentId)).findFirst();
  }

  private void requireDraft() {
    if (isSubmitted()) {
      throw new IllegalStateException("Reply " + id + " was submitted and is read-only");
    }
  }

  private void requireOwn(ReplyRemark remark) {
    if (remark.getReply() != this) {
      throw new IllegalArgumentException("Remark " + remark.getId() + " not in reply " + id);
    }
  }

  private void touch(Instant now, String username) {
    this.updatedAt = now;
    this.updatedBy = username;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Visit getVisit() {
    return visit;
  }

  public CareProvider getProvider() {
    return provider;
  }

  public ReplyStatus getStatus() {
    return status;
  }

  public String getGeneralText() {
    return generalText;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public List<ReplyRemark> getRemarks() {
    return Collections.unmodifiableList(remarks);
  }

  public List<ReplyAttachment> getAttachments() {
    return Collections.unmodifiableList(attachments);
  }
}
