package nl.wijkzicht.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A level of a version's rating scale; position 0 is the best; "not assessed" comes last. */
@Entity
@Table(name = "framework_rating_level")
public class FrameworkRatingLevel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_version_id", nullable = false)
  private FrameworkVersion version;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "label_nl", nullable = false, length = 300)
  private String labelNl;

  @Column(name = "label_en", length = 300)
  private String labelEn;

  @Column(name = "colour", nullable = false, length = 7)
  private String colour;

  @Column(name = "score")
  private Integer score;

  @Column(name = "not_assessed", nullable = false)
  private boolean notAssessed;

  protected FrameworkRatingLevel() {
    // For JPA.
  }

  FrameworkRatingLevel(
      FrameworkVersion version, int position, FrameworkDefinition.RatingLevel level) {
    this.version = version;
    this.position = position;
    this.code = level.code();
    this.labelNl = level.label().nl();
    this.labelEn = level.label().en();
    this.colour = level.colour();
    this.score = level.score();
    this.notAssessed = level.notAssessed();
  }

  public FrameworkVersion getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getLabel() {
    return new LocalizedText(labelNl, labelEn);
  }

  public String getColour() {
    return colour;
  }

  public Integer getScore() {
    return score;
  }

  public boolean isNotAssessed() {
    return notAssessed;
  }
}
