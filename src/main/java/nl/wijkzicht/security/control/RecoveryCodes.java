package nl.wijkzicht.security.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for when the phone is lost: {@value #COUNT} codes of 10 characters from
 * an alphabet without look-alikes (about 49 bits each), shown once as {@code abcde-fghjk}, stored
 * only as password hashes ({@link PasswordHasher}) and struck off when used.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 10;

  private RecoveryCodes() {}

  public static List<String> generate(SecureRandom random) {
    List<String> codes = new ArrayList<>();
    while (codes.size() < COUNT) {
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < LENGTH; i++) {
        if (i == LENGTH / 2) {
          code.append('-');
        }
        code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      if (!codes.contains(code.toString())) {
        codes.add(code.toString());
      }
    }
    return codes;
  }

  /** The form that is hashed: lower case, without the hyphen and blanks people add or leave out. */
  public static String normalise(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  /** Could be a recovery code (so worth the slow hash comparisons). */
  public static boolean plausible(String input) {
    String given = normalise(input);
    if (given.length() != LENGTH) {
      return false;
    }
    for (char c : given.toCharArray()) {
      if (new String(ALPHABET).indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
