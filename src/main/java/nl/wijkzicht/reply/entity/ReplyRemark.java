package nl.wijkzicht.reply.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import nl.wijkzicht.fieldwork.entity.Finding;

/**
 * A provider's remark on one finding of the visit its reply is about: a kind (factual error,
 * incomplete, disagree) and a text. Changed only through its {@link Reply} while that is a draft.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "reply_remark")
public class ReplyRemark implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reply_id")
  private Reply reply;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private RemarkKind kind;

  @Column(name = "remark_text", nullable = false, length = Reply.TEXT_LENGTH)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  protected ReplyRemark() {
    // For JPA.
  }

  ReplyRemark(
      Reply reply, Finding finding, RemarkKind kind, String text, Instant now, String username) {
    this.reply = Objects.requireNonNull(reply);
    this.finding = Objects.requireNonNull(finding);
    this.createdAt = now;
    change(kind, text, now, username);
  }

  void change(RemarkKind kind, String text, Instant now, String username) {
    this.kind = Objects.requireNonNull(kind);
    this.text = text == null ? "" : text;
    this.updatedAt = now;
    this.updatedBy = username;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Reply getReply() {
    return reply;
  }

  public Finding getFinding() {
    return finding;
  }

  public Long getFindingId() {
    return finding.getId();
  }

  public RemarkKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
