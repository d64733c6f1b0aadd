package nl.wijkzicht.security.control;

import java.io.Serializable;
import java.util.Optional;
import nl.wijkzicht.security.entity.Role;

/**
 * Who is asking: an account (id, name, role, organisation for providers) or an anonymous visitor.
 */
public record Actor(Long userId, String username, Optional<Role> role, Long providerId)
    implements Serializable {

  public static final String ANONYMOUS_NAME = "anonymous";
  public static final Actor ANONYMOUS = new Actor(null, ANONYMOUS_NAME, Optional.empty(), null);

  public static Actor of(long userId, String username, Role role, Long providerId) {
    return new Actor(userId, username, Optional.of(role), providerId);
  }

  public boolean isAnonymous() {
    return role.isEmpty();
  }

  public boolean is(Role wanted) {
    return role.filter(r -> r == wanted).isPresent();
  }

  /** The role as written in the access log: the role name, or PUBLIC. */
  public String roleName() {
    return role.map(Role::name).orElse("PUBLIC");
  }
}
