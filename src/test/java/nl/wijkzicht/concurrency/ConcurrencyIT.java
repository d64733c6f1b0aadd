package nl.wijkzicht.concurrency;

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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Bursts of parallel requests against the real server, bounded in count and time: logins with right
 * and wrong passwords mixed, and autosaves of one answer from many sessions. Every request must
 * answer (no 500, none left hanging), the lock-out must count exactly, and afterwards the server
 * must be healthy with every pool connection free.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

  private static final Duration REQUEST_LIMIT = Duration.ofSeconds(90);
  private static final Pattern INTERVIEW_LOCATION =
      Pattern.compile("/study/interview\\.xhtml\\?id=(\\d+)");

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
  void aHundredParallelLoginsAllAnswerAndTheLockOutCountsExactly() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String password = "een-lang-genoeg-wachtwoord";
    List<String> right = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      right.add(account("it-ok" + i + "-" + run, password));
    }
    for (int i = 0; i < 3; i++) {
      wrong.add(account("it-bad" + i + "-" + run, password));
    }
    List<Browser> browsers = new ArrayList<>();
    List<Callable<HttpResponse<String>>> logins = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Browser browser = new Browser(uri());
      browser.get("login.xhtml");
      browsers.add(browser);
      boolean good = i < 70;
      String user = good ? right.get(i % right.size()) : wrong.get(i % wrong.size());
      String given = good ? password : "fout-" + i;
      logins.add(
          () ->
              browser.post(
                  "login.xhtml",
                  Map.of(
                      "loginForm",
                      "loginForm",
                      "loginForm:username",
                      user,
                      "loginForm:password",
                      given,
                      "loginForm:login",
                      "")));
    }

    List<HttpResponse<String>> answers = AtOnce.run(logins, REQUEST_LIMIT);

    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i);
      if (i < 70) {
        assertThat(answer.statusCode()).as("right password, login %d", i).isEqualTo(302);
      } else {
        assertThat(answer.statusCode()).as("wrong password, login %d", i).isEqualTo(200);
        assertThat(answer.body()).contains("Inloggen is niet gelukt");
      }
    }
    for (String user : wrong) {
      assertThat(support("op=account&username=" + user)).as(user).isEqualTo("failed=5 locked=true");
    }
    for (String user : right) {
      assertThat(support("op=account&username=" + user))
          .as(user)
          .isEqualTo("failed=0 locked=false");
    }
    assertHealthy();
  }

  @Test
  void fiftyParallelAutosavesOfOneAnswerAllAnswerAndExactlyOneWins() throws Exception {
    Made fresh = TestSupportClient.fieldwork(uri(), "PLANNED");
    Browser first = login();
    first.get("study/visit.xhtml?id=" + fresh.visit());
    HttpResponse<String> started = first.post("study/visit.xhtml", startInterview());
    Matcher location =
        INTERVIEW_LOCATION.matcher(started.headers().firstValue("Location").orElse(""));
    assertThat(location.find()).as("a new interview").isTrue();
    String page = "study/interview.xhtml?id=" + location.group(1);
    first.get(page);
    assertThat(first.post("study/interview.xhtml", autosave("Eerste versie.")).body())
        .contains("Opgeslagen");

    List<Browser> sessions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Browser session = login();
      assertThat(session.get(page).body()).contains("Eerste versie.");
      sessions.add(session);
    }
    List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Browser session = sessions.get(i);
      String note = "Versie van sessie " + i + ".";
      saves.add(() -> session.post("study/interview.xhtml", autosave(note)));
    }

    List<HttpResponse<String>> answers = AtOnce.run(saves, REQUEST_LIMIT);

    int saved = 0;
    int conflicts = 0;
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(200);
      saved +=
          answer.body().contains("Opgeslagen") && !answer.body().contains("intussen gewijzigd")
              ? 1
              : 0;
      conflicts += answer.body().contains("intussen gewijzigd") ? 1 : 0;
    }
    assertThat(saved).as("every session saved over the same version: one wins").isEqualTo(1);
    assertThat(conflicts).as("the others get the conflict message").isEqualTo(49);
    assertHealthy();
  }

  private void assertHealthy() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> ready =
        client.send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("/health/ready"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"");
    assertThat(support("op=backlog")).isEqualTo("written");
    assertThat(support("op=pool&size=" + DataSourceConfiguration.MAX_POOL_SIZE))
        .as("every connection is back in the pool")
        .isEqualTo("free=" + DataSourceConfiguration.MAX_POOL_SIZE);
  }

  private String account(String username, String password) throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        uri()
                            .resolve(
                                "test-support?op=account&username="
                                    + username
                                    + "&password="
                                    + password))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.body()).isEqualTo("created");
    return username;
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

  private static Map<String, String> startInterview() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("interviewForm", "interviewForm");
    fields.put("interviewForm:role_input", "HUISARTS");
    fields.put("interviewForm:heldOn_input", "15-03-2026");
    fields.put("interviewForm:start", "");
    return fields;
  }

  private static Map<String, String> autosave(String note) {
    String id = "interviewForm:questions:0:note";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", id);
    fields.put("jakarta.faces.partial.execute", id);
    fields.put(
        "jakarta.faces.partial.render",
        "interviewForm:questions:0:status interviewForm:questions:0:conflict");
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("interviewForm", "interviewForm");
    fields.put(id, note);
    return fields;
  }
}
