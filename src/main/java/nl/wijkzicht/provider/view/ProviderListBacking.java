package nl.wijkzicht.provider.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.boundary.ProviderSummary;
import nl.wijkzicht.security.boundary.CurrentUser;

/** /provider/list.xhtml: the care provider organisations. */
@Named
@RequestScoped
public class ProviderListBacking {

  @Inject private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private List<ProviderSummary> visible;

  @PostConstruct
  void init() {
    visible = providers.summaries(currentUser.actor());
  }

  public List<ProviderSummary> getProviders() {
    return visible;
  }
}
