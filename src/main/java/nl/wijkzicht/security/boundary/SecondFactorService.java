package nl.wijkzicht.security.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Base32;
import nl.wijkzicht.security.control.LoginPolicy;
import nl.wijkzicht.security.control.LoginThrottle;
import nl.wijkzicht.security.control.PasswordHasher;
import nl.wijkzicht.security.control.QrSvg;
import nl.wijkzicht.security.control.RecoveryCodes;
import nl.wijkzicht.security.control.RequestAddress;
import nl.wijkzicht.security.control.SecondFactorKeys;
import nl.wijkzicht.security.control.SecondFactorPolicy;
import nl.wijkzicht.security.control.Totp;
import nl.wijkzicht.security.entity.AccessAction;

/**
 * The second factor (TOTP, RFC 6238) and its recovery codes: what the login asks after the
 * password, enrolment, the check of a code, removal by the user and reset by an administrator. The
 * code step is throttled like the password: per address through the same {@link LoginThrottle}, per
 * account by its own lock-out (the password step's count is separate, so a right password does not
 * give more guesses at the code). Every check is in the access log.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class SecondFactorService {

  private static final System.Logger LOGGER = System.getLogger(SecondFactorService.class.getName());

  /** Shown as the account's issuer in authenticator apps. */
  public static final String ISSUER = "Wijkzicht";

  @Inject private SecondFactorStore store;
  @Inject private SecondFactorPolicy policy;
  @Inject private SecondFactorKeys keys;
  @Inject private LoginPolicy loginPolicy;
  @Inject private PasswordHasher hasher;
  @Inject private RequestAddress address;

  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  /** Reads (or creates) the key at start, so a missing or bad key shows in the start-up log. */
  void onDatabaseReady(@Observes @Priority(StartupOrder.ACCOUNTS) DatabaseReady ready) {
    try {
      keys.cipher();
    } catch (RuntimeException e) {
      LOGGER.log(
          Level.ERROR,
          "The second-factor key cannot be read: second-factor logins will fail. "
              + "Set WIJKZICHT_TOTP_KEY or WIJKZICHT_HOME (docs/security.md).",
          e);
    }
  }

  /** What the login asks for after a right password. */
  public enum Next {
    /** Nothing: signed in. */
    DONE,
    /** A code from the app (or a recovery code). */
    CODE,
    /** The account must enrol before it can do anything. */
    ENROL
  }

  public Next afterPassword(String username) {
    SecondFactorStore.Account account =
        store.account(username).orElseThrow(() -> new NotFoundException("account.unknown"));
    if (account.enrolled()) {
      return Next.CODE;
    }
    return policy.required(account.role(), account.accountRequires(), account.demo())
        ? Next.ENROL
        : Next.DONE;
  }

  /** The account page's view of one's own second factor. */
  public record Status(boolean enrolled, boolean required, int recoveryLeft)
      implements Serializable {}

  public Status status(Actor self) {
    SecondFactorStore.Account account = own(self);
    return new Status(
        account.enrolled(),
        policy.required(account.role(), account.accountRequires(), account.demo()),
        account.recoveryLeft());
  }

  /** A new secret to enrol, as the QR code and the text a user can type instead. */
  public record Enrolment(byte[] secret, String text, String uri, QrSvg qr) {}

  public Enrolment newEnrolment(String username) {
    byte[] secret = Totp.newSecret(random);
    String uri = Totp.keyUri(ISSUER, username, secret);
    return new Enrolment(secret, Base32.grouped(secret), uri, QrSvg.of(uri));
  }

  /**
   * Confirms an enrolment with a code from the app (proving the app has the secret) and stores it;
   * returns the recovery codes, to be shown once. The hashes are computed before any transaction.
   */
  public List<String> confirmEnrolment(String username, byte[] secret, String code) {
    SecondFactorStore.Account account =
        store.account(username).orElseThrow(() -> new NotFoundException("account.unknown"));
    Instant now = Instant.now(clock);
    OptionalLong step = Totp.verify(secret, code, now, 0);
    if (step.isEmpty()) {
      throw InvalidInputException.of("code", "second_factor.code.wrong");
    }
    List<String> codes = RecoveryCodes.generate(random);
    List<String> hashes = codes.stream().map(c -> hasher.hash(RecoveryCodes.normalise(c))).toList();
    store.enrol(account, secret, step.getAsLong(), hashes, now);
    return codes;
  }

  /** The result of a code given at login (or to confirm removal). */
  public record Check(
      SecondFactorStore.Outcome outcome, boolean recoveryCodeUsed, int recoveryLeft) {

    public boolean accepted() {
      return outcome == SecondFactorStore.Outcome.ACCEPTED;
    }
  }

  /**
   * Checks a code at login: six digits are a TOTP code, ten letters and digits a recovery code
   * (compared with each unused one's hash, holding no connection). Throttled per address as
   * passwords are; refused ones count towards the account's lock-out.
   */
  public Check verifyLogin(String username, String code) {
    return verify(username, code, "login");
  }

  private Check verify(String username, String code, String purpose) {
    SecondFactorStore.Account account =
        store.account(username).orElseThrow(() -> new NotFoundException("account.unknown"));
    Optional<LoginThrottle.Attempt> place =
        loginPolicy.throttle().tryStart(address.current(), loginPolicy.gateWait());
    if (place.isEmpty()) {
      store.refused(
          account.actor(), AccessAction.LOGIN, account.userId(), "second factor throttled");
      return new Check(SecondFactorStore.Outcome.LOCKED, false, account.recoveryLeft());
    }
    try (LoginThrottle.Attempt attempt = place.get()) {
      Instant now = Instant.now(clock);
      Check check;
      if (Totp.looksLikeCode(code)) {
        check =
            new Check(store.checkCode(account, code, now, purpose), false, account.recoveryLeft());
      } else {
        check = recovery(account, code, now, purpose);
      }
      if (check.accepted()) {
        attempt.succeeded();
      }
      return check;
    }
  }

  private Check recovery(
      SecondFactorStore.Account account, String code, Instant now, String purpose) {
    SecondFactorStore.Unused unused = store.unusedCodes(account, now, purpose);
    if (unused.state() != SecondFactorStore.Outcome.ACCEPTED) {
      return new Check(unused.state(), false, account.recoveryLeft());
    }
    Long matched = null;
    if (RecoveryCodes.plausible(code)) {
      String given = RecoveryCodes.normalise(code);
      for (int i = 0; i < unused.hashes().size() && matched == null; i++) {
        if (hasher.verify(given, unused.hashes().get(i))) {
          matched = unused.ids().get(i);
        }
      }
    }
    SecondFactorStore.Outcome outcome = store.useRecoveryCode(account, matched, now, purpose);
    int left = unused.ids().size() - (outcome == SecondFactorStore.Outcome.ACCEPTED ? 1 : 0);
    return new Check(outcome, outcome == SecondFactorStore.Outcome.ACCEPTED, left);
  }

  /**
   * The user removes their own second factor, proving it with a current code; refused when their
   * role or account requires one.
   */
  public void remove(Actor self, String code) {
    SecondFactorStore.Account account = own(self);
    if (policy.required(account.role(), account.accountRequires(), account.demo())) {
      store.refused(self, AccessAction.DELETE, self.userId(), "second factor required");
      throw NotAllowedException.denied("second factor required");
    }
    if (!verify(self.username(), code, "remove").accepted()) {
      throw InvalidInputException.of("removeCode", "second_factor.code.wrong");
    }
    store.remove(account);
  }

  /** An administrator resets an account's second factor (lost phone): logged. */
  public boolean reset(Actor admin, long userId) {
    if (!AccessPolicy.mayAdminister(admin)) {
      store.refused(admin, AccessAction.UPDATE, userId, "second factor reset");
      throw NotAllowedException.denied("account management");
    }
    if (store.account(userId).isEmpty()) {
      throw new NotFoundException("account.unknown", userId);
    }
    return store.reset(admin, userId);
  }

  /** The accounts that have a second factor (for the administrator's list). */
  public Set<Long> enrolledIds(Actor admin) {
    if (!AccessPolicy.mayAdminister(admin)) {
      store.refused(admin, AccessAction.SEARCH, null, "second factor");
      throw NotAllowedException.denied("account management");
    }
    return store.enrolledIds();
  }

  private SecondFactorStore.Account own(Actor self) {
    if (self.isAnonymous()) {
      throw NotAllowedException.denied("not signed in");
    }
    return store
        .account(self.userId())
        .orElseThrow(() -> new NotFoundException("account.unknown", self.userId()));
  }
}
