package nl.wijkzicht.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What pages that show one object by id need: read the id parameter, answer 403/404 without
 * rendering.
 */
public final class PageRequest {

  private PageRequest() {}

  /**
   * The request parameter as a positive id, or empty when missing or not a number (never an
   * exception).
   */
  public static Optional<Long> id(String parameter) {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(parameter);
    return value != null && value.matches("\\d{1,18}")
        ? Optional.of(Long.parseLong(value))
        : Optional.empty();
  }

  /** Ends the request with an error status; the matching error page (403, 404) answers. */
  public static void fail(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext ec = context.getExternalContext();
    try {
      ec.responseSendError(status, null);
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
