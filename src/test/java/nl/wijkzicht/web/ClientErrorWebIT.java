package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.LogProblems;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a client gets wrong (issue 10) answers with a 4xx status and Wijkzicht's own page, never a
 * 500, never Payara's page, and leaves no stack trace in the log; Payara's settings for production
 * (no public /metrics, the scheme from a TLS proxy). Deployed as ROOT.war at "/", as in production,
 * so Payara's /health and /metrics endpoints live inside the application as they do there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientErrorWebIT {

  private static final String LOGIN_PAGE = "login.xhtml";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private int logProblemsBefore;

  @BeforeEach
  void rememberTheLog() throws Exception {
    logProblemsBefore = logProblems().size();
  }

  @AfterEach
  void noStackTraceWasLogged() throws Exception {
    List<String> problems = logProblems();
    assertThat(problems.subList(logProblemsBefore, problems.size()))
        .as("SEVERE entries or stack traces in the server log")
        .isEmpty();
  }

  @Test
  void otherMethodsThanGetHeadAndPostGet405WithOurPage() throws Exception {
    for (String path : List.of("index.xhtml", "health", "health/ready")) {
      for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS", "FOO")) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(uri(path)).method(method, body(method)).build(),
                HttpResponse.BodyHandlers.ofString());
        String what = method + " /" + path;
        assertThat(response.statusCode()).as(what).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).as(what).hasValue("GET, HEAD, POST");
        assertOurPage(response, "Niet toegestaan");
      }
    }
    assertThat(
            client
                .send(
                    HttpRequest.newBuilder(uri("health/ready")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aFormPostOver2MbGets413WithOurPage() throws Exception {
    String body = "loginForm%3Ausername=" + "x".repeat(2 * 1024 * 1024);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri(LOGIN_PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertOurPage(response, "Te groot");
  }

  @Test
  void aPostbackWithoutItsNonceGets400AndRunsNoAction() throws Exception {
    Browser browser = new Browser(uri(""));
    browser.get(LOGIN_PAGE);
    String viewState = browser.viewState().orElseThrow();
    Map<String, String> login =
        Map.of(
            "loginForm", "loginForm",
            "loginForm:username", "demo-inspecteur",
            "loginForm:password", DemoDataLoader.DEMO_PASSWORD,
            "loginForm:login", "",
            "jakarta.faces.ViewState", viewState);

    HttpResponse<String> withoutNonce = browser.postExactly(LOGIN_PAGE, login, Map.of());
    assertThat(withoutNonce.statusCode()).isEqualTo(400);
    assertOurPage(withoutNonce, "Ongeldig verzoek");
    assertThat(browser.get("study/list.xhtml").statusCode()).as("still signed out").isEqualTo(302);

    browser.get(LOGIN_PAGE);
    Map<String, String> withOtherNonce = new HashMap<>(login);
    withOtherNonce.put("jakarta.faces.ViewState", browser.viewState().orElseThrow());
    withOtherNonce.put(
        "primefaces.nonce",
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> otherNonce = browser.postExactly(LOGIN_PAGE, withOtherNonce, Map.of());
    assertThat(otherNonce.statusCode()).isEqualTo(400);
    assertOurPage(otherNonce, "Ongeldig verzoek");
    assertThat(browser.get("study/list.xhtml").statusCode()).as("still signed out").isEqualTo(302);

    browser.get(LOGIN_PAGE);
    HttpResponse<String> ajax =
        browser.postExactly(
            LOGIN_PAGE,
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "loginForm:login",
                "jakarta.faces.partial.execute", "@all",
                "loginForm", "loginForm",
                "jakarta.faces.ViewState", browser.viewState().orElseThrow()),
            Map.of("Faces-Request", "partial/ajax"));
    assertThat(ajax.statusCode()).isEqualTo(400);
    assertOurPage(ajax, "Ongeldig verzoek");
  }

  @Test
  void aMalformedOrForeignViewStateGetsTheExpiredPage() throws Exception {
    Browser other = new Browser(uri(""));
    other.get(LOGIN_PAGE);
    String foreign = other.viewState().orElseThrow();

    Browser browser = new Browser(uri(""));
    for (String viewState : List.of("garbage", "-1:-1", "rO0ABXNyAA==", foreign)) {
      browser.get(LOGIN_PAGE);
      HttpResponse<String> response =
          browser.post(
              LOGIN_PAGE,
              Map.of(
                  "loginForm", "loginForm",
                  "loginForm:username", "demo-inspecteur",
                  "loginForm:password", DemoDataLoader.DEMO_PASSWORD,
                  "loginForm:login", "",
                  "jakarta.faces.ViewState", viewState));
      assertThat(response.statusCode()).as(viewState).isEqualTo(400);
      assertOurPage(response, "Sessie verlopen");
    }
    assertThat(browser.get("study/list.xhtml").statusCode()).as("still signed out").isEqualTo(302);
  }

  @Test
  void aProviderPostingToAnAdminPageWithAGarbageViewStateGets403() throws Exception {
    Browser provider = new Browser(uri(""));
    assertThat(provider.login("demo-zorgaanbieder", DemoDataLoader.DEMO_PASSWORD).statusCode())
        .isEqualTo(302);
    provider.get("index.xhtml");
    HttpResponse<String> response =
        provider.postExactly(
            "admin/users.xhtml",
            Map.of(
                "usersForm", "usersForm",
                "jakarta.faces.ViewState", "garbage"),
            Map.of());
    assertThat(response.statusCode()).isEqualTo(403);
    assertOurPage(response, "Geen toegang");
  }

  @Test
  void metricsAreNotPublished() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("metrics")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(response.body()).doesNotContain("# TYPE", "memory", "thread", "gc_");
    assertOurPage(response, "");
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> proxied =
        client.send(
            HttpRequest.newBuilder(uri(LOGIN_PAGE))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(proxied.statusCode()).isEqualTo(200);
    assertThat(proxied.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("; Secure")
                    .containsIgnoringCase("HttpOnly"));
    assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).contains("max-age="));

    HttpResponse<String> direct =
        client.send(
            HttpRequest.newBuilder(uri(LOGIN_PAGE)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(direct.headers().allValues("Set-Cookie"))
        .noneSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
    assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  /**
   * PUT and PATCH with a body, the others without: Payara (Grizzly) answers a body on a method that
   * defines none with an empty 400 before any application sees it.
   */
  private static HttpRequest.BodyPublisher body(String method) {
    return List.of("PUT", "PATCH").contains(method)
        ? HttpRequest.BodyPublishers.ofString("x=1")
        : HttpRequest.BodyPublishers.noBody();
  }

  private static void assertOurPage(HttpResponse<String> response, String title) {
    assertThat(response.body())
        .as("%s %s", response.request().method(), response.uri())
        .contains("– Wijkzicht</title>", title)
        .doesNotContain("Payara", "GlassFish", "Mojarra", "Caused by", "\tat ", "at java.");
  }

  private List<String> logProblems() throws IOException, InterruptedException {
    String body =
        client
            .send(
                HttpRequest.newBuilder(uri(LogProblems.PATH.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return body.isBlank() ? List.of() : List.of(body.split("\n"));
  }

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve("/" + path);
  }
}
