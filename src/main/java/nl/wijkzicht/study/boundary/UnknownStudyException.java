package nl.wijkzicht.study.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** No study with this id. */
public class UnknownStudyException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public UnknownStudyException(long id) {
    super("study.unknown", "Unknown study " + id, id);
  }
}
