package nl.wijkzicht.area.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** A CBS code that is not in the named division year. */
public class UnknownMunicipalityException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownMunicipalityException(String cbsCode, int year) {
    super(
        "area.municipality.unknown",
        "Unknown municipality " + cbsCode + " in division " + year,
        cbsCode,
        year);
  }
}
