package nl.wijkzicht.study.entity;

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
import java.util.Objects;
import nl.wijkzicht.area.entity.Municipality;

/**
 * The unit a study reports on (docs/domain.md §3): a municipality, or one district in it
 * (Utrecht-Overvecht, CBS district code WK034403).
 */
@Entity
@Table(name = "study_area")
public class StudyArea implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String DISTRICT_CODE_PATTERN = "WK\\d{6}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "study_id")
  private Study study;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "district_code", nullable = false, length = 10)
  private String districtCode = "";

  @Column(name = "district_name", nullable = false, length = 100)
  private String districtName = "";

  protected StudyArea() {
    // For JPA.
  }

  StudyArea(Study study, Municipality municipality, String districtCode, String districtName) {
    this.study = Objects.requireNonNull(study);
    this.municipality = Objects.requireNonNull(municipality);
    this.districtCode = districtCode == null ? "" : districtCode;
    this.districtName = districtName == null ? "" : districtName;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getDistrictName() {
    return districtName;
  }

  public boolean isDistrict() {
    return !districtCode.isEmpty();
  }

  /** "Houten", or "Utrecht-Overvecht" for a district. */
  public String getLabel() {
    return isDistrict() ? municipality.getName() + "-" + districtName : municipality.getName();
  }

  boolean sameAs(Municipality other, String otherDistrictCode) {
    return municipality.equals(other)
        && districtCode.equals(otherDistrictCode == null ? "" : otherDistrictCode);
  }
}
