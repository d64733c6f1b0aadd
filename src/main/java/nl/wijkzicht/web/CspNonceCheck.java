package nl.wijkzicht.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.primefaces.util.Constants;

/**
 * Refuses a postback that does not carry its view's PrimeFaces CSP nonce with 400, before any value
 * is applied or action runs. PrimeFaces itself checks the nonce only when it renders the answer: an
 * action could run without it, and the failed check was a CspException, so a 500 with a stack trace
 * on a half-written page (also when the page it then rendered was an error page). Every form
 * PrimeFaces renders in CSP mode carries the nonce, as does every ajax request it sends.
 *
 * <p>Before the view is restored: the nonce must be there and have PrimeFaces' form (Base64 of a
 * UUID), so no error page rendered for this request trips over it either. After: it must be the one
 * the view was rendered with.
 */
public class CspNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOGGER = System.getLogger(CspNonceCheck.class.getName());
  private static final String NONCE = Constants.RequestParams.NONCE_PARAM;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback() && !wellFormed(sentNonce(context))) {
      refuse(context, "without a valid CSP nonce");
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view == null || context.getResponseComplete() || !context.isPostback()) {
      return;
    }
    Map<String, Object> viewMap = view.getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(NONCE);
    if (expected != null && !expected.equals(sentNonce(context))) {
      refuse(context, "with another CSP nonce than its view's");
    }
  }

  /** PrimeFaces' own rule (CspState.validate): Base64 of a UUID's text. */
  static boolean wellFormed(String nonce) {
    if (nonce == null || nonce.isEmpty()) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String sentNonce(FacesContext context) {
    return context.getExternalContext().getRequestParameterMap().get(NONCE);
  }

  private static void refuse(FacesContext context, String why) {
    LOGGER.log(
        System.Logger.Level.WARNING,
        "Postback to {0} {1}: 400",
        context.getExternalContext().getRequestServletPath(),
        why);
    try {
      context.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
