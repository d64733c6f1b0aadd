package nl.wijkzicht.area.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One loaded year of the municipal division: which file it came from and how many municipalities.
 */
@Entity
@Table(name = "municipal_division")
@NamedQuery(
    name = MunicipalDivision.FIND_ALL,
    query = "select d from MunicipalDivision d order by d.year desc")
public class MunicipalDivision implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "MunicipalDivision.findAll";
  public static final int SOURCE_LENGTH = 200;

  @Id
  @Column(name = "division_year")
  private int year;

  @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
  private String source;

  @Column(name = "municipality_count", nullable = false)
  private int municipalityCount;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected MunicipalDivision() {
    // For JPA.
  }

  public MunicipalDivision(int year, String source, int municipalityCount, Instant loadedAt) {
    this.year = year;
    this.source = source.length() > SOURCE_LENGTH ? source.substring(0, SOURCE_LENGTH) : source;
    this.municipalityCount = municipalityCount;
    this.loadedAt = loadedAt;
  }

  public int getYear() {
    return year;
  }

  public String getSource() {
    return source;
  }

  public int getMunicipalityCount() {
    return municipalityCount;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
