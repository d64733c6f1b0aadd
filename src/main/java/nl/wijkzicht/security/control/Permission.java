package nl.wijkzicht.security.control;

import java.util.EnumSet;
import java.util.Set;
import nl.wijkzicht.security.entity.Role;

/**
 * What a page or action needs, as the set of roles that have it. Anonymous visitors have only
 * PUBLIC.
 */
public enum Permission {
  /** Anyone, signed in or not: published material, reference data. */
  PUBLIC(EnumSet.allOf(Role.class)),
  /** Any signed-in account: own account settings. */
  AUTHENTICATED(EnumSet.allOf(Role.class)),
  /** The inspectorate's own staff: non-public fieldwork data, all provider organisations. */
  STAFF(EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.INSPECTOR)),
  /** Study leads: create studies, plan visits, publish. */
  COORDINATE(EnumSet.of(Role.ADMIN, Role.COORDINATOR)),
  /** Care providers' own pages (their organisation only, checked per object). */
  PROVIDER_OWN(EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.INSPECTOR, Role.PROVIDER)),
  /** Accounts, reference data imports, the access log. */
  ADMINISTER(EnumSet.of(Role.ADMIN));

  private final Set<Role> roles;

  Permission(Set<Role> roles) {
    this.roles = roles;
  }

  public Set<Role> roles() {
    return roles;
  }
}
