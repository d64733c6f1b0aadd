package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.reply.DecisionTestSupportServlet;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.ItAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * Decisions and sign-off in a browser (issue 15): the inspector refuses one remark (first with a
 * reason that is too short, shown at the field) and accepts the other with a changed finding; the
 * coordinator signs off and makes the visit final; the provider then reads the decisions and finds
 * the report link. Every page and dialog is checked for console errors and accessibility;
 * screenshots go to target/screenshots/decision-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionUiIT {

  private static final Pattern MADE = Pattern.compile("visit=(\\d+) study=(\\d+) provider=(\\S+)");

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
  void theInspectorDecidesTheCoordinatorSignsOffTheProviderReadsTheDecisions() throws Exception {
    Matcher made = MADE.matcher(support("status=REPLY_RECEIVED"));
    assertThat(made.find()).isTrue();
    long visit = Long.parseLong(made.group(1));
    String providerUser = made.group(3);

    try (UiBrowser inspector = new UiBrowser(uri())) {
      inspector.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      inspector.openAndCheck("study/visit.xhtml?id=" + visit);
      assertThat(inspector.find(By.id("undecided")).getText()).contains("waarvan 2 nog zonder");

      inspector.clickNth(By.cssSelector("button[id$=':decide']"), 0);
      inspector.find(By.id("decisionForm:saveDecision"));
      inspector.click(By.cssSelector("label[for='decisionForm:outcome:1']"));
      inspector.type(By.id("decisionForm:reason"), "te kort");
      inspector.click(By.id("decisionForm:saveDecision"));
      inspector.waitForAjax();
      assertThat(inspector.find(By.id("decisionForm:decisionFields")).getText())
          .contains("minstens 10 tekens");
      inspector.checkWithin("#decisionForm\\:decisionDialog");
      shoot(inspector, "decision-dialog", 1100);
      inspector.type(By.id("decisionForm:reason"), "Fictief: geen nieuwe feiten aangedragen.");
      inspector.click(By.id("decisionForm:saveDecision"));
      inspector.waitForAjax();
      assertThat(inspector.find(By.id("decisionsList")).getText())
          .contains("Niet geaccepteerd")
          .contains("Fictief: geen nieuwe feiten aangedragen.");

      inspector.clickNth(By.cssSelector("button[id$=':decide']"), 1);
      inspector.find(By.id("decisionForm:saveDecision"));
      inspector.click(By.cssSelector("label[for='decisionForm:outcome:0']"));
      inspector.click(By.cssSelector("label[for='decisionForm:rating:0']"));
      inspector.type(By.id("decisionForm:motivation"), "Fictief: na wederhoor aangepast.");
      inspector.click(By.id("decisionForm:saveDecision"));
      inspector.waitForAjax();
      assertThat(inspector.find(By.id("decisionsList")).getText())
          .contains("Geaccepteerd")
          .contains("waarvan 0 nog zonder");
      inspector.check();
      shoot(inspector, "decision-staff", 1600);
    }

    try (UiBrowser lead = new UiBrowser(uri())) {
      lead.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      lead.openAndCheck("study/visit.xhtml?id=" + visit);
      lead.click(By.id("statusForm:askSignOff"));
      lead.find(By.id("signOffForm:confirmSignOff"));
      lead.checkWithin("#signOffForm\\:signOffDialog");
      lead.type(By.id("signOffForm:note"), "Fictief: gecontroleerd.");
      lead.click(By.id("signOffForm:confirmSignOff"));
      lead.waitForAjax();
      assertThat(lead.find(By.id("signedOff")).getText())
          .contains("Afgetekend door demo-coordinator");
      lead.click(By.cssSelector("button.step-FINAL"));
      lead.waitForAjax();
      assertThat(lead.find(By.id("statusForm:status")).getText()).isEqualTo("Definitief");
      lead.check();
    }

    try (UiBrowser provider = new UiBrowser(uri())) {
      provider.login(providerUser, ItAccounts.PASSWORD);
      provider.openAndCheck("reply/visit.xhtml?id=" + visit);
      assertThat(provider.find(By.id("providerDecisions")).getText())
          .contains("Besluiten van de inspectie op uw opmerkingen")
          .contains("Geaccepteerd")
          .contains("Niet geaccepteerd")
          .contains("Fictief: geen nieuwe feiten aangedragen.");
      assertThat(provider.find(By.id("reportLink")).getAttribute("href"))
          .endsWith("reply/report?visit=" + visit);
      shoot(provider, "decision-provider", 1600);
    }
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

  private static void shoot(UiBrowser browser, String name, int height) throws IOException {
    Dimension before = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(1366, height));
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.write(dir.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.driver().manage().window().setSize(before);
  }
}
