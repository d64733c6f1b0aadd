package nl.wijkzicht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.wijkzicht.cluster.Grid;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login limits, from MicroProfile Config with the production values as defaults (so a test
 * server can raise them and one suite does not lock itself out): the per-account lock-out and the
 * per-address throttle (in the data grid when there is one: counted across all instances). See
 * docs/security.md.
 */
@ApplicationScoped
public class LoginPolicy {

  private final int accountMaxFailures;
  private final Duration lockDuration;
  private final LoginThrottle throttle;
  private final AccountGate gate = new AccountGate();

  /** How long a login waits for its account's turn before it is refused. */
  private final Duration gateWait = Duration.ofSeconds(20);

  @Inject
  public LoginPolicy(
      @ConfigProperty(name = "wijkzicht.login.account.max-failures", defaultValue = "5")
          int accountMaxFailures,
      @ConfigProperty(name = "wijkzicht.login.account.lock-minutes", defaultValue = "15")
          int lockMinutes,
      @ConfigProperty(name = "wijkzicht.login.address.max-failures", defaultValue = "20")
          int addressMaxFailures,
      @ConfigProperty(name = "wijkzicht.login.address.window-minutes", defaultValue = "10")
          int windowMinutes,
      Grid grid) {
    if (accountMaxFailures < 1 || lockMinutes < 1) {
      throw new IllegalArgumentException("wijkzicht.login.account.* must be at least 1");
    }
    this.accountMaxFailures = accountMaxFailures;
    this.lockDuration = Duration.ofMinutes(lockMinutes);
    Duration window = Duration.ofMinutes(windowMinutes);
    // In a cluster the counts per address live in the data grid, shared by all instances.
    this.throttle =
        new LoginThrottle(
            addressMaxFailures,
            window,
            Clock.systemUTC(),
            grid.hazelcast()
                .<LoginThrottle.Store>map(h -> new GridThrottleStore(h, window))
                .orElseGet(LoginThrottle::local));
  }

  protected LoginPolicy() {
    // For the CDI proxy.
    this.accountMaxFailures = 0;
    this.lockDuration = null;
    this.throttle = null;
  }

  public int accountMaxFailures() {
    return accountMaxFailures;
  }

  public Duration lockDuration() {
    return lockDuration;
  }

  public LoginThrottle throttle() {
    return throttle;
  }

  public AccountGate gate() {
    return gate;
  }

  public Duration gateWait() {
    return gateWait;
  }
}
