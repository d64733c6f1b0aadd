package nl.wijkzicht.study.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** Someone else changed this object since the user loaded it; nothing was saved. */
public class ConcurrentChangeException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String what, Object id) {
    super("concurrent.changed", what + " " + id + " was changed by someone else", id);
  }
}
