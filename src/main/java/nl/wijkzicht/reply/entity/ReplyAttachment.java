package nl.wijkzicht.reply.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a reply or to one of its remarks. The bytes live outside the web root under a
 * random UUID ({@code storedName}); the type was detected from the content (PDF, PNG, JPEG), the
 * SHA-256 is recorded so the file can be checked later. Never changed once stored.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "reply_attachment")
public class ReplyAttachment implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NAME_LENGTH = 255;

  /** What was stored: the facts of the file, before it belongs to a reply. */
  public record Stored(
      String originalName,
      String storedName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy)
      implements Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reply_id")
  private Reply reply;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "remark_id")
  private ReplyRemark remark;

  @Column(name = "original_name", nullable = false, length = NAME_LENGTH)
  private String originalName;

  @Column(name = "stored_name", nullable = false, length = 36)
  private String storedName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 60)
  private String uploadedBy;

  protected ReplyAttachment() {
    // For JPA.
  }

  ReplyAttachment(Reply reply, ReplyRemark remark, Stored file, Instant now) {
    this.reply = Objects.requireNonNull(reply);
    this.remark = remark;
    this.originalName = file.originalName();
    this.storedName = file.storedName();
    this.contentType = file.contentType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.uploadedAt = now;
    this.uploadedBy = file.uploadedBy();
  }

  public Long getId() {
    return id;
  }

  public Reply getReply() {
    return reply;
  }

  public ReplyRemark getRemark() {
    return remark;
  }

  /** The remark's id, or null for an attachment to the reply as a whole. */
  public Long getRemarkId() {
    return remark == null ? null : remark.getId();
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
