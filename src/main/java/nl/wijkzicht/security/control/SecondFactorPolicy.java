package nl.wijkzicht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.wijkzicht.security.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who must use a second factor: every account whose role is listed in {@code
 * wijkzicht.2fa.required-roles} (environment {@code WIJKZICHT_2FA_REQUIRED_ROLES}; default {@code
 * PROVIDER,COORDINATOR}; {@code none} for no role), and any account an administrator or a test
 * marked as requiring it. Demo accounts (which exist only in demo mode) are exempt from the role
 * rule so the demo and the tests can sign in with a password; once enrolled, they too must give a
 * code. Everyone else may enrol on their account page.
 */
@ApplicationScoped
public class SecondFactorPolicy {

  public static final String DEFAULT_ROLES = "PROVIDER,COORDINATOR";

  private final Set<Role> requiredRoles;

  @Inject
  public SecondFactorPolicy(
      @ConfigProperty(name = "wijkzicht.2fa.required-roles", defaultValue = DEFAULT_ROLES)
          String roles) {
    this.requiredRoles = parse(roles);
  }

  protected SecondFactorPolicy() {
    this.requiredRoles = Set.of(); // For the CDI proxy.
  }

  /** Parses "PROVIDER, coordinator"; "none" (or "-") for none; an unknown role name fails start. */
  public static Set<Role> parse(String roles) {
    String text = roles == null ? "" : roles.strip();
    if (text.isEmpty() || "none".equalsIgnoreCase(text) || "-".equals(text)) {
      return Set.of();
    }
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(text.split("[,\\s]+"))
        .filter(s -> !s.isBlank())
        .forEach(s -> set.add(Role.valueOf(s.toUpperCase(Locale.ROOT))));
    return Set.copyOf(set);
  }

  public Set<Role> requiredRoles() {
    return requiredRoles;
  }

  /** Must this account have a second factor? */
  public boolean required(Role role, boolean accountRequires, boolean demoAccount) {
    return accountRequires || (!demoAccount && requiredRoles.contains(role));
  }
}
