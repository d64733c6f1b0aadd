package nl.wijkzicht.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole integration suite. Payara's Arquillian adapter starts a Payara
 * Micro process for every deployment, that is for every test class (~30 s each); every class here
 * deploys the same archive ({@link Deployments#application}: the built WAR plus all test classes),
 * so the first deployment starts the server and later ones reuse it. The server stops when the
 * suite ends.
 *
 * <p>Why this and not HTTP-only tests against a server started by a JUnit session listener: the
 * in-container tests (services called with {@code @Inject}) keep working unchanged through
 * Arquillian's servlet protocol, and the browser and HTTP tests get the same server's URL.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

  private static final Logger LOGGER = Logger.getLogger(SharedPayaraMicroContainer.class.getName());

  private Archive<?> deployed;
  private ProtocolMetaData metaData;
  private int reused;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (metaData == null) {
      metaData = super.deploy(archive);
      deployed = archive;
      LOGGER.info(
          "Shared Payara Micro started with " + archive.getName() + " for the whole suite.");
    } else {
      reused++;
    }
    return metaData;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept for the next test class; stopped with the suite.
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("Stopping the shared Payara Micro failed", e);
      }
      LOGGER.info("Shared Payara Micro stopped; it served " + (reused + 1) + " test classes.");
      deployed = null;
      metaData = null;
    }
    super.stop();
  }
}
