package nl.wijkzicht.framework.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.wijkzicht.framework.entity.LocalizedText;

/**
 * Framework texts in the language of the current view: {@code #{frameworkTexts.of(norm.title)}}.
 */
@Named
@ApplicationScoped
public class FrameworkTexts {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  public String of(LocalizedText text) {
    return text == null ? "" : text.in(locale());
  }

  /** A moment as date and time in Dutch time, e.g. 23 nov 2026 17:36. */
  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(instant.atZone(ZONE));
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.forLanguageTag("nl")
        : context.getViewRoot().getLocale();
  }
}
