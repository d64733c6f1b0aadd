package nl.wijkzicht.area.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/**
 * Someone else changed or deleted the region since the user loaded it; nothing was saved. The area
 * package's own equivalent of the study package's ConcurrentChangeException (study depends on area,
 * not the other way round), with a message that names the region.
 */
public class ConcurrentRegionChangeException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public ConcurrentRegionChangeException(long id, String name) {
    super("region.changed", "Region " + id + " was changed by someone else", name);
  }
}
