package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.AppUser;

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
  private boolean mustChangePassword;

  public Actor actor() {
    if (actor == null) {
      // One lookup per request gives both the actor and the password state the filter needs.
      Principal principal = securityContext.getCallerPrincipal();
      AppUser user =
          principal == null
              ? null
              : users.findByUsername(principal.getName()).filter(AppUser::isEnabled).orElse(null);
      actor = user == null ? Actor.ANONYMOUS : UserService.actorOf(user);
      mustChangePassword = user != null && user.isMustChangePassword();
    }
    return actor;
  }

  /** True when the signed-in user still has a temporary password. */
  public boolean mustChangePassword() {
    actor();
    return mustChangePassword;
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
