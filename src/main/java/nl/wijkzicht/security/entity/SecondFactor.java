package nl.wijkzicht.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's TOTP second factor: the encrypted secret, the last step used (replay), and the
 * lock-out of the code step (as for passwords: {@code maxFailures} wrong codes lock it for a while;
 * failures while locked do not extend the lock). Changed only under the row's lock.
 */
@Entity
@Cacheable(false)
@Table(name = "second_factor")
@NamedQuery(name = SecondFactor.ENROLLED_IDS, query = "select f.userId from SecondFactor f")
public class SecondFactor implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ENROLLED_IDS = "SecondFactor.enrolledIds";

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "secret", nullable = false, length = 200)
  private String secret;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "last_used_step", nullable = false)
  private long lastUsedStep;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SecondFactor() {
    // For JPA.
  }

  public SecondFactor(long userId, String encryptedSecret, long usedStep, Instant now) {
    this.userId = userId;
    this.secret = Objects.requireNonNull(encryptedSecret);
    this.lastUsedStep = usedStep;
    this.enrolledAt = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void failed(Instant now, int maxFailures, Duration lockDuration) {
    if (isLocked(now)) {
      return;
    }
    if (lockedUntil != null) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    if (failures >= maxFailures) {
      lockedUntil = now.plus(lockDuration);
    }
  }

  /** A right code: its step may not be used again, the failure count starts over. */
  public void succeeded(long step) {
    lastUsedStep = Math.max(lastUsedStep, step);
    failures = 0;
    lockedUntil = null;
  }

  /** A right recovery code. */
  public void recovered() {
    failures = 0;
    lockedUntil = null;
  }

  public void reencrypt(String encryptedSecret) {
    this.secret = Objects.requireNonNull(encryptedSecret);
  }

  public Long getUserId() {
    return userId;
  }

  public String getSecret() {
    return secret;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public long getLastUsedStep() {
    return lastUsedStep;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
