package nl.wijkzicht.security.entity;

/** What happened, in NEN 7513 terms. */
public enum AccessAction {
  LOGIN,
  LOGOUT,
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT
}
