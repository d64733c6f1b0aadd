package nl.wijkzicht.security.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.security.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator. There is no default password: outside demo mode the first admin is
 * created from {@code WIJKZICHT_ADMIN_USERNAME} and {@code WIJKZICHT_ADMIN_PASSWORD} (the password
 * must meet the policy) when no enabled admin exists, and demo accounts are disabled.
 */
@ApplicationScoped
public class AccountBootstrap {

  private static final System.Logger LOGGER = System.getLogger(AccountBootstrap.class.getName());

  @Inject private UserService users;

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  @Inject
  @ConfigProperty(name = "wijkzicht.admin.username")
  private Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "wijkzicht.admin.password")
  private Optional<String> adminPassword;

  void onDatabaseReady(@Observes @Priority(StartupOrder.ACCOUNTS) DatabaseReady ready) {
    if (!demo) {
      int disabled = users.disableDemoAccounts();
      if (disabled > 0) {
        LOGGER.log(Level.WARNING, "Not in demo mode: {0} demo account(s) are disabled.", disabled);
      }
    }
    if (users.enabledAdmins() > 0) {
      return;
    }
    if (adminUsername.isPresent() && adminPassword.isPresent()) {
      try {
        users.createInitial(
            adminUsername.get().strip().toLowerCase(java.util.Locale.ROOT),
            "Beheerder",
            Role.ADMIN,
            null,
            adminPassword.get(),
            false);
        LOGGER.log(
            Level.INFO,
            "First administrator account {0} created from WIJKZICHT_ADMIN_USERNAME.",
            adminUsername.get());
      } catch (nl.wijkzicht.InvalidInputException e) {
        LOGGER.log(
            Level.ERROR,
            "WIJKZICHT_ADMIN_PASSWORD is refused by the password policy ({0}); no"
                + " administrator was created. Use at least 12 characters, not a common password.",
            e.getMessageKey());
      }
    } else if (!demo) {
      LOGGER.log(
          Level.WARNING,
          "No administrator account exists. Set WIJKZICHT_ADMIN_USERNAME and"
              + " WIJKZICHT_ADMIN_PASSWORD and restart to create the first one.");
    }
  }
}
