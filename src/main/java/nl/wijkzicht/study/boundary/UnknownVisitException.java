package nl.wijkzicht.study.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** No visit with this id. */
public class UnknownVisitException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownVisitException(long id) {
    super("visit.unknown", "Unknown visit " + id, id);
  }
}
