package nl.wijkzicht.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The WAR that {@code mvn package} built, as deployed in production, plus the test classes and the
 * test libraries an in-container test needs. No hand-listed subset of application classes.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application(Class<?>... testClasses) {
    File war = new File(System.getProperty("wijkzicht.war", "target/wijkzicht.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " does not exist: run the integration tests with mvn verify");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    archive.addClasses(testClasses);
    archive.addAsLibraries(
        Maven.resolver().loadPomFromFile("pom.xml")
            .resolve("org.assertj:assertj-core").withTransitivity().asFile());
    return archive;
  }
}
