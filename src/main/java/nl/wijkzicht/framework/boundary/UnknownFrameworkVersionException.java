package nl.wijkzicht.framework.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** A framework version id that does not exist. */
public class UnknownFrameworkVersionException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownFrameworkVersionException(long id) {
    super("framework.version.unknown", "Unknown framework version " + id, id);
  }
}
