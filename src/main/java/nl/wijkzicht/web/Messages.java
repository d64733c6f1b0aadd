package nl.wijkzicht.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.wijkzicht.WijkzichtException;

/** Adds Faces messages from the i18n bundle in the view's language. */
public final class Messages {

  public static final String BUNDLE = "nl.wijkzicht.i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  public static void error(WijkzichtException e) {
    add(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = text(context.getViewRoot().getLocale(), key, arguments);
    context.addMessage(null, new FacesMessage(severity, text, null));
  }
}
