package nl.wijkzicht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The network address of the current HTTP request, or "system" for work without a request. */
@ApplicationScoped
public class RequestAddress {

  static final String SYSTEM = "system";

  @Inject private HttpServletRequest request;

  public String current() {
    try {
      String address = request.getRemoteAddr();
      return address == null ? SYSTEM : address;
    } catch (RuntimeException e) {
      return SYSTEM; // No active request: a timer or start-up.
    }
  }
}
