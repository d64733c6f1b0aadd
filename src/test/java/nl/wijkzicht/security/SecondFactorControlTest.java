package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.security.control.KeyFile;
import nl.wijkzicht.security.control.QrSvg;
import nl.wijkzicht.security.control.RecoveryCodes;
import nl.wijkzicht.security.control.SecondFactorPolicy;
import nl.wijkzicht.security.control.SecretCipher;
import nl.wijkzicht.security.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption of secrets, the key file, recovery codes, who needs a second factor, the QR code. */
class SecondFactorControlTest {

  private static byte[] key() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void encryptionRoundTripBoundToTheAccount() {
    SecretCipher cipher = new SecretCipher(key(), List.of());
    byte[] secret = "12345678901234567890".getBytes();
    String stored = cipher.encrypt(secret, 42);
    assertThat(stored).startsWith("v1:" + cipher.currentKeyId() + ":");
    assertThat(stored).doesNotContain("MTIzNDU2"); // Not the secret in base64.
    assertThat(cipher.decrypt(stored, 42)).isEqualTo(secret);
    assertThat(cipher.encrypt(secret, 42)).as("a fresh nonce each time").isNotEqualTo(stored);
    assertThatThrownBy(() -> cipher.decrypt(stored, 43))
        .as("copied to another account's row")
        .isInstanceOf(IllegalStateException.class);
    String tampered =
        stored.substring(0, stored.length() - 3)
            + (stored.charAt(stored.length() - 3) == 'A' ? 'B' : 'A')
            + stored.substring(stored.length() - 2);
    assertThatThrownBy(() -> cipher.decrypt(tampered, 42)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void keyRotationReadsOldSecretsAndMarksThemStale() {
    byte[] oldKey = key();
    byte[] newKey = key();
    SecretCipher before = new SecretCipher(oldKey, List.of());
    String stored = before.encrypt(new byte[] {1, 2, 3}, 7);
    SecretCipher after = new SecretCipher(newKey, List.of(oldKey));
    assertThat(after.decrypt(stored, 7)).containsExactly(1, 2, 3);
    assertThat(after.isStale(stored)).isTrue();
    assertThat(after.isStale(after.encrypt(new byte[] {1}, 7))).isFalse();
    SecretCipher withoutOld = new SecretCipher(newKey, List.of());
    assertThatThrownBy(() -> withoutOld.decrypt(stored, 7)).hasMessageContaining("not configured");
    assertThatThrownBy(() -> new SecretCipher(new byte[16], List.of()))
        .hasMessageContaining("32 bytes");
  }

  @Test
  void keyFileIsCreatedOnceWithOwnerOnlyPermissions(@TempDir Path home) throws Exception {
    Path file = home.resolve("sub").resolve(KeyFile.NAME);
    byte[] first = KeyFile.loadOrCreate(file);
    assertThat(first).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(KeyFile.loadOrCreate(file)).as("read, not replaced").isEqualTo(first);
    assertThat(Files.readString(file).strip()).isEqualTo(Base64.getEncoder().encodeToString(first));
    try (var left = Files.list(file.getParent())) {
      assertThat(left).as("no temporary file left").hasSize(1);
    }
  }

  @Test
  void tenDifferentRecoveryCodesThatNormalise() {
    List<String> codes = RecoveryCodes.generate(new SecureRandom());
    assertThat(codes).hasSize(10);
    assertThat(new HashSet<>(codes)).hasSize(10);
    for (String code : codes) {
      assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}");
      assertThat(RecoveryCodes.plausible(code)).isTrue();
      assertThat(RecoveryCodes.normalise(" " + code.toUpperCase().replace("-", " ") + " "))
          .isEqualTo(code.replace("-", ""));
    }
    assertThat(RecoveryCodes.plausible("123456")).isFalse();
    assertThat(RecoveryCodes.plausible("abcde-fghi1")).as("1 is not in the alphabet").isFalse();
  }

  @Test
  void requiredForTheListedRolesExceptDemoAccountsAndForMarkedAccounts() {
    SecondFactorPolicy policy = new SecondFactorPolicy(SecondFactorPolicy.DEFAULT_ROLES);
    assertThat(policy.requiredRoles()).containsExactlyInAnyOrder(Role.PROVIDER, Role.COORDINATOR);
    assertThat(policy.required(Role.PROVIDER, false, false)).isTrue();
    assertThat(policy.required(Role.COORDINATOR, false, false)).isTrue();
    assertThat(policy.required(Role.INSPECTOR, false, false)).isFalse();
    assertThat(policy.required(Role.ADMIN, false, false)).isFalse();
    assertThat(policy.required(Role.PROVIDER, false, true)).as("demo account").isFalse();
    assertThat(policy.required(Role.INSPECTOR, true, false)).as("marked account").isTrue();
    assertThat(policy.required(Role.INSPECTOR, true, true)).as("marked demo account").isTrue();
    assertThat(SecondFactorPolicy.parse("none")).isEmpty();
    assertThat(SecondFactorPolicy.parse(" admin, Inspector "))
        .isEqualTo(Set.of(Role.ADMIN, Role.INSPECTOR));
    assertThatThrownBy(() -> SecondFactorPolicy.parse("PROVIDERS"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void qrCodeAsSvgPathWithOnlySafeCharacters() {
    QrSvg qr = QrSvg.of("otpauth://totp/Wijkzicht:demo?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    assertThat(qr.size()).isGreaterThan(21 + 2 * QrSvg.BORDER - 1);
    assertThat(qr.path()).matches("(M\\d+,\\d+h1v1h-1z)+");
    assertThat(qr.viewBox()).isEqualTo("0 0 " + qr.size() + " " + qr.size());
  }
}
