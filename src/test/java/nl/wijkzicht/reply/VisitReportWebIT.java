package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
 * The visit report PDF (/reply/report?visit=N) and the decisions on the staff visit page through
 * HTTP (issue 15): the visit's provider gets the PDF of a final visit (Dutch, with its decisions
 * and page numbers), another provider 403 with a DENIED access-log entry, nobody before the visit
 * is final, staff of the study too, signed out 401, unknown or malformed ids 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitReportWebIT {

  private static final Pattern MADE =
      Pattern.compile("visit=(\\d+) study=(\\d+) provider=(\\S+) remarks=(\\d+),(\\d+)");

  record Made(long visit, long study, String provider, long firstRemark) {}

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(DecisionTestSupportServlet.class);
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  void theProviderOfAFinalVisitGetsItsReportAnotherProviderIsDeniedAndLogged() throws Exception {
    Made a = made("FINAL");
    Made b = made("FINAL");
    Browser providerA = login(a.provider(), ItAccounts.PASSWORD);

    HttpResponse<byte[]> pdf = bytes(providerA, "reply/report?visit=" + a.visit());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    PdfReader reader = new PdfReader(pdf.body());
    assertThat(reader.getInfo().get("Title")).startsWith("Bezoekrapport – IT Veldwerk");
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    for (int page = 2; page <= reader.getNumberOfPages(); page++) {
      text += new PdfTextExtractor(reader).getTextFromPage(page);
    }
    assertThat(text)
        .contains("Bevindingen per norm")
        .contains("Geaccepteerd")
        .contains("Niet geaccepteerd")
        .contains("Fictief: geen nieuwe feiten aangedragen.")
        .contains("Reactie zoals ingediend")
        .contains("pagina 1 van " + reader.getNumberOfPages());

    assertThat(bytes(providerA, "reply/report?visit=" + b.visit()).statusCode()).isEqualTo(403);
    assertThat(support("denied=" + a.provider() + "&object=VisitReport")).isEqualTo("1");
    Browser providerB = login(b.provider(), ItAccounts.PASSWORD);
    assertThat(bytes(providerB, "reply/report?visit=" + b.visit()).statusCode()).isEqualTo(200);
  }

  @Test
  void noReportBeforeFinalStaffMayDownloadAndBadRequestsAreRefused() throws Exception {
    Made open = made("REPLY_RECEIVED");
    Made done = made("FINAL");
    Browser provider = login(open.provider(), ItAccounts.PASSWORD);
    assertThat(bytes(provider, "reply/report?visit=" + open.visit()).statusCode()).isEqualTo(403);
    assertThat(support("denied=" + open.provider() + "&object=VisitReport"))
        .as("not final is a refusal of the state, not of the user")
        .isEqualTo("0");

    Browser inspector = login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
    assertThat(bytes(inspector, "reply/report?visit=" + done.visit()).statusCode()).isEqualTo(200);
    assertThat(bytes(inspector, "reply/report?visit=" + open.visit()).statusCode()).isEqualTo(403);
    assertThat(bytes(inspector, "reply/report?visit=999999999").statusCode()).isEqualTo(404);
    assertThat(bytes(inspector, "reply/report?visit=abc").statusCode()).isEqualTo(404);
    assertThat(bytes(inspector, "reply/report").statusCode()).isEqualTo(404);
    assertThat(bytes(new Browser(uri()), "reply/report?visit=" + done.visit()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theStaffVisitPageShowsEachRemarkWithItsDecisionAndTheSignOff() throws Exception {
    Made done = made("FINAL");
    Browser coordinator = login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
    String page = coordinator.get("study/visit.xhtml?id=" + done.visit()).body();
    assertThat(page)
        .contains("Reactie van de zorgaanbieder: besluiten")
        .contains("2 opmerking(en) bij de bevindingen, waarvan 0 nog zonder besluit.")
        .contains("Geaccepteerd")
        .contains("Niet geaccepteerd")
        .contains("Afgetekend door")
        .contains("Fictief: akkoord.");
    Made open = made("REPLY_RECEIVED");
    String undecided =
        login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD)
            .get("study/visit.xhtml?id=" + open.visit())
            .body();
    assertThat(undecided).contains("waarvan 2 nog zonder besluit").contains("Besluiten");
  }

  private Made made(String status) {
    String answer = support("status=" + status);
    Matcher m = MADE.matcher(answer);
    assertThat(m.find()).as(answer).isTrue();
    return new Made(
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        m.group(3),
        Long.parseLong(m.group(4)));
  }

  private HttpResponse<byte[]> bytes(Browser browser, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(60));
    browser.sessionId().ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String support(String query) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri().resolve("test-support/decisions?" + query))
                  .timeout(Duration.ofSeconds(120))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Browser login(String username, String password) throws Exception {
    Browser browser = new Browser(uri());
    assertThat(browser.login(username, password).statusCode()).as(username).isEqualTo(302);
    return browser;
  }
}
