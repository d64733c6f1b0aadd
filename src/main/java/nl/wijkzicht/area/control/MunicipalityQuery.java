package nl.wijkzicht.area.control;

import java.util.Optional;

/**
 * What the municipality list asks for: a division year, optional search text and filters, a sort.
 */
public record MunicipalityQuery(
    int year,
    Optional<String> text,
    Optional<String> province,
    Optional<Long> regionId,
    Sort sort,
    boolean descending) {

  public static final int MAX_TEXT_LENGTH = 100;

  /** The columns a user may sort on, mapped to entity attributes (never raw user input). */
  public enum Sort {
    NAME("name"),
    CODE("cbsCode"),
    PROVINCE("province");

    private final String attribute;

    Sort(String attribute) {
      this.attribute = attribute;
    }

    public String attribute() {
      return attribute;
    }
  }

  public MunicipalityQuery {
    text =
        text.map(String::strip)
            .filter(t -> !t.isEmpty())
            .map(t -> t.length() > MAX_TEXT_LENGTH ? t.substring(0, MAX_TEXT_LENGTH) : t);
    province = province.filter(p -> !p.isBlank());
  }

  public static MunicipalityQuery all(int year) {
    return new MunicipalityQuery(
        year, Optional.empty(), Optional.empty(), Optional.empty(), Sort.NAME, false);
  }
}
