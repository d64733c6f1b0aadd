package nl.wijkzicht.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.wijkzicht.security.boundary.SecondFactorService;

/**
 * /login/code.xhtml: the second step of a login, a code from the authenticator app or a recovery
 * code. Only reachable with a pending login (a right password in this session, less than ten
 * minutes ago); otherwise back to the password.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

  @Inject private LoginFlow flow;
  @Inject private SecondFactorService secondFactor;

  private String code;

  /** The page's view action: without a pending code step, back to the password. */
  public void load() throws IOException {
    flow.at(SecondFactorService.Next.CODE);
  }

  public String verify() throws IOException {
    if (!flow.at(SecondFactorService.Next.CODE)) {
      return null;
    }
    PendingLogin pending = flow.current().orElseThrow();
    SecondFactorService.Check check = secondFactor.verifyLogin(pending.username(), code);
    code = null;
    if (check.outcome() == nl.wijkzicht.security.boundary.SecondFactorStore.Outcome.NOT_ENROLLED) {
      // An administrator reset the second factor meanwhile: start again (enrolment if required).
      flow.restart();
      return null;
    }
    if (check.accepted()) {
      if (check.recoveryCodeUsed()) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        nl.wijkzicht.web.Messages.info("login_code.message.recovery_used", check.recoveryLeft());
      }
      if (flow.complete(pending.username(), pending.role(), true)) {
        return null;
      }
    }
    nl.wijkzicht.web.Messages.errorAt("codeForm:code", "login_code.message.failed");
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
