package nl.wijkzicht.study.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.study.entity.VisitStatus;

/** A status change the workflow does not allow (for this role). */
public class VisitTransitionException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public VisitTransitionException(VisitStatus from, VisitStatus to) {
    super(
        "visit.transition.refused",
        "Visit status " + from + " -> " + to + " not allowed",
        from,
        to);
  }
}
