package nl.wijkzicht.database;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares text the way the database compares names: every text column is {@code
 * utf8mb4_unicode_ci}, which ignores case, accents and trailing spaces ("Café" = "cafe") but not
 * spaces or punctuation inside the text ("De Linde" is not "DeLinde"). A uniqueness check in Java
 * that compares otherwise lets a duplicate through to the database's unique key (or refuses what
 * the database would accept), so Java checks of names use {@link #key(String)} or {@link
 * #same(String, String)} instead of {@code equals} or {@code equalsIgnoreCase}.
 *
 * <p>The key: the text decomposed (NFKD) without its accents, the few Latin letters that the
 * collation expands folded (ß = ss, æ = ae, œ = oe), in lower case, without trailing spaces.
 * DatabaseWriteIT checks it against MariaDB. Codes (AGB code, KvK number) are compared byte for
 * byte instead, in Java with {@code equals} and in the database with {@code ascii_bin}.
 */
public final class DatabaseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private DatabaseText() {}

  /** A key equal for texts the database considers equal; for maps and sets (null for null). */
  public static String key(String text) {
    if (text == null) {
      return null;
    }
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return bare.toLowerCase(Locale.ROOT)
        .replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("ı", "i")
        .stripTrailing();
  }

  /** Whether the database would consider the two texts equal (a unique key would refuse both). */
  public static boolean same(String a, String b) {
    return a == null || b == null ? a == b : key(a).equals(key(b));
  }
}
