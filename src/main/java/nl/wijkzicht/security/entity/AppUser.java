package nl.wijkzicht.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account. A provider account belongs to exactly one care provider organisation; other roles to
 * none (also enforced by a CHECK constraint in the database).
 *
 * <p>Lock-out rule (ASVS 2.2.1): after {@value #MAX_FAILED_LOGINS} failed logins in a row the
 * account is locked for {@link #LOCK_DURATION} (both settings, see {@code LoginPolicy}); attempts
 * while it is locked are refused without a password check and do not extend the lock. A successful
 * login resets the count.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "app_user")
@NamedQuery(
    name = AppUser.FIND_BY_USERNAME,
    query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.FIND_ALL, query = "select u from AppUser u order by u.username")
@NamedQuery(
    name = AppUser.COUNT_ENABLED_ADMINS,
    query =
        "select count(u) from AppUser u where u.role = nl.wijkzicht.security.entity.Role.ADMIN and u.enabled = true")
@NamedQuery(name = AppUser.FIND_DEMO, query = "select u from AppUser u where u.demo = true")
public class AppUser implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_USERNAME = "AppUser.findByUsername";
  public static final String FIND_ALL = "AppUser.findAll";
  public static final String COUNT_ENABLED_ADMINS = "AppUser.countEnabledAdmins";
  public static final String FIND_DEMO = "AppUser.findDemo";

  public static final int USERNAME_LENGTH = 60;
  public static final int DISPLAY_NAME_LENGTH = 120;
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";
  public static final int EMAIL_LENGTH = 254;

  /** Production defaults of the lock-out settings. */
  public static final int MAX_FAILED_LOGINS = 5;

  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotNull
  @Pattern(regexp = USERNAME_PATTERN)
  @Column(name = "username", nullable = false, length = USERNAME_LENGTH, unique = true)
  private String username;

  @NotBlank
  @Size(max = DISPLAY_NAME_LENGTH)
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
  private String displayName;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  /**
   * The care provider a provider account belongs to (by id: accounts know no feature's entities).
   */
  @Column(name = "provider_id")
  private Long providerId;

  @NotNull
  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /** Needs a second factor whatever its role (see SecondFactorPolicy). */
  @Column(name = "second_factor_required", nullable = false)
  private boolean secondFactorRequired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Where notification mails go (optional; checked by {@code EmailAddress} before it is set). No
   * address: no mail, the in-app notifications still show everything.
   */
  @Size(max = EMAIL_LENGTH)
  @Column(name = "email", length = EMAIL_LENGTH)
  private String email;

  protected AppUser() {
    // For JPA.
  }

  public AppUser(
      String username,
      String displayName,
      Role role,
      Long providerId,
      String passwordHash,
      boolean demo,
      Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.demo = demo;
    this.createdAt = now;
    assign(role, providerId);
  }

  /** Sets role and organisation together, so a provider account never lacks its organisation. */
  public final void assign(Role newRole, Long newProviderId) {
    if ((newRole == Role.PROVIDER) != (newProviderId != null)) {
      throw new IllegalArgumentException(
          "A provider account needs exactly one organisation; other roles none");
    }
    this.role = newRole;
    this.providerId = newProviderId;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password (the caller holds this row's lock, so parallel failures are counted one
   * by one) and locks the account at {@code maxFailures}. While the account is locked nothing
   * changes: a failure cannot extend the lock (else anyone could keep a known account locked for
   * good). After a lock has run out, counting starts again from zero.
   */
  public void loginFailed(Instant now, int maxFailures, Duration lockDuration) {
    if (isLocked(now)) {
      return;
    }
    if (lockedUntil != null) {
      failedLogins = 0;
      lockedUntil = null;
    }
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockDuration);
    }
  }

  public void loginSucceeded(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void changePassword(String newHash, boolean temporary) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = temporary;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public void setDisplayName(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  /** The e-mail address, already checked and normalised by the caller; null for none. */
  public void setEmail(String email) {
    this.email = email;
  }

  public String getEmail() {
    return email;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public Long getProviderId() {
    return providerId;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isDemo() {
    return demo;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public boolean isSecondFactorRequired() {
    return secondFactorRequired;
  }

  public void setSecondFactorRequired(boolean required) {
    this.secondFactorRequired = required;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
