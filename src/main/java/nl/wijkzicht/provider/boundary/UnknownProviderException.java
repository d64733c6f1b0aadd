package nl.wijkzicht.provider.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** No provider organisation with this id. */
public class UnknownProviderException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownProviderException(long id) {
    super("provider.unknown", "Unknown provider " + id, id);
  }
}
