package nl.wijkzicht.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.Role;

/**
 * Accounts only the tests use (added to a test deployment), so tests that lock one disturb no
 * other.
 */
@ApplicationScoped
public class ItAccounts {

  public static final String BRUTE_FORCE_TARGET = "it-brute";
  public static final String PASSWORD = "it-account-password-2026";

  @Inject private UserService users;

  void onDatabaseReady(@Observes @Priority(StartupOrder.TESTS) DatabaseReady ready) {
    users.createInitial(
        BRUTE_FORCE_TARGET, "IT brute force target", Role.INSPECTOR, null, PASSWORD, false);
  }
}
