package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.AccountGate;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.EmailAddress;
import nl.wijkzicht.security.control.LoginPolicy;
import nl.wijkzicht.security.control.LoginThrottle;
import nl.wijkzicht.security.control.Organisation;
import nl.wijkzicht.security.control.Organisations;
import nl.wijkzicht.security.control.PasswordHasher;
import nl.wijkzicht.security.control.PasswordPolicy;
import nl.wijkzicht.security.control.RequestAddress;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;

/** Accounts: checking passwords, and the administrator's account management. */
@ApplicationScoped
@Transactional
public class UserService {

  private static final System.Logger LOGGER = System.getLogger(UserService.class.getName());
  private static final String OBJECT = "User";
  private static final char[] TEMP_ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  @Inject private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private AccessLogService accessLog;
  @Inject private Organisations organisations;
  @Inject private RequestAddress address;
  @Inject private LoginPolicy policy;
  @Inject private LoginAttempts attempts;

  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  /** A login's result and, on success, the account's name and role for the security context. */
  public record Login(LoginResult result, String username, Role role) {}

  /** Checks a password, applies lock-out and throttling, and records the attempt. */
  @Transactional(TxType.NOT_SUPPORTED)
  public LoginResult authenticate(String username, String password) {
    return login(username, password).result();
  }

  /**
   * Checks a password without holding a database connection while the slow hash runs: the address
   * takes a place in its allowance, the login waits for its account's turn (one check per account
   * at a time), a short transaction reads the account, the hash is checked, a short transaction
   * counts the outcome and logs it. Every branch that reaches an account (unknown, locked,
   * disabled, wrong, right) computes one hash, so timing tells nothing about the account.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Login login(String username, String password) {
    String from = address.current();
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    String given = password == null ? "" : password;
    // Waits (without a connection) while other running checks fill the address's places; refused
    // only when failures fill them.
    Optional<LoginThrottle.Attempt> place = policy.throttle().tryStart(from, policy.gateWait());
    if (place.isEmpty()) {
      attempts.refused(name, LoginResult.THROTTLED);
      return new Login(LoginResult.THROTTLED, name, null);
    }
    // Closing the place without succeeded() counts it as a failure of this address.
    try (LoginThrottle.Attempt attempt = place.get()) {
      Optional<AccountGate.Turn> turn = policy.gate().enter(name, policy.gateWait());
      if (turn.isEmpty()) {
        attempt.notChecked(); // No guess was tried: not a failure of this address.
        attempts.refused(name, LoginResult.BUSY);
        return new Login(LoginResult.BUSY, name, null);
      }
      try (AccountGate.Turn held = turn.get()) {
        LoginAttempts.Check check = attempts.start(name, Instant.now(clock));
        boolean matches;
        if (check.passwordHash() == null) {
          hasher.verifyNothing(given);
          matches = false;
        } else {
          matches = hasher.verify(given, check.passwordHash());
        }
        LoginResult result;
        if (!check.known()) {
          result = LoginResult.INVALID;
        } else if (check.locked()) {
          result = LoginResult.LOCKED;
        } else if (!matches) {
          result = LoginResult.INVALID;
        } else if (!check.enabled()) {
          result = LoginResult.DISABLED;
        } else {
          result = LoginResult.SUCCESS;
        }
        attempts.finish(check, result, Instant.now(clock));
        if (result == LoginResult.SUCCESS) {
          attempt.succeeded();
        }
        return new Login(result, check.username(), check.role());
      }
    }
  }

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The actor for a signed-in username; anonymous when the account is gone or disabled. */
  public Actor actorFor(String username) {
    return findByUsername(username)
        .filter(AppUser::isEnabled)
        .map(UserService::actorOf)
        .orElse(Actor.ANONYMOUS);
  }

  public boolean mustChangePassword(String username) {
    return findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
  }

  public static Actor actorOf(AppUser user) {
    return Actor.of(user.getId(), user.getUsername(), user.getRole(), user.getProviderId());
  }

  public List<AppUser> list(Actor admin) {
    requireAdmin(admin, AccessAction.SEARCH, null);
    accessLog.record(admin, AccessEvent.of(AccessAction.SEARCH, OBJECT, null));
    return em.createNamedQuery(AppUser.FIND_ALL, AppUser.class).getResultList();
  }

  /** The organisations a provider account can belong to. */
  public List<Organisation> organisations(Actor admin) {
    requireAdmin(admin, AccessAction.SEARCH, null);
    return organisations.all();
  }

  /**
   * Creates an account with a temporary password that must be changed at first login; returns it.
   */
  public String create(
      Actor admin, String username, String displayName, Role role, Long providerId) {
    return create(admin, username, displayName, role, providerId, null);
  }

