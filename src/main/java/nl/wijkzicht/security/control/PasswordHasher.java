package nl.wijkzicht.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 implementation, set to OWASP's figures for
 * PBKDF2-HMAC-SHA512 (210,000 iterations; ASVS 2.4) instead of its default of 2,048, with a 32-byte
 * random salt per password. The stored form carries algorithm, iterations and salt, so the
 * parameters can be raised later without invalidating existing hashes.
 *
 * <p>At most one hash per processor runs at a time; further logins wait their turn without using
 * CPU, so a login storm slows logins down instead of starving every other page. Callers hold no
 * database connection while they wait or hash.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 210_000;
  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";

  @Inject private Pbkdf2PasswordHash hash;

  private final AtomicLong verifications = new AtomicLong();
  private final Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  /** Used to spend the same time on an unknown username as on a known one. */
  private String dummyHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "64"));
    dummyHash = hash.generate("not-a-password-of-anyone".toCharArray());
  }

  public String hash(String password) {
    turns.acquireUninterruptibly();
    try {
      return hash.generate(password.toCharArray());
    } finally {
      turns.release();
    }
  }

  public boolean verify(String password, String storedHash) {
    verifications.incrementAndGet();
    turns.acquireUninterruptibly();
    try {
      return hash.verify(password.toCharArray(), storedHash);
    } finally {
      turns.release();
    }
  }

  /** Password verifications since start (every login branch must make exactly one). */
  public long verifications() {
    return verifications.get();
  }

  /**
   * Spends the time of one verification where there is no hash to check (an unknown username, a
   * locked account), so timing tells nothing about the account.
   */
  public void verifyNothing(String password) {
    verify(password, dummyHash);
  }
}
