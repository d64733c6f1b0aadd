package nl.wijkzicht.area.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * A Dutch municipality (gemeente) as it exists in one division year. The business key is the CBS
 * code plus the division year: the same code can exist in several years, a merged municipality
 * disappears from later years.
 */
@Entity
@Table(name = "municipality")
@NamedQuery(
    name = Municipality.FIND_BY_CODE_AND_YEAR,
    query = "select m from Municipality m where m.cbsCode = :cbsCode and m.divisionYear = :year")
@NamedQuery(
    name = Municipality.COUNT_BY_YEAR,
    query = "select count(m) from Municipality m where m.divisionYear = :year")
@NamedQuery(
    name = Municipality.FIND_PROVINCES,
    query =
        "select distinct m.province from Municipality m where m.divisionYear = :year order by m.province")
public class Municipality implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_CODE_AND_YEAR = "Municipality.findByCodeAndYear";
  public static final String COUNT_BY_YEAR = "Municipality.countByYear";
  public static final String FIND_PROVINCES = "Municipality.findProvinces";

  public static final int NAME_LENGTH = 100;
  public static final int PROVINCE_LENGTH = 40;
  public static final int SAFETY_REGION_NAME_LENGTH = 100;
  public static final String CBS_CODE_PATTERN = "GM\\d{4}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Pattern(regexp = CBS_CODE_PATTERN)
  @Column(name = "cbs_code", nullable = false, length = 6)
  private String cbsCode;

  @NotNull
  @Size(max = NAME_LENGTH)
  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @NotNull
  @Size(max = NAME_LENGTH)
  @Column(name = "official_name", nullable = false, length = NAME_LENGTH)
  private String officialName;

  @NotNull
  @Size(max = PROVINCE_LENGTH)
  @Column(name = "province", nullable = false, length = PROVINCE_LENGTH)
  private String province;

  @Size(max = 4)
  @Column(name = "safety_region_code", length = 4)
  private String safetyRegionCode;

  @Size(max = SAFETY_REGION_NAME_LENGTH)
  @Column(name = "safety_region_name", length = SAFETY_REGION_NAME_LENGTH)
  private String safetyRegionName;

  @Column(name = "division_year", nullable = false)
  private int divisionYear;

  protected Municipality() {
    // For JPA.
  }

  public Municipality(
      String cbsCode,
      String name,
      String officialName,
      String province,
      String safetyRegionCode,
      String safetyRegionName,
      int divisionYear) {
    this.cbsCode = Objects.requireNonNull(cbsCode);
    this.name = Objects.requireNonNull(name);
    this.officialName = Objects.requireNonNull(officialName);
    this.province = Objects.requireNonNull(province);
    this.safetyRegionCode = safetyRegionCode;
    this.safetyRegionName = safetyRegionName;
    this.divisionYear = divisionYear;
  }

  public Long getId() {
    return id;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  /** The name people use (Den Haag); see {@link #getOfficialName()} for the CBS name. */
  public String getName() {
    return name;
  }

  /** The CBS name without the "(gemeente)" suffix ('s-Gravenhage). */
  public String getOfficialName() {
    return officialName;
  }

  public String getProvince() {
    return province;
  }

  public String getSafetyRegionCode() {
    return safetyRegionCode;
  }

  public String getSafetyRegionName() {
    return safetyRegionName;
  }

  public int getDivisionYear() {
    return divisionYear;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Municipality other
            && cbsCode.equals(other.cbsCode)
            && divisionYear == other.divisionYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cbsCode, divisionYear);
  }

  @Override
  public String toString() {
    return cbsCode + " " + name + " (" + divisionYear + ")";
  }
}
