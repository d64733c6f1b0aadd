package nl.wijkzicht;

import java.io.Serial;

/**
 * A step the user may not take: not allowed for this user (role, team, organisation: pages answer
 * 403 and the access log records the denial) or not allowed in the object's present state (a
 * visit's workflow, closed fieldwork). The one refusal exception of every feature.
 */
public class NotAllowedException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public static final String DENIED = "security.denied";

  public NotAllowedException(String messageKey, String message, Object... arguments) {
    super(messageKey, message, arguments);
  }

  /** Not allowed for this user; {@code what} says what was refused, for the log only. */
  public static NotAllowedException denied(String what) {
    return new NotAllowedException(DENIED, "Access denied: " + what);
  }

  /** True when the user lacks the right (403), false when the object's state refuses the step. */
  public boolean isDenial() {
    return DENIED.equals(getMessageKey());
  }
}
