package nl.wijkzicht.fieldwork.entity;

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
import java.io.Serializable;
import java.util.Objects;

/** One piece of evidence for a finding: a quoted interview answer, an observation or a document. */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "finding_evidence")
public class FindingEvidence implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int DESCRIPTION_LENGTH = 2000;

  /**
   * What the form submits for one item, before it belongs to a finding. {@code shareable}: the
   * inspector lets the care provider read it during the reply (docs/reply.md); false unless ticked.
   */
  public record Draft(
      EvidenceKind kind, InterviewAnswer answer, String description, boolean shareable)
      implements Serializable {

    /** An item not shared with the provider. */
    public Draft(EvidenceKind kind, InterviewAnswer answer, String description) {
      this(kind, answer, description, false);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private EvidenceKind kind;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "answer_id")
  private InterviewAnswer answer;

  @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  /** Shown to the care provider on its reply pages (an ANSWER only as its description/quote). */
  @Column(name = "shareable", nullable = false)
  private boolean shareable;

  protected FindingEvidence() {
    // For JPA.
  }

  FindingEvidence(Finding finding, int position, Draft draft) {
    this.finding = finding;
    this.position = position;
    this.kind = Objects.requireNonNull(draft.kind());
    this.answer = draft.answer();
    this.description = draft.description() == null ? "" : draft.description();
    this.shareable = draft.shareable();
  }

  public Long getId() {
    return id;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public InterviewAnswer getAnswer() {
    return answer;
  }

  public String getDescription() {
    return description;
  }

  public boolean isShareable() {
    return shareable;
  }

  public Finding getFinding() {
    return finding;
  }

  public int getPosition() {
    return position;
  }
}
