package nl.wijkzicht.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import nl.wijkzicht.security.boundary.LoginResult;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.web.Messages;

/**
 * The login form's password step. When the account has (or must get) a second factor, the login
 * continues on the code or enrolment page; otherwise it is complete here. The session id is renewed
 * at each step (ASVS 3.2.1).
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private UserService users;
  @Inject private SecondFactorService secondFactor;
  @Inject private LoginFlow flow;

  @NotBlank
  @Size(max = 60)
  private String username;

  @NotBlank
  @Size(max = 128)
  private String password;

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    // The password is checked here (throttled, locked out, logged); Jakarta Security signs the user
    // in only once the second factor, where it applies, has passed too (LoginFlow).
    UserService.Login login = users.login(username, password);
    password = null;
    if (login.result() == LoginResult.SUCCESS) {
      SecondFactorService.Next next = secondFactor.afterPassword(login.username());
      if (next != SecondFactorService.Next.DONE) {
        flow.pending(login.username(), login.role(), next);
        return null;
      }
      if (flow.complete(login.username(), login.role(), true)) {
        return null;
      }
    }
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.text(faces.getViewRoot().getLocale(), "login.message.failed"),
            null));
    return null;
  }

  /** Only a path inside this application, never another site (open redirect). */
  static String safeTarget(Object target) {
    if (target instanceof String path
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.startsWith(AuthorizationFilter.LOGIN_PAGE)
        && !path.startsWith("/login/")) {
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
