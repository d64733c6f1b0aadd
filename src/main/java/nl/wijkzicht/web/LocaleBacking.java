package nl.wijkzicht.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of this session: Dutch by default, English on request. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

  private Locale locale = SUPPORTED.get(0);

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }

  /**
   * The public pages' switch: their views are stateless (nothing kept in the session per page), so
   * the page is loaded again in the new language (a redirect to the same address, with its query).
   * The form posts to that address ({@code o:form useRequestURI}).
   */
  public void switchAndReload(String language) throws java.io.IOException {
    switchTo(language);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  /** Switches the language; anything other than a supported language is ignored. */
  public void switchTo(String language) {
    SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .ifPresent(
            l -> {
              locale = l;
              FacesContext.getCurrentInstance().getViewRoot().setLocale(l);
            });
  }
}
