package nl.wijkzicht.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** An agreement between the providers of an area, with its status as of a date and a note. */
@Embeddable
public class Agreement implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_LENGTH = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private AgreementKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AgreementStatus status;

  @Column(name = "status_on")
  private LocalDate statusOn;

  @Column(name = "note", nullable = false, length = NOTE_LENGTH)
  private String note;

  protected Agreement() {
    // For JPA.
  }

  public Agreement(AgreementKind kind, AgreementStatus status, LocalDate statusOn, String note) {
    this.kind = Objects.requireNonNull(kind);
    this.status = Objects.requireNonNull(status);
    this.statusOn = statusOn;
    this.note = note == null ? "" : note;
  }

  public AgreementKind getKind() {
    return kind;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public LocalDate getStatusOn() {
    return statusOn;
  }

  public String getNote() {
    return note;
  }
}
