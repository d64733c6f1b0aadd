package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.LoginPolicy;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;

/**
 * The two short transactions around a password check; the check itself (a deliberately slow hash)
 * runs between them with no transaction and no connection. {@link #start} reads the account; {@link
 * #finish} counts a failure (or clears the count) under the account row's lock and records the
 * outcome in the access log on the same connection. The same split serves a user changing their own
 * password.
 */
@ApplicationScoped
@Transactional
public class LoginAttempts {

  private static final String OBJECT = "User";

  @Inject private EntityManager em;
  @Inject private LoginPolicy policy;
  @Inject private AccessLogService accessLog;

  /** What {@link #start} found: the hash to check, or none (unknown username or locked account). */
  public record Check(
      Long userId,
      String username,
      Role role,
      Long providerId,
      String passwordHash,
      boolean locked,
      boolean enabled) {

    static Check unknown(String username) {
      return new Check(null, username, null, null, null, false, false);
    }

    boolean known() {
      return userId != null;
    }

    Actor actor() {
      return known()
          ? Actor.of(userId, username, role, providerId)
          : new Actor(null, username, Optional.empty(), null);
    }
  }

  /** The account as it is now; a locked account gives no hash to check. */
  public Check start(String username, Instant now) {
    Optional<AppUser> found =
        em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Check.unknown(username);
    }
    AppUser user = found.get();
    boolean locked = user.isLocked(now);
    return new Check(
        user.getId(),
        user.getUsername(),
        user.getRole(),
        user.getProviderId(),
        locked ? null : user.getPasswordHash(),
        locked,
        user.isEnabled());
  }

  /**
   * Records the outcome: a wrong password counts towards the lock-out, a success clears the count.
   */
  public void finish(Check check, LoginResult result, Instant now) {
    AppUser user =
        check.known() && !check.locked()
            ? em.find(AppUser.class, check.userId(), LockModeType.PESSIMISTIC_WRITE)
            : null;
    if (user != null && result == LoginResult.SUCCESS) {
      user.loginSucceeded(now);
    } else if (user != null && result == LoginResult.INVALID) {
      user.loginFailed(now, policy.accountMaxFailures(), policy.lockDuration());
    }
    if (result == LoginResult.SUCCESS) {
      accessLog.record(
          check.actor(),
          AccessEvent.of(AccessAction.LOGIN, OBJECT, check.userId()).provider(check.providerId()));
    } else {
      accessLog.record(
          check.actor(),
          AccessEvent.of(AccessAction.LOGIN, OBJECT, check.userId())
              .denied()
              .detail(result.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  /**
   * Refused before any check (address over its allowance, account too busy): logged, no account
   * touched.
   */
  public void refused(String username, LoginResult result) {
    accessLog.record(
        new Actor(null, username, Optional.empty(), null),
        AccessEvent.of(AccessAction.LOGIN, OBJECT, null)
            .denied()
            .detail(result.name().toLowerCase(java.util.Locale.ROOT)));
  }

  /** An account's stored password hash, read in a short transaction before it is checked. */
  public record Stored(long userId, String username, String hash) {}

  public Optional<Stored> storedPassword(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(u -> new Stored(u.getId(), u.getUsername(), u.getPasswordHash()));
  }

  public void refusedPasswordChange(Actor self, long userId) {
    accessLog.record(
        self,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, userId)
            .denied()
            .detail("wrong current password"));
  }

  /** Stores a new hash, refused when the password changed since {@code stored} was read. */
  public void replacePassword(Actor self, Stored stored, String newHash) {
    AppUser user = em.find(AppUser.class, stored.userId(), LockModeType.PESSIMISTIC_WRITE);
    if (user == null || !user.getPasswordHash().equals(stored.hash())) {
      throw new ConcurrentChangeException(
          "account.password.changed_meanwhile", "Account", stored.userId());
    }
    user.changePassword(newHash, false);
    accessLog.record(
        self, AccessEvent.of(AccessAction.UPDATE, OBJECT, user.getId()).detail("password changed"));
  }
}
