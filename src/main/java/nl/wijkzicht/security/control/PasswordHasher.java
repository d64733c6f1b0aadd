package nl.wijkzicht.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 implementation, set to OWASP's figures for
 * PBKDF2-HMAC-SHA512 (210,000 iterations; ASVS 2.4) instead of its default of 2,048, with a
 * 32-byte random salt per password. The stored form carries algorithm, iterations and salt, so the
 * parameters can be raised later without invalidating existing hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 210_000;
  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";

  @Inject private Pbkdf2PasswordHash hash;

  /** Used to spend the same time on an unknown username as on a known one. */
  private String dummyHash;

  @PostConstruct
  void configure() {
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
        "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    dummyHash = hash.generate("not-a-password-of-anyone".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification, for unknown usernames (no user enumeration by timing). */
  public void verifyNothing(String password) {
    hash.verify(password.toCharArray(), dummyHash);
  }
}
