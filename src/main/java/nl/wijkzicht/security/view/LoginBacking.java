package nl.wijkzicht.security.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import nl.wijkzicht.web.Messages;

/**
 * The login form: Jakarta Security authenticates; the session id is renewed on success (ASVS
 * 3.2.1).
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;

  @NotBlank
  @Size(max = 60)
  private String username;

  @NotBlank
  @Size(max = 128)
  private String password;

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(AuthorizationFilter.SIGNED_IN_AT, Instant.now());
        Object target = session.getAttribute(AuthorizationFilter.RETURN_TO);
        session.removeAttribute(AuthorizationFilter.RETURN_TO);
        ec.redirect(ec.getRequestContextPath() + safeTarget(target));
        faces.responseComplete();
      }
      default ->
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.text(faces.getViewRoot().getLocale(), "login.message.failed"),
                  null));
    }
    return null;
  }

  /** Only a path inside this application, never another site (open redirect). */
  static String safeTarget(Object target) {
    if (target instanceof String path
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.startsWith(AuthorizationFilter.LOGIN_PAGE)) {
      return path;
    }
    return START_PAGE;
  }

  /** Where a user lands after login unless a deep link sent them to login: their own start page. */
  static final String START_PAGE = "/start.xhtml";

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
