package nl.wijkzicht.fieldwork.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import nl.wijkzicht.framework.entity.FrameworkQuestion;

/**
 * The answer to one framework question in one interview: a structured value (yes/no, option codes,
 * a number on a scale) and/or a free note. Versioned on its own, so a stale autosave of this answer
 * is refused without touching the other answers.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "interview_answer")
public class InterviewAnswer implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int VALUE_LENGTH = 400;

  /** A generous limit for notes typed during a conversation (about 10 pages). */
  public static final int NOTE_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "interview_id")
  private Interview interview;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "question_id")
  private FrameworkQuestion question;

  @Column(name = "answer_value", length = VALUE_LENGTH)
  private String value;

  @Lob
  @Column(name = "note")
  private String note;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  protected InterviewAnswer() {
    // For JPA.
  }

  public InterviewAnswer(Interview interview, FrameworkQuestion question) {
    this.interview = Objects.requireNonNull(interview);
    this.question = Objects.requireNonNull(question);
  }

  public void change(String newValue, String newNote, Instant now, String username) {
    this.value = newValue;
    this.note = newNote;
    this.updatedAt = now;
    this.updatedBy = username;
  }

  public boolean isEmpty() {
    return (value == null || value.isBlank()) && (note == null || note.isBlank());
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Interview getInterview() {
    return interview;
  }

  public FrameworkQuestion getQuestion() {
    return question;
  }

  public String getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
