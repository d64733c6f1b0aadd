package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Permission;

/**
 * The actor of this request, read fresh from the database (a disabled account or changed role takes
 * effect at the next request). Pages use it to show or hide links; the checks themselves are in the
 * filter and the services.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private UserService users;

  private Actor actor;

  public Actor actor() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
      actor = principal == null ? Actor.ANONYMOUS : users.actorFor(principal.getName());
    }
    return actor;
  }

  public boolean isLoggedIn() {
    return !actor().isAnonymous();
  }

  public String getUsername() {
    return actor().username();
  }

  public String getRole() {
    return actor().roleName();
  }

  /** For menus: may this user open pages that need the named permission? */
  public boolean may(String permission) {
    return AccessPolicy.permits(actor(), Permission.valueOf(permission));
  }
}
