package nl.wijkzicht.security.view;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.security.entity.Role;

/**
 * A login whose password was right but whose second factor is still due (a code, or enrolment),
 * kept in the session until then. The session is not signed in meanwhile: every page but the code
 * and enrolment pages treats it as anonymous. It expires after {@link #LIFETIME}.
 */
public record PendingLogin(String username, Role role, SecondFactorService.Next next, Instant since)
    implements Serializable {

  public static final String SESSION_KEY = "wijkzicht.pendingLogin";
  static final Duration LIFETIME = Duration.ofMinutes(10);

  public boolean expired(Instant now) {
    return since.plus(LIFETIME).isBefore(now);
  }
}
