package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application as a browser and a monitor see it over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void startPageListsMunicipalitiesInDutch() throws Exception {
    HttpResponse<String> response = get("");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "lang=\"nl\"",
            "<title>Gemeenten – Wijkzicht</title>",
            "CBS-code",
            "Hertogenbosch",
            "Aa en Hunze")
        .contains("Gemeentelijke indeling 2025: 342 gemeenten.")
        .contains("Bron: CBS / PDOK");
    assertThat(response.body().split("data-ri=\"", -1))
        .as("rows on the first page")
        .hasSize(25 + 1);
  }

  @Test
  void healthEndpointReportsTheDatabaseUp() throws Exception {
    HttpResponse<String> response = get(URI.create(base.toExternalForm()).resolve("/health/ready"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"database\"", "\"status\":\"UP\"", "\"reachable\":\"true\"");
  }

  @Test
  void unknownPageGetsTheOwnNotFoundPageWithoutServerDetails() throws Exception {
    HttpResponse<String> response = get("does/not/exist.xhtml");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("Pagina niet gevonden")
        .doesNotContain("Caused by", "\tat ", "at java.", "Payara Micro 6", "GlassFish", "Mojarra");
  }

  @Test
  void faceletsSourcesAreNotServed() throws Exception {
    assertThat(get("WEB-INF/templates/layout.xhtml").statusCode()).isIn(403, 404);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(URI.create(base.toExternalForm() + path));
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
