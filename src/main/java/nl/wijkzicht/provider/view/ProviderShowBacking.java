package nl.wijkzicht.provider.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.PageRequest;

/** /provider/show.xhtml?id=N: one organisation's record; another organisation's id gives 403. */
@Named
@RequestScoped
public class ProviderShowBacking {

  @Inject private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private CareProvider provider;

  /** Called by f:viewAction before the page renders. */
  public void load() {
    PageRequest.load(
        () -> {
          long id = PageRequest.requiredId("id");
          provider = providers.get(currentUser.actor(), id);
        });
  }

  public CareProvider getProvider() {
    return provider;
  }
}
