package nl.wijkzicht.security.entity;

/** The roles of docs/domain.md §2. Anonymous visitors have no role (public). */
public enum Role {
  ADMIN,
  COORDINATOR,
  INSPECTOR,
  PROVIDER;

  /** The group name Jakarta Security uses for this role. */
  public String group() {
    return name();
  }
}
