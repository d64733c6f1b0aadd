package nl.wijkzicht;

import java.io.Serial;
import java.util.List;

/**
 * A business failure the user can be told about: carries a resource-bundle key and its arguments,
 * so the Faces layer shows it in the user's language. Unchecked, so it rolls back a JTA
 * transaction.
 */
public abstract class WijkzichtException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  protected WijkzichtException(String messageKey, String message, Object... arguments) {
    super(message);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }
}
