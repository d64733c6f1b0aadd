package nl.wijkzicht.security.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.security.entity.AppUser;

/**
 * An account's e-mail address as an administrator types it: optional (blank = none), trimmed, the
 * domain in lower case, at most 254 characters, one {@code @}, a dot in the domain and no spaces,
 * quotes, angle brackets or line breaks (nothing that could add a header or a second recipient to a
 * mail). Deliberately simpler than RFC 5322: it accepts what people use and refuses what would make
 * trouble. Pure, unit-tested.
 */
public final class EmailAddress {

  /** Local part: letters, digits and the usual punctuation; domain: labels with a dot between. */
  private static final Pattern VALID =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private EmailAddress() {}

  /**
   * The address to store: empty for a blank input; refused with the problem at {@code field}
   * ({@code account.email.invalid}, {@code account.email.too_long}).
   */
  public static Optional<String> parse(String input, String field) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    String value = input.strip();
    if (value.length() > AppUser.EMAIL_LENGTH) {
      throw InvalidInputException.of(field, "account.email.too_long", AppUser.EMAIL_LENGTH);
    }
    if (!VALID.matcher(value).matches() || value.contains("..")) {
      throw InvalidInputException.of(field, "account.email.invalid");
    }
    int at = value.indexOf('@');
    return Optional.of(
        value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT));
  }
}
