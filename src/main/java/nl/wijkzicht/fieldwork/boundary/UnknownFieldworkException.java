package nl.wijkzicht.fieldwork.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** No tracer, interview or finding with this id. */
public class UnknownFieldworkException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownFieldworkException(String what, Object id) {
    super("fieldwork.unknown", "No " + what + " " + id, what, id);
  }
}
