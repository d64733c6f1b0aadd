package nl.wijkzicht.security.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as every authenticator app computes
 * them: HMAC-SHA-1, 6 digits, 30-second steps counted from the Unix epoch. A code is accepted for
 * the current step and one step either side (clock drift, typing time), and only for a step later
 * than the last one used, so a seen code cannot be replayed.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Steps accepted either side of the current one. */
  public static final int WINDOW = 1;

  /** 160 bits, the HMAC-SHA-1 block-friendly size RFC 4226 recommends. */
  public static final int SECRET_BYTES = 20;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  public static byte[] newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of a step with {@link #DIGITS} digits. */
  public static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, "HmacSHA1");
  }

  /** RFC 4226 §5.3 dynamic truncation; other digits and algorithms for the RFC test vectors. */
  public static String code(byte[] secret, long step, int digits, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      String value = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - value.length()) + value;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /**
   * The step the code belongs to, if it is right for a step within the window around {@code now}
   * and later than {@code lastUsedStep} (a code already used, or an older one, is refused).
   */
  public static OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
    String given = normalise(code);
    if (given.length() != DIGITS || !given.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - WINDOW; s <= current + WINDOW; s++) {
      // Compared in constant time; every step of the window is computed whatever matches.
      boolean matches =
          MessageDigest.isEqual(
              code(secret, s).getBytes(StandardCharsets.US_ASCII),
              given.getBytes(StandardCharsets.US_ASCII));
      if (matches && s > lastUsedStep) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** What people type: spaces (apps show "123 456") and surrounding blanks removed. */
  public static String normalise(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "");
  }

  /** Looks like a TOTP code (six digits) rather than a recovery code. */
  public static boolean looksLikeCode(String input) {
    String given = normalise(input);
    return given.length() == DIGITS && given.chars().allMatch(Character::isDigit);
  }

  /**
   * The key URI authenticator apps read from the QR code (Google Authenticator's format, which the
   * others follow): {@code
   * otpauth://totp/Issuer:account?secret=..&issuer=..&algorithm=SHA1&digits=6&period=30}.
   */
  public static String keyUri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
