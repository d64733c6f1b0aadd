package nl.wijkzicht.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * An inspector's judgement of the link between two members of a care network, named by their node
 * keys (smaller key first, so a link has one spelling).
 */
@Embeddable
public class LinkAssessment implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_LENGTH = 500;

  @Column(name = "node_a", nullable = false, length = 60)
  private String nodeA;

  @Column(name = "node_b", nullable = false, length = 60)
  private String nodeB;

  @Enumerated(EnumType.STRING)
  @Column(name = "strength", nullable = false, length = 20)
  private LinkStrength strength;

  @Column(name = "note", nullable = false, length = NOTE_LENGTH)
  private String note;

  protected LinkAssessment() {
    // For JPA.
  }

  public LinkAssessment(String one, String other, LinkStrength strength, String note) {
    boolean ordered = one.compareTo(other) <= 0;
    this.nodeA = ordered ? one : other;
    this.nodeB = ordered ? other : one;
    this.strength = Objects.requireNonNull(strength);
    this.note = note == null ? "" : note;
  }

  public String getNodeA() {
    return nodeA;
  }

  public String getNodeB() {
    return nodeB;
  }

  public LinkStrength getStrength() {
    return strength;
  }

  public String getNote() {
    return note;
  }
}
