package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.LoginPolicy;
import nl.wijkzicht.security.control.SecondFactorKeys;
import nl.wijkzicht.security.control.Totp;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.RecoveryCode;
import nl.wijkzicht.security.entity.SecondFactor;

/**
 * The short transactions of the second factor (as {@link LoginAttempts} for passwords): every
 * change of a second factor happens under its row's lock and is written to the access log in the
 * same transaction. The slow recovery-code hashes are compared by {@link SecondFactorService}
 * between two of these transactions, holding no connection.
 */
@ApplicationScoped
@Transactional
public class SecondFactorStore {

  static final String OBJECT = "User";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private SecondFactorKeys keys;
  @Inject private LoginPolicy policy;

  /** An account as the second factor sees it. */
  public record Account(
      long userId,
      String username,
      nl.wijkzicht.security.entity.Role role,
      Long providerId,
      boolean demo,
      boolean accountRequires,
      boolean enrolled,
      int recoveryLeft) {

    public Actor actor() {
      return Actor.of(userId, username, role, providerId);
    }
  }

  public Optional<Account> account(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(this::account);
  }

  public Optional<Account> account(long userId) {
    return Optional.ofNullable(em.find(AppUser.class, userId)).map(this::account);
  }

  private Account account(AppUser user) {
    boolean enrolled = em.find(SecondFactor.class, user.getId()) != null;
    int left =
        enrolled
            ? em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class)
                .setParameter("userId", user.getId())
                .getResultList()
                .size()
            : 0;
    return new Account(
        user.getId(),
        user.getUsername(),
        user.getRole(),
        user.getProviderId(),
        user.isDemo(),
        user.isSecondFactorRequired(),
        enrolled,
        left);
  }

  /** What a code check found. */
  public enum Outcome {
    ACCEPTED,
    WRONG,
    LOCKED,
    NOT_ENROLLED
  }

  /**
   * Checks a TOTP code under the row's lock: parallel posts of one code are accepted once (the step
   * is recorded before the lock is given back), a wrong code counts towards the lock-out.
   */
  public Outcome checkCode(Account account, String code, Instant now, String purpose) {
    SecondFactor factor =
        em.find(SecondFactor.class, account.userId(), LockModeType.PESSIMISTIC_WRITE);
    if (factor == null) {
      return Outcome.NOT_ENROLLED;
    }
    if (factor.isLocked(now)) {
      log(account, purpose, false, "second factor locked");
      return Outcome.LOCKED;
    }
    byte[] secret = keys.cipher().decrypt(factor.getSecret(), account.userId());
    OptionalLong step = Totp.verify(secret, code, now, factor.getLastUsedStep());
    if (step.isEmpty()) {
      factor.failed(now, policy.accountMaxFailures(), policy.lockDuration());
      log(account, purpose, false, "second factor wrong");
      return Outcome.WRONG;
    }
    factor.succeeded(step.getAsLong());
    if (keys.cipher().isStale(factor.getSecret())) {
      factor.reencrypt(keys.cipher().encrypt(secret, account.userId())); // After a key rotation.
    }
    log(account, purpose, true, "second factor");
    return Outcome.ACCEPTED;
  }

  /** The stored hashes of the unused recovery codes; empty when locked or not enrolled. */
  public record Unused(Outcome state, List<Long> ids, List<String> hashes) {}

  public Unused unusedCodes(Account account, Instant now, String purpose) {
    SecondFactor factor = em.find(SecondFactor.class, account.userId());
    if (factor == null) {
      return new Unused(Outcome.NOT_ENROLLED, List.of(), List.of());
    }
    if (factor.isLocked(now)) {
      log(account, purpose, false, "second factor locked");
      return new Unused(Outcome.LOCKED, List.of(), List.of());
    }
    List<RecoveryCode> codes =
        em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class)
            .setParameter("userId", account.userId())
            .getResultList();
    return new Unused(
        Outcome.ACCEPTED,
        codes.stream().map(RecoveryCode::getId).toList(),
        codes.stream().map(RecoveryCode::getCodeHash).toList());
  }

  /**
   * Strikes off a recovery code that matched; refused (WRONG) when a parallel request used it
   * first. Returns the outcome and counts a failure when {@code codeId} is null (none matched).
   */
  public Outcome useRecoveryCode(Account account, Long codeId, Instant now, String purpose) {
    SecondFactor factor =
        em.find(SecondFactor.class, account.userId(), LockModeType.PESSIMISTIC_WRITE);
    if (factor == null) {
      return Outcome.NOT_ENROLLED;
    }
    RecoveryCode code = codeId == null ? null : em.find(RecoveryCode.class, codeId);
    if (code == null || code.isUsed() || !code.getUserId().equals(account.userId())) {
      factor.failed(now, policy.accountMaxFailures(), policy.lockDuration());
      log(account, purpose, false, "recovery code wrong");
      return Outcome.WRONG;
    }
    code.use(now);
    factor.recovered();
    log(account, purpose, true, "recovery code");
    return Outcome.ACCEPTED;
  }

  /** Stores a confirmed enrolment (replacing an earlier one) with its recovery code hashes. */
  public void enrol(
      Account account, byte[] secret, long usedStep, List<String> hashes, Instant now) {
    // One enrolment of an account at a time (two tabs confirming at once): the later one replaces
    // the earlier one instead of colliding on the key.
    em.find(AppUser.class, account.userId(), LockModeType.PESSIMISTIC_WRITE);
    removeFactor(account.userId());
    em.persist(
        new SecondFactor(
            account.userId(), keys.cipher().encrypt(secret, account.userId()), usedStep, now));
    em.flush();
    hashes.forEach(h -> em.persist(new RecoveryCode(account.userId(), h)));
    accessLog.record(
        account.actor(),
        AccessEvent.of(AccessAction.UPDATE, OBJECT, account.userId())
            .provider(account.providerId())
            .detail("second factor enrolled"));
  }

  /** The user removes their own (optional) second factor. */
  public void remove(Account account) {
    removeFactor(account.userId());
    accessLog.record(
        account.actor(),
        AccessEvent.of(AccessAction.DELETE, OBJECT, account.userId())
            .provider(account.providerId())
            .detail("second factor removed"));
  }

  /** An administrator resets an account's second factor; it enrols again at the next login. */
  public boolean reset(Actor admin, long userId) {
    AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      return false;
    }
    boolean had = removeFactor(userId);
    accessLog.record(
        admin,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, userId)
            .provider(user.getProviderId())
            .detail(had ? "second factor reset" : "second factor reset (none enrolled)"));
    return had;
  }

  public void refused(Actor actor, AccessAction action, Long userId, String detail) {
    accessLog.record(actor, AccessEvent.of(action, OBJECT, userId).denied().detail(detail));
  }

  public Set<Long> enrolledIds() {
    return new HashSet<>(
        em.createNamedQuery(SecondFactor.ENROLLED_IDS, Long.class).getResultList());
  }

  /** Marks an account as needing a second factor whatever its role (administrators, tests). */
  public void requireFor(long userId, boolean required) {
    AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (user != null) {
      user.setSecondFactorRequired(required);
    }
  }

  private boolean removeFactor(long userId) {
    SecondFactor factor = em.find(SecondFactor.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (factor == null) {
      return false;
    }
    em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("userId", userId).executeUpdate();
    em.remove(factor);
    em.flush();
    return true;
  }

  private void log(Account account, String purpose, boolean allowed, String detail) {
    AccessAction action = "login".equals(purpose) ? AccessAction.LOGIN : AccessAction.UPDATE;
    AccessEvent event =
        AccessEvent.of(action, OBJECT, account.userId())
            .provider(account.providerId())
            .detail(("login".equals(purpose) ? "" : purpose + ": ") + detail);
    accessLog.record(account.actor(), allowed ? event : event.denied());
  }
}
