package nl.wijkzicht.provider.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.boundary.UnknownProviderException;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessDeniedException;
import nl.wijkzicht.security.boundary.CurrentUser;

/** /provider/show.xhtml?id=N: one organisation's record; another organisation's id gives 403. */
@Named
@RequestScoped
public class ProviderShowBacking {

  @Inject private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private CareProvider provider;

  /** Called by f:viewAction before the page renders. */
  public void load() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    String id = ec.getRequestParameterMap().get("id");
    try {
      if (id == null || !id.matches("\\d{1,18}")) {
        throw new UnknownProviderException(-1);
      }
      provider = providers.get(currentUser.actor(), Long.parseLong(id));
    } catch (UnknownProviderException e) {
      fail(ec, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      fail(ec, HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static void fail(ExternalContext ec, int status) {
    try {
      ec.responseSendError(status, null);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CareProvider getProvider() {
    return provider;
  }
}
