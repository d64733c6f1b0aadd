package nl.wijkzicht.framework.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One thing wrong in a framework file: where (file, 1-based line and column; 0 when unknown) and
 * what (a key of the i18n bundle, {@code framework.problem.*}, with its arguments), so that the
 * same problem reads in Dutch on the command line and in the user's language on a page.
 */
public record FrameworkProblem(
    String file, int line, int column, String key, List<Object> arguments) implements Serializable {

  static final String BUNDLE = "nl.wijkzicht.i18n.messages";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  public FrameworkProblem {
    arguments = List.copyOf(arguments);
  }

  /** The message only, in the given language. */
  public String message(Locale locale) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return new MessageFormat(pattern, locale)
          .format(arguments.stream().map(String::valueOf).toArray());
    } catch (MissingResourceException e) {
      return key + " " + arguments;
    }
  }

  /** The message in Dutch. */
  public String message() {
    return message(DUTCH);
  }

  /** {@code file:line:column: message}, as compilers print it, so editors can jump to the spot. */
  public String format(Locale locale) {
    return line > 0
        ? file + ":" + line + ":" + column + ": " + message(locale)
        : file + ": " + message(locale);
  }

  @Override
  public String toString() {
    return format(DUTCH);
  }
}
