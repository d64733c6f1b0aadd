package nl.wijkzicht.framework.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import nl.wijkzicht.framework.entity.LocalizedText;

/** Framework texts in the language of the current view: {@code #{frameworkTexts.of(norm.title)}}. */
@Named
@ApplicationScoped
public class FrameworkTexts {

  public String of(LocalizedText text) {
    if (text == null) {
      return "";
    }
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context == null || context.getViewRoot() == null ? Locale.forLanguageTag("nl")
        : context.getViewRoot().getLocale();
    return text.in(locale);
  }
}
