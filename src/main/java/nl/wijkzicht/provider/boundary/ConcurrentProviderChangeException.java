package nl.wijkzicht.provider.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/**
 * Someone else changed the care provider since the user loaded it; nothing was saved. The provider
 * package's own equivalent of the study package's ConcurrentChangeException (study depends on
 * provider, not the other way round), with a message that names the provider.
 */
public class ConcurrentProviderChangeException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public ConcurrentProviderChangeException(long id, String name) {
    super("provider.changed", "Provider " + id + " was changed by someone else", name);
  }
}
