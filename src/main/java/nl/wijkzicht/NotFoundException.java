package nl.wijkzicht;

import java.io.Serial;
import java.util.Arrays;

/**
 * What a request names does not exist (or not in the version or scope it names): pages answer 404,
 * actions show the message. The one "unknown id" exception of every feature.
 */
public class NotFoundException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * @param messageKey e.g. {@code visit.unknown}
   * @param arguments what was asked for (the id, code...), shown in the message
   */
  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, "Not found (" + messageKey + "): " + Arrays.toString(arguments), arguments);
  }
}
