package nl.wijkzicht.security.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.web.Messages;

/**
 * Enrolling the second factor, on two pages: /login/enrol.xhtml during a login whose account must
 * have one (the login completes once the code is confirmed), and /account/second-factor.xhtml for a
 * signed-in user (status, enrol, remove when optional). Shows the QR code and the secret as text;
 * after a right code, the ten recovery codes, once.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecondFactorService secondFactor;
  @Inject private CurrentUser currentUser;
  @Inject private LoginFlow flow;

  private boolean duringLogin;
  private SecondFactorService.Status status;
  private byte[] secret;
  private String secretText;
  private String qrPath;
  private String qrViewBox;
  private String code;
  private String removeCode;
  private List<String> recoveryCodes;
  private String continueTo;

  @PostConstruct
  void init() {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    duringLogin = LoginFlow.ENROL_PAGE.equals(viewId);
  }

  /** The page's view action. */
  public void load() throws IOException {
    if (duringLogin) {
      if (!flow.at(SecondFactorService.Next.ENROL)) {
        return;
      }
      if (secret == null && recoveryCodes == null) {
        prepare(flow.current().orElseThrow().username());
      }
    } else if (status == null) {
      status = secondFactor.status(currentUser.actor());
      if (!status.enrolled()) {
        prepare(currentUser.actor().username());
      }
    }
  }

  private void prepare(String username) {
    SecondFactorService.Enrolment enrolment = secondFactor.newEnrolment(username);
    secret = enrolment.secret();
    secretText = enrolment.text();
    qrPath = enrolment.qr().path();
    qrViewBox = enrolment.qr().viewBox();
  }

  /** Confirms the enrolment with a code from the app; shows the recovery codes once. */
  public void confirm() throws IOException {
    if (secret == null) {
      return;
    }
    try {
      String username;
      Optional<PendingLogin> pending = Optional.empty();
      if (duringLogin) {
        if (!flow.at(SecondFactorService.Next.ENROL)) {
          return;
        }
        pending = flow.current();
        username = pending.get().username();
      } else {
        username = currentUser.actor().username();
      }
      List<String> codes = secondFactor.confirmEnrolment(username, secret, code);
      secret = null;
      secretText = null;
      qrPath = null;
      recoveryCodes = codes;
      if (duringLogin) {
        // Signed in now; the recovery codes are shown on this response, then the user goes on.
        continueTo = null;
        if (!flow.complete(pending.get().username(), pending.get().role(), false)) {
          flow.restart();
          return;
        }
        continueTo = flow.target();
      } else {
        status = secondFactor.status(currentUser.actor());
        continueTo = "/account/second-factor.xhtml";
      }
      Messages.info("second_factor.message.enrolled");
    } catch (InvalidInputException e) {
      Messages.errorsIn("enrolForm", e);
    } finally {
      code = null;
    }
  }

  /** Removes an optional second factor, proven with a current code. */
  public void remove() {
    try {
      secondFactor.remove(currentUser.actor(), removeCode);
      Messages.info("second_factor.message.removed");
      status = secondFactor.status(currentUser.actor());
      prepare(currentUser.actor().username());
    } catch (InvalidInputException e) {
      Messages.errorsIn("removeForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    } finally {
      removeCode = null;
    }
  }

  public boolean isDuringLogin() {
    return duringLogin;
  }

  public SecondFactorService.Status getStatus() {
    return status;
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  public String getSecretText() {
    return secretText;
  }

  public String getQrPath() {
    return qrPath;
  }

  public String getQrViewBox() {
    return qrViewBox;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getRemoveCode() {
    return removeCode;
  }

  public void setRemoveCode(String removeCode) {
    this.removeCode = removeCode;
  }
}
