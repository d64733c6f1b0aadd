package nl.wijkzicht.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;

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
    return ServletCalls.id(value);
  }

  /** The request parameter as a positive id; missing or malformed: {@link NotFoundException}. */
  public static long requiredId(String parameter) {
    return id(parameter).orElseThrow(() -> new NotFoundException("page.unknown", parameter));
  }

  /**
   * For pages that create or edit (no parameter: a new object): the id if the parameter is given;
   * given but not an id: {@link NotFoundException}.
   */
  public static Optional<Long> optionalId(String parameter) {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(parameter);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(requiredId(parameter));
  }

  /**
   * The one way a page loads the object it shows (from its f:viewAction): runs {@code loading}; an
   * unknown or malformed id ends the request with 404, a refusal with 403 (the services have logged
   * the denial), both without rendering the page.
   */
  public static void load(Runnable loading) {
    try {
      loading.run();
    } catch (NotFoundException e) {
      fail(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      fail(HttpServletResponse.SC_FORBIDDEN);
    }
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
