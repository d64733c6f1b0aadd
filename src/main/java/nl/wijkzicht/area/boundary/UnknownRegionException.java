package nl.wijkzicht.area.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** No region with this id. */
public class UnknownRegionException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownRegionException(long id) {
    super("region.unknown", "Unknown region " + id, String.valueOf(id));
  }
}
