package nl.wijkzicht.fieldwork.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * The visit's findings have gone to the provider (or the visit was cancelled): its fieldwork is
 * closed.
 */
public class FieldworkClosedException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public FieldworkClosedException(long visitId, VisitStatus status) {
    super(
        "fieldwork.closed",
        "Visit " + visitId + " is " + status + "; its fieldwork can no longer change",
        nl.wijkzicht.TextKey.of(status));
  }
}
