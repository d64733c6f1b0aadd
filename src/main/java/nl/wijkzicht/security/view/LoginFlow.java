package nl.wijkzicht.security.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import nl.wijkzicht.security.boundary.LoginTickets;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.security.boundary.TicketCredential;
import nl.wijkzicht.security.entity.Role;

/**
 * The steps of a login between the pages: a pending login after the password (when a second factor
 * is due), and signing in once every step passed. Signing in renews the session id (ASVS 3.2.1,
 * session fixation): after the password and again after the second factor.
 */
@RequestScoped
public class LoginFlow {

  public static final String CODE_PAGE = "/login/code.xhtml";
  public static final String ENROL_PAGE = "/login/enrol.xhtml";

  @Inject private SecurityContext securityContext;
  @Inject private LoginTickets tickets;

  /** Remembers a login waiting for its second factor and sends the browser to its page. */
  public void pending(String username, Role role, SecondFactorService.Next next)
      throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            PendingLogin.SESSION_KEY, new PendingLogin(username, role, next, Instant.now()));
    ec.redirect(
        ec.getRequestContextPath()
            + (next == SecondFactorService.Next.ENROL ? ENROL_PAGE : CODE_PAGE));
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** The pending login of this session, if any and not expired. */
  public Optional<PendingLogin> current() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(PendingLogin.SESSION_KEY) instanceof PendingLogin pending)) {
      return Optional.empty();
    }
    if (pending.expired(Instant.now())) {
      session.removeAttribute(PendingLogin.SESSION_KEY);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  /**
   * On a login step's page: true when the session's pending login is due for {@code step}. If not,
   * the browser is sent to the step that is due, or back to the password when there is none.
   */
  public boolean at(SecondFactorService.Next step) throws IOException {
    Optional<PendingLogin> pending = current();
    if (pending.isEmpty()) {
      restart();
      return false;
    }
    if (pending.get().next() != step) {
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      ec.redirect(
          ec.getRequestContextPath()
              + (pending.get().next() == SecondFactorService.Next.ENROL ? ENROL_PAGE : CODE_PAGE));
      FacesContext.getCurrentInstance().responseComplete();
      return false;
    }
    return true;
  }

  /** Back to the password step (no pending login, or it expired). */
  public void restart() throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpSession session = ((HttpServletRequest) ec.getRequest()).getSession(false);
    if (session != null) {
      session.removeAttribute(PendingLogin.SESSION_KEY);
    }
    ec.redirect(ec.getRequestContextPath() + AuthorizationFilter.LOGIN_PAGE);
    FacesContext.getCurrentInstance().responseComplete();
  }

  /**
   * Signs in through Jakarta Security with a one-time ticket, renews the session id and, when
   * {@code redirect}, sends the browser on to where it wanted to go. False when it failed.
   */
  public boolean complete(String username, Role role, boolean redirect) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new TicketCredential(tickets.issue(username, role)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return true;
    }
    if (status != AuthenticationStatus.SUCCESS) {
      return false;
    }
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.removeAttribute(PendingLogin.SESSION_KEY);
    session.setAttribute(AuthorizationFilter.SIGNED_IN_AT, Instant.now());
    if (redirect) {
      ec.redirect(ec.getRequestContextPath() + target());
      faces.responseComplete();
    }
    return true;
  }

  /** Where the signed-in user goes next (a deep link that sent them to login, or the start). */
  public String target() {
    HttpSession session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession();
    Object target = session.getAttribute(AuthorizationFilter.RETURN_TO);
    session.removeAttribute(AuthorizationFilter.RETURN_TO);
    return LoginBacking.safeTarget(target);
  }
}
