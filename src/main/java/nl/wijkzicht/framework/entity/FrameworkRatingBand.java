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

/** A percentage band of the weighted-percentage rule: from–to (inclusive) maps to a level code. */
@Entity
@Table(name = "framework_rating_band")
public class FrameworkRatingBand implements Serializable {

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

  @Column(name = "from_percentage", nullable = false)
  private int fromPercentage;

  @Column(name = "to_percentage", nullable = false)
  private int toPercentage;

  @Column(name = "level_code", nullable = false, length = 40)
  private String levelCode;

  protected FrameworkRatingBand() {
    // For JPA.
  }

  FrameworkRatingBand(FrameworkVersion version, int position, FrameworkDefinition.Band band) {
    this.version = version;
    this.position = position;
    this.fromPercentage = band.from();
    this.toPercentage = band.to();
    this.levelCode = band.level();
  }

  public int getFromPercentage() {
    return fromPercentage;
  }

  public int getToPercentage() {
    return toPercentage;
  }

  public String getLevelCode() {
    return levelCode;
  }
}