  /**
   * As {@link #create(Actor, String, String, Role, Long)}, with the account's e-mail address for
   * notification mails (blank: none; refused at field {@code email} when malformed).
   */
  public String create(
      Actor admin,
      String username,
      String displayName,
      Role role,
      Long providerId,
      String emailAddress) {
    requireAdmin(admin, AccessAction.CREATE, null);
    String email = EmailAddress.parse(emailAddress, "email").orElse(null);
    // Hashed before the first query: the transaction takes its connection only after the slow hash.
    String temporary = temporaryPassword();
    String temporaryHash = hasher.hash(temporary);
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    if (!name.matches(AppUser.USERNAME_PATTERN)) {
      throw InvalidInputException.of("username", "account.username.invalid");
    }
    if (findByUsername(name).isPresent()) {
      throw InvalidInputException.of("username", "account.username.taken", name);
    }
    AppUser user =
        new AppUser(
            name,
            displayName.strip(),
            role,
            provider(role, providerId),
            temporaryHash,
            false,
            Instant.now(clock));
    user.changePassword(user.getPasswordHash(), true);
    user.setEmail(email);
    em.persist(user);
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, name),
        // Another administrator created the same username since the check above.
        DatabaseWrite.UniqueKey.of(
            "uk_app_user_username",
            () -> InvalidInputException.of("username", "account.username.taken", name)));
    accessLog.record(
        admin,
        AccessEvent.of(AccessAction.CREATE, OBJECT, user.getId())
            .provider(providerId)
            .detail("role=" + role));
    LOGGER.log(Level.INFO, "Account {0} created with role {1}.", user.getId(), role);
    return temporary;
  }

  public void update(
      Actor admin, long userId, String displayName, Role role, Long providerId, boolean enabled) {
    AppUser user = get(admin, userId);
    update(admin, userId, displayName, role, providerId, enabled, user.getEmail());
  }

  /**
   * As {@link #update(Actor, long, String, Role, Long, boolean)}, also setting the e-mail address.
   */
  public void update(
      Actor admin,
      long userId,
      String displayName,
      Role role,
      Long providerId,
      boolean enabled,
      String emailAddress) {
    AppUser user = get(admin, userId);
    String email = EmailAddress.parse(emailAddress, "email").orElse(null);
    if (user.getId().equals(admin.userId()) && (role != Role.ADMIN || !enabled)) {
      throw InvalidInputException.of("role", "account.self_demote");
    }
    user.setDisplayName(displayName.strip());
    user.assign(role, provider(role, providerId));
    user.setEnabled(enabled);
    user.setEmail(email);
    accessLog.record(
        admin,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, userId)
            .provider(providerId)
            .detail("role=" + role + ", enabled=" + enabled));
  }

  /** Sets a new temporary password (shown once to the admin) and unlocks the account. */
  public String resetPassword(Actor admin, long userId) {
    String temporary = temporaryPassword();
    String temporaryHash = hasher.hash(temporary); // Before the first query, as in create.
    AppUser user = get(admin, userId);
    user.changePassword(temporaryHash, true);
    accessLog.record(
        admin, AccessEvent.of(AccessAction.UPDATE, OBJECT, userId).detail("password reset"));
    return temporary;
  }

  /**
   * The signed-in user changes their own password, proving the current one. The hashes are computed
   * outside any transaction; the new hash is stored only if the password was not changed meanwhile.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void changeOwnPassword(Actor self, String current, String replacement) {
    LoginAttempts.Stored stored =
        attempts
            .storedPassword(self.username())
            .orElseThrow(() -> NotAllowedException.denied("no account"));
    if (!hasher.verify(current == null ? "" : current, stored.hash())) {
      attempts.refusedPasswordChange(self, stored.userId());
      throw InvalidInputException.of("currentPassword", "account.password.current_wrong");
    }
    List<String> problems = PasswordPolicy.problems(replacement, stored.username());
    if (!problems.isEmpty()) {
      throw passwordRefused(problems);
    }
    if (hasher.verify(replacement, stored.hash())) {
      throw InvalidInputException.of("newPassword", "password.same");
    }
    attempts.replacePassword(self, stored, hasher.hash(replacement));
  }

  /**
   * Creates an account without an administrator (the first admin, demo accounts); the password must
   * meet the policy. Does nothing if the username exists.
   */
  public boolean createInitial(
      String username,
      String displayName,
      Role role,
      Long providerId,
      String password,
      boolean demo) {
    if (findByUsername(username).isPresent()) {
      return false;
    }
    List<String> problems = PasswordPolicy.problems(password, username);
    if (!problems.isEmpty()) {
      throw passwordRefused(problems);
    }
    em.persist(
        new AppUser(
            username,
            displayName,
            role,
            providerId,
            hasher.hash(password),
            demo,
            Instant.now(clock)));
    return true;
  }

  /**
   * Gives an account that has no e-mail address this one (demo accounts, set-up scripts); false
   * when the account is unknown or has an address already (an admin's choice is never overwritten).
   */
  public boolean assignEmailIfMissing(String username, String emailAddress) {
    String email = EmailAddress.parse(emailAddress, "email").orElse(null);
    return findByUsername(username)
        .filter(u -> u.getEmail() == null && email != null)
        .map(
            u -> {
              u.setEmail(email);
              return true;
            })
        .orElse(false);
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
      throw new NotFoundException("account.unknown", userId);
    }
    return user;
  }

  private Long provider(Role role, Long providerId) {
    if (role != Role.PROVIDER) {
      return null;
    }
    if (providerId == null) {
      throw InvalidInputException.of("provider", "account.provider.required");
    }
    if (organisations.find(providerId).isEmpty()) {
      throw InvalidInputException.of("provider", "account.provider.unknown", providerId);
    }
    return providerId;
  }

  private void requireAdmin(Actor actor, AccessAction action, Long userId) {
    if (!AccessPolicy.mayAdminister(actor)) {
      accessLog.record(actor, AccessEvent.of(action, OBJECT, userId).denied());
      throw NotAllowedException.denied("account management");
    }
  }

  private String temporaryPassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(TEMP_ALPHABET[random.nextInt(TEMP_ALPHABET.length)]);
    }
    return sb.toString();
  }

  /** Every rule of the password policy the new password breaks, at the new-password field. */
  private static InvalidInputException passwordRefused(List<String> problems) {
    return new InvalidInputException(
        problems.get(0),
        problems.stream().map(k -> new FieldProblem("newPassword", k, List.of())).toList());
  }
}
