package nl.wijkzicht.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.wijkzicht.database.DataSourceConfiguration;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.AtOnce;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestSupportClient;
import nl.wijkzicht.testsupport.TestSupportClient.Made;
import nl.wijkzicht.testsupport.TestSupportServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parallel saves of one area's "who does what" through the area page, in the style of
 * ConcurrencyIT: every session read the same version, all save at once. Every request answers (none
 * hangs, no 500), exactly one save wins and the others are refused as a concurrent change, the page
 * then shows the winner's input (no lost update, no mix), and every pool connection is free.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkConcurrencyIT {

  private static final Duration REQUEST_LIMIT = Duration.ofSeconds(90);
  private static final int SESSIONS = 20;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(TestSupportServlet.class);
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  void parallelSavesOfOneAreasWhoDoesWhatAllAnswerAndExactlyOneWins() throws Exception {
    Made fresh = TestSupportClient.fieldwork(uri(), "PLANNED");
    String page = "study/area.xhtml?study=" + fresh.study() + "&area=" + fresh.area();
    List<Browser> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      Browser session = login();
      HttpResponse<String> shown = session.get(page);
      assertThat(shown.statusCode()).isEqualTo(200);
      assertThat(shown.body()).contains("Wie doet wat in dit gebied").contains("whoForm");
      sessions.add(session);
    }
    List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Browser session = sessions.get(i);
      String note = "Afspraak van sessie " + i + ".";
      saves.add(() -> session.post("study/area.xhtml", save(note)));
    }

    List<HttpResponse<String>> answers = AtOnce.run(saves, REQUEST_LIMIT);

    int winner = -1;
    int conflicts = 0;
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i);
      assertThat(answer.statusCode()).as("session %d", i).isEqualTo(200);
      if (answer.body().contains("Wie doet wat opgeslagen.")) {
        assertThat(winner).as("a second winner: session %d", i).isEqualTo(-1);
        winner = i;
      } else {
        assertThat(answer.body()).as("session %d", i).contains("intussen opgeslagen");
        conflicts++;
      }
    }
    assertThat(winner).as("one save wins").isNotNegative();
    assertThat(conflicts).isEqualTo(SESSIONS - 1);
    String after = login().get(page).body();
    assertThat(after).contains("Afspraak van sessie " + winner + ".");
    for (int i = 0; i < SESSIONS; i++) {
      if (i != winner) {
        assertThat(after).doesNotContain("Afspraak van sessie " + i + ".");
      }
    }
    assertHealthy();
  }

  private static Map<String, String> save(String note) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "whoForm:saveWho");
    fields.put("jakarta.faces.partial.execute", "whoForm");
    fields.put("jakarta.faces.partial.render", "whoPanel globalMessages");
    fields.put("whoForm:saveWho", "whoForm:saveWho");
    fields.put("whoForm", "whoForm");
    fields.put("whoForm:agreements:0:status_input", "AGREED");
    fields.put("whoForm:agreements:0:note", note);
    return fields;
  }

  private void assertHealthy() throws Exception {
    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(support("op=backlog")).isEqualTo("written");
    assertThat(support("op=pool&size=" + DataSourceConfiguration.MAX_POOL_SIZE))
        .as("every connection is back in the pool")
        .isEqualTo("free=" + DataSourceConfiguration.MAX_POOL_SIZE);
  }

  private String support(String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri().resolve("test-support?" + query))
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private Browser login() throws Exception {
    Browser browser = new Browser(uri());
    assertThat(browser.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD).statusCode())
        .isEqualTo(302);
    return browser;
  }
}
