package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.ItAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /notifications.xhtml over HTTP: a provider user sees its own organisation's visit awaiting its
 * reply (linked to its reply page, with the deadline) and nothing of another organisation; the
 * header's bell shows the count on every page; anonymous visitors are sent to the login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationWebIT {

  private static final Pattern MADE = Pattern.compile("visit=(\\d+) user=(\\S+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  void aProviderSeesOnlyItsOwnVisitsAndTheBellCountsThem() throws Exception {
    Matcher a = made();
    Matcher b = made();
    Browser providerA = new Browser(uri());
    providerA.login(a.group(2), ItAccounts.PASSWORD);

    HttpResponse<String> page = providerA.get("notifications.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("reply/visit.xhtml?id=" + a.group(1) + "\"")
        .doesNotContain("id=" + b.group(1) + "\"")
        .contains("Reactie gevraagd")
        .contains("nog 10 werkdagen")
        .contains("id=\"headerForm:notifications\"");
    assertThat(bell(page.body())).isEqualTo("1");
    // The bell is on every page.
    assertThat(bell(providerA.get("start.xhtml").body())).isEqualTo("1");

    Browser providerB = new Browser(uri());
    providerB.login(b.group(2), ItAccounts.PASSWORD);
    String other = providerB.get("notifications.xhtml").body();
    assertThat(other).contains("id=" + b.group(1) + "\"").doesNotContain("id=" + a.group(1) + "\"");
  }

  @Test
  void staffSeeTheirOwnKindsAndAnonymousVisitorsLogIn() throws Exception {
    Browser lead = new Browser(uri());
    lead.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
    HttpResponse<String> page = lead.get("notifications.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("aftekening").doesNotContain("reply/visit.xhtml");

    HttpResponse<String> anonymous = new Browser(uri()).get("notifications.xhtml");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
  }

  /** The number in the header's bell, or "" when none is shown. */
  private static String bell(String html) {
    Matcher m =
        Pattern.compile(
                "id=\"headerForm:notifications\"[^>]*>.*?<span class=\"bell-count\">(\\d+)</span>",
                Pattern.DOTALL)
            .matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private Matcher made() throws Exception {
    String answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        uri()
                            .resolve("test-support/notify?op=provider-visit&status=SENT_FOR_REPLY"))
                    .timeout(Duration.ofMinutes(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = MADE.matcher(answer);
    assertThat(m.find()).as("test data: " + answer).isTrue();
    return m;
  }
}
