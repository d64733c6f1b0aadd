package nl.wijkzicht.security.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/** A setting value outside its allowed range. */
public class InvalidSettingException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public InvalidSettingException(String key, Object value) {
    super(key, "Invalid setting value " + value, value);
  }
}
