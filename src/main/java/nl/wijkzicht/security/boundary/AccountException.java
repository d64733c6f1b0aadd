package nl.wijkzicht.security.boundary;

import java.io.Serial;
import nl.wijkzicht.WijkzichtException;

/**
 * An account change that breaks a rule (weak password, username taken, ...); key names the rule.
 */
public class AccountException extends WijkzichtException {

  @Serial private static final long serialVersionUID = 1L;

  public AccountException(String key, Object... arguments) {
    super(key, "Account rule broken: " + key, arguments);
  }
}
