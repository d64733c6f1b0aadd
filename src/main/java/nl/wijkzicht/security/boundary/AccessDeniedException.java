package nl.wijkzicht.security.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** The actor may not do this to this object. Already recorded in the access log when thrown. */
public class AccessDeniedException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException(String what) {
    super("security.denied", "Access denied: " + what);
  }
}
