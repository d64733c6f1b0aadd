package nl.wijkzicht.report.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a report (headings, labels, notes) in one language, by key ({@code report.pdf.*} in
 * the messages bundle). A key used with arguments is a {@link MessageFormat} pattern; without
 * arguments the text is returned as written. Texts that come from users or the framework are in the
 * model already and never pass through here.
 */
@FunctionalInterface
public interface ReportTexts {

  String BUNDLE = "nl.wijkzicht.i18n.messages";
  Locale DUTCH = Locale.forLanguageTag("nl-NL");
  Locale ENGLISH = Locale.forLanguageTag("en-GB");

  String text(String key, Object... args);

  /** The language of these texts: numbers and dates are written in it. Dutch unless told. */
  default Locale locale() {
    return DUTCH;
  }

  /** The texts of the messages bundle in {@code locale} (Dutch for null or any other language). */
  static ReportTexts of(Locale locale) {
    Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen);
    return new ReportTexts() {
      @Override
      public String text(String key, Object... args) {
        String pattern;
        try {
          pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
          return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(args);
      }

      @Override
      public Locale locale() {
        return chosen;
      }
    };
  }
}
