package nl.wijkzicht.security.boundary;

/** The result of a password check; the user is told only "wrong or locked", never which. */
public enum LoginResult {
  SUCCESS,
  INVALID,
  LOCKED,
  DISABLED,
  THROTTLED,
  /** Too many parallel attempts on one account waited too long for their turn. */
  BUSY
}
