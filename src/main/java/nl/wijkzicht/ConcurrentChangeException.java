package nl.wijkzicht;

import java.io.Serial;

/**
 * Someone else saved the object since this user loaded it (a JPA version conflict, and only that):
 * the page offers to reload. The one "changed meanwhile" exception of every feature.
 */
public class ConcurrentChangeException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  /** The generic message ({@code concurrent.changed}) naming the object's id. */
  public ConcurrentChangeException(String what, Object id) {
    this("concurrent.changed", what, id, id);
  }

  /**
   * @param messageKey a feature's own wording, e.g. {@code provider.changed}
   * @param arguments the message's arguments (e.g. the object's name)
   */
  public ConcurrentChangeException(String messageKey, String what, Object id, Object... arguments) {
    super(messageKey, what + " " + id + " was changed by someone else", arguments);
  }
}
