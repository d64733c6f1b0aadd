package nl.wijkzicht.security.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules (ASVS 2.1): at least 12 characters, at most 128, not a commonly used or breached
 * password (list bundled as common-passwords.txt), not the username. No composition rules (ASVS
 * 2.1.9). Returns the i18n keys of every rule broken.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  public static List<String> problems(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      problems.add("password.too_short");
      return problems;
    }
    if (password.length() > MAX_LENGTH) {
      problems.add("password.too_long");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      problems.add("password.common");
    }
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("password.contains_username");
    }
    return problems;
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
