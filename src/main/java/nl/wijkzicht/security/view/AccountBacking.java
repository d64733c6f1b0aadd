package nl.wijkzicht.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.web.Messages;

/** Own account: log out, change password. */
@Named
@RequestScoped
public class AccountBacking {

  @Inject private CurrentUser currentUser;
  @Inject private UserService users;
  @Inject private AccessLogService accessLog;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  /** Ends the session completely (ASVS 3.3.1): a replayed cookie finds nothing. */
  public void logout() throws ServletException, IOException {
    Actor actor = currentUser.actor();
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (!actor.isAnonymous()) {
      accessLog.record(actor, AccessEvent.of(AccessAction.LOGOUT, "User", actor.userId()));
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      Messages.error("account_password.message.mismatch");
      return null;
    }
    try {
      users.changeOwnPassword(currentUser.actor(), currentPassword, newPassword);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("account_password.message.changed");
      return "/start.xhtml?faces-redirect=true";
    } catch (WijkzichtException e) {
      Messages.error(e);
      return null;
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
