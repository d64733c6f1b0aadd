package nl.wijkzicht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that encrypt second-factor secrets: the current key from {@code WIJKZICHT_TOTP_KEY}
 * (base64 of 32 bytes; for a secret store or a container), else from the file {@code totp-key} in
 * {@code WIJKZICHT_HOME} (default {@code ~/.wijkzicht}), created with permissions 0600 when it does
 * not exist. Older keys, still needed to read secrets not yet re-encrypted after a rotation, in
 * {@code WIJKZICHT_TOTP_OLD_KEYS} (comma-separated). See docs/security.md, "Key rotation".
 */
@ApplicationScoped
public class SecondFactorKeys {

  private static final System.Logger LOGGER = System.getLogger(SecondFactorKeys.class.getName());

  @Inject
  @ConfigProperty(name = "wijkzicht.totp.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "wijkzicht.totp.old-keys")
  Optional<String> oldKeys;

  @Inject
  @ConfigProperty(name = "wijkzicht.home")
  Optional<String> home;

  private volatile SecretCipher cipher;

  /** The cipher; the key file is read (or created) on first use, which start-up triggers. */
  public SecretCipher cipher() {
    SecretCipher made = cipher;
    if (made == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = load();
        }
        made = cipher;
      }
    }
    return made;
  }

  private SecretCipher load() {
    byte[] current;
    if (key.filter(k -> !k.isBlank()).isPresent()) {
      current = Base64.getDecoder().decode(key.get().strip());
      LOGGER.log(Level.INFO, "Second-factor key from WIJKZICHT_TOTP_KEY.");
    } else {
      Path file = keyFile(home.orElse(null));
      current = KeyFile.loadOrCreate(file);
      LOGGER.log(Level.INFO, "Second-factor key from {0}.", file);
    }
    List<byte[]> older =
        oldKeys.stream()
            .flatMap(text -> Arrays.stream(text.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> Base64.getDecoder().decode(s))
            .toList();
    SecretCipher made = new SecretCipher(current, older);
    LOGGER.log(
        Level.INFO,
        "Second-factor secrets are encrypted with key {0} ({1} older key(s) to read).",
        made.currentKeyId(),
        older.size());
    return made;
  }

  static Path keyFile(String home) {
    Path dir =
        home == null || home.isBlank()
            ? Path.of(System.getProperty("user.home"), ".wijkzicht")
            : Path.of(home);
    return dir.resolve(KeyFile.NAME);
  }
}
