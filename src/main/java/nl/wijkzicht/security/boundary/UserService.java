package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.LoginThrottle;
import nl.wijkzicht.security.control.PasswordHasher;
import nl.wijkzicht.security.control.PasswordPolicy;
import nl.wijkzicht.security.control.RequestAddress;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;

/** Accounts: checking passwords, and the administrator's account management. */
@ApplicationScoped
@Transactional
public class UserService {

  private static final System.Logger LOGGER = System.getLogger(UserService.class.getName());
  private static final String OBJECT = "User";
  private static final char[] TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  @Inject private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private AccessLogService accessLog;
  @Inject private RequestAddress address;

  private final Clock clock = Clock.systemUTC();
  private final LoginThrottle throttle = new LoginThrottle(20, Duration.ofMinutes(10), clock);
  private final SecureRandom random = new SecureRandom();

  /** Checks a password, applies lock-out and throttling, and records the attempt. */
  public LoginResult authenticate(String username, String password) {
    String from = address.current();
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    if (!throttle.allows(from)) {
      accessLog.record(new Actor(null, name, Optional.empty(), null), AccessAction.LOGIN, OBJECT, null, null, null,
          AccessOutcome.DENIED, "throttled");
      return LoginResult.THROTTLED;
    }
    Optional<AppUser> found = findByUsername(name);
    Instant now = Instant.now(clock);
    LoginResult result;
    if (found.isEmpty()) {
      hasher.verifyNothing(password == null ? "" : password);
      result = LoginResult.INVALID;
    } else {
      AppUser user = found.get();
      if (user.isLocked(now)) {
        user.loginFailed(now);
        result = LoginResult.LOCKED;
      } else if (!hasher.verify(password == null ? "" : password, user.getPasswordHash())) {
        user.loginFailed(now);
        result = user.isLocked(now) ? LoginResult.LOCKED : LoginResult.INVALID;
      } else if (!user.isEnabled()) {
        result = LoginResult.DISABLED;
      } else {
        user.loginSucceeded(now);
        result = LoginResult.SUCCESS;
      }
    }
    Actor actor = found.map(UserService::actorOf).orElse(new Actor(null, name, Optional.empty(), null));
    if (result == LoginResult.SUCCESS) {
      throttle.succeeded(from);
      accessLog.record(actor, AccessAction.LOGIN, OBJECT, actor.userId(), actor.providerId(), null,
          AccessOutcome.ALLOWED, null);
    } else {
      throttle.failed(from);
      accessLog.record(actor, AccessAction.LOGIN, OBJECT, actor.userId(), null, null, AccessOutcome.DENIED,
          result.name().toLowerCase(java.util.Locale.ROOT));
    }
    return result;
  }

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username).getResultStream().findFirst();
  }

  /** The actor for a signed-in username; anonymous when the account is gone or disabled. */
  public Actor actorFor(String username) {
    return findByUsername(username).filter(AppUser::isEnabled).map(UserService::actorOf).orElse(Actor.ANONYMOUS);
  }

  public boolean mustChangePassword(String username) {
    return findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
  }

  public static Actor actorOf(AppUser user) {
    return Actor.of(user.getId(), user.getUsername(), user.getRole(),
        user.getProvider() == null ? null : user.getProvider().getId());
  }

  public List<AppUser> list(Actor admin) {
    requireAdmin(admin, AccessAction.SEARCH, null);
    accessLog.record(admin, AccessAction.SEARCH, OBJECT, null, null, null, AccessOutcome.ALLOWED, null);
    return em.createNamedQuery(AppUser.FIND_ALL, AppUser.class).getResultList();
  }

  public List<CareProvider> providers(Actor admin) {
    requireAdmin(admin, AccessAction.SEARCH, null);
    return em.createNamedQuery(CareProvider.FIND_ALL, CareProvider.class).getResultList();
  }

  /** Creates an account with a temporary password that must be changed at first login; returns it. */
  public String create(Actor admin, String username, String displayName, Role role, Long providerId) {
    requireAdmin(admin, AccessAction.CREATE, null);
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    if (!name.matches(AppUser.USERNAME_PATTERN)) {
      throw new AccountException("account.username.invalid");
    }
    if (findByUsername(name).isPresent()) {
      throw new AccountException("account.username.taken", name);
    }
    String temporary = temporaryPassword();
    AppUser user = new AppUser(name, displayName.strip(), role, provider(role, providerId), hasher.hash(temporary),
        false, Instant.now(clock));
    user.changePassword(user.getPasswordHash(), true);
    em.persist(user);
    em.flush();
    accessLog.record(admin, AccessAction.CREATE, OBJECT, user.getId(), providerId, null, AccessOutcome.ALLOWED,
        "role=" + role);
    LOGGER.log(Level.INFO, "Account {0} created with role {1}.", user.getId(), role);
    return temporary;
  }

  public void update(Actor admin, long userId, String displayName, Role role, Long providerId, boolean enabled) {
    AppUser user = get(admin, userId);
    if (user.getId().equals(admin.userId()) && (role != Role.ADMIN || !enabled)) {
      throw new AccountException("account.self_demote");
    }
    user.setDisplayName(displayName.strip());
    user.assign(role, provider(role, providerId));
    user.setEnabled(enabled);
    accessLog.record(admin, AccessAction.UPDATE, OBJECT, userId, providerId, null, AccessOutcome.ALLOWED,
        "role=" + role + ", enabled=" + enabled);
  }

  /** Sets a new temporary password (shown once to the admin) and unlocks the account. */
  public String resetPassword(Actor admin, long userId) {
    AppUser user = get(admin, userId);
    String temporary = temporaryPassword();
    user.changePassword(hasher.hash(temporary), true);
    accessLog.record(admin, AccessAction.UPDATE, OBJECT, userId, null, null, AccessOutcome.ALLOWED, "password reset");
    return temporary;
  }

  /** The signed-in user changes their own password, proving the current one. */
  public void changeOwnPassword(Actor self, String current, String replacement) {
    AppUser user = findByUsername(self.username()).orElseThrow(() -> new AccessDeniedException("no account"));
    if (!hasher.verify(current == null ? "" : current, user.getPasswordHash())) {
      accessLog.record(self, AccessAction.UPDATE, OBJECT, user.getId(), null, null, AccessOutcome.DENIED,
          "wrong current password");
      throw new AccountException("account.password.current_wrong");
    }
    List<String> problems = PasswordPolicy.problems(replacement, user.getUsername());
    if (!problems.isEmpty()) {
      throw new AccountException(problems.get(0));
    }
    if (hasher.verify(replacement, user.getPasswordHash())) {
      throw new AccountException("password.same");
    }
    user.changePassword(hasher.hash(replacement), false);
    accessLog.record(self, AccessAction.UPDATE, OBJECT, user.getId(), null, null, AccessOutcome.ALLOWED,
        "password changed");
  }

  /**
   * Creates an account without an administrator (the first admin, demo accounts); the password must
   * meet the policy. Does nothing if the username exists.
   */
  public boolean createInitial(String username, String displayName, Role role, CareProvider provider,
      String password, boolean demo) {
    if (findByUsername(username).isPresent()) {
      return false;
    }
    List<String> problems = PasswordPolicy.problems(password, username);
    if (!problems.isEmpty()) {
      throw new AccountException(problems.get(0));
    }
    em.persist(new AppUser(username, displayName, role, provider, hasher.hash(password), demo, Instant.now(clock)));
    return true;
  }

  public long enabledAdmins() {
    return em.createNamedQuery(AppUser.COUNT_ENABLED_ADMINS, Long.class).getSingleResult();
  }

  /** Outside demo mode no demo account may sign in. */
  public int disableDemoAccounts() {
    List<AppUser> demo = em.createNamedQuery(AppUser.FIND_DEMO, AppUser.class).getResultList();
    demo.stream().filter(AppUser::isEnabled).forEach(u -> u.setEnabled(false));
    return (int) demo.stream().count();
  }

  private AppUser get(Actor admin, long userId) {
    requireAdmin(admin, AccessAction.UPDATE, userId);
    AppUser user = em.find(AppUser.class, userId);
    if (user == null) {
      throw new AccountException("account.unknown", userId);
    }
    return user;
  }

  private CareProvider provider(Role role, Long providerId) {
    if (role != Role.PROVIDER) {
      return null;
    }
    if (providerId == null) {
      throw new AccountException("account.provider.required");
    }
    CareProvider provider = em.find(CareProvider.class, providerId);
    if (provider == null) {
      throw new AccountException("account.provider.unknown", providerId);
    }
    return provider;
  }

  private void requireAdmin(Actor actor, AccessAction action, Long userId) {
    if (!AccessPolicy.mayAdminister(actor)) {
      accessLog.record(actor, action, OBJECT, userId, null, null, AccessOutcome.DENIED, null);
      throw new AccessDeniedException("account management");
    }
  }

  private String temporaryPassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(TEMP_ALPHABET[random.nextInt(TEMP_ALPHABET.length)]);
    }
    return sb.toString();
  }
}
