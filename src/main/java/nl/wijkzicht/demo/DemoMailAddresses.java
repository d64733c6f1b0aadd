package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.security.boundary.UserService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode: every demo account gets an address at the reserved domain {@code wijkzicht.example}
 * (where none was set), after the accounts and before the demo fieldwork, so the demo's mails (a
 * visit sent for reply, a reply received, a reminder) reach the local start command's embedded mail
 * server (docs/notifications.md). Real mail to such an address cannot be delivered anyway.
 */
@ApplicationScoped
public class DemoMailAddresses {

  static final String DOMAIN = "wijkzicht.example";

  private static final List<String> ACCOUNTS =
      List.of(
          "demo-beheerder",
          "demo-coordinator",
          "demo-inspecteur",
          "demo-zorgaanbieder",
          "demo-zorgaanbieder2");

  @Inject private UserService users;

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  void onDatabaseReady(@Observes @Priority(StartupOrder.DEMO_DATA + 50) DatabaseReady ready) {
    if (!demo) {
      return;
    }
    for (String account : ACCOUNTS) {
      users.assignEmailIfMissing(account, account + "@" + DOMAIN);
    }
  }
}
