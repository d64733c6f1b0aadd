package nl.wijkzicht.security.entity;

/** Whether the access was allowed. */
public enum AccessOutcome {
  ALLOWED,
  DENIED,
  FAILED
}
