package nl.wijkzicht.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Replaces Payara's one-server-per-class adapter with {@link SharedPayaraMicroContainer}. */
public class SharedPayaraExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class,
        PayaraMicroDeployableContainer.class,
        SharedPayaraMicroContainer.class);
  }
}
