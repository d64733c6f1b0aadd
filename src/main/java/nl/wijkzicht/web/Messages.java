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
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      String pattern = bundle.getString(key);
      if (arguments.length == 0) {
        return pattern;
      }
      Object[] shown = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        shown[i] =
            arguments[i] instanceof nl.wijkzicht.TextKey k && bundle.containsKey(k.key())
                ? bundle.getString(k.key())
                : arguments[i];
      }
      return new MessageFormat(pattern, locale).format(shown);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  /**
   * A refusal at the top of the page; a refused input shows each of its problems (pages that can
   * place them at their fields use {@link #errorsAt}).
   */
  public static void error(WijkzichtException e) {
    if (e instanceof nl.wijkzicht.InvalidInputException invalid) {
      invalid
          .getProblems()
          .forEach(p -> add(FacesMessage.SEVERITY_ERROR, p.key(), p.arguments().toArray()));
      FacesContext.getCurrentInstance().validationFailed();
    } else {
      add(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
    }
  }

  /** The one-line summary of a refusal at the top (its problems are shown at their fields). */
  public static void summary(WijkzichtException e) {
    add(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** An error shown at one field (its p:message) rather than at the top of the page. */
  public static void errorAt(String clientId, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = text(context.getViewRoot().getLocale(), key, arguments);
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Every problem of a refused form at its field: {@code clientIdOf} names the component of a
   * field, or null to show the problem at the top of the page.
   */
  public static void errorsAt(
      java.util.Collection<nl.wijkzicht.FieldProblem> problems,
      java.util.function.Function<String, String> clientIdOf) {
    problems.forEach(p -> errorAt(clientIdOf.apply(p.field()), p.key(), p.arguments().toArray()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Every problem of a refused form at its field: a problem for field {@code x} goes to the
   * component {@code form:x} when the page has one, else to the top of the page.
   */
  public static void errorsIn(String form, nl.wijkzicht.InvalidInputException e) {
    FacesContext context = FacesContext.getCurrentInstance();
    errorsAt(
        e.getProblems(),
        field -> {
          String clientId = form + ":" + field;
          return context.getViewRoot().findComponent(":" + clientId) != null ? clientId : null;
        });
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
