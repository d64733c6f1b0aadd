package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestSupportClient;
import nl.wijkzicht.testsupport.TestSupportClient.Replying;
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
 * A care provider replies in a browser: from the start page to its visit, reads the shared evidence
 * (never the evidence kept back), adds a remark, attaches a PNG to it and a PDF to the reply,
 * submits after the confirmation; the page is then read-only and the coordinator reads the reply on
 * the visit page. Every page is checked for console errors and accessibility; screenshots go to
 * target/screenshots/reply-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplyUiIT {

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
  void aProviderRepliesWithARemarkAndAttachments() throws IOException {
    Replying r = TestSupportClient.replying(uri(), false);
    Path png = Files.createTempFile("bewijs", ".png");
    Files.write(png, PNG);
    Path pdf = Files.createTempFile("reactie", ".pdf");
    Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
    try (UiBrowser provider = new UiBrowser(uri())) {
      provider.login(r.user(), TestData.PROVIDER_PASSWORD);
      provider.check();
      provider.clickAndWaitForPage(By.id("toReplies"));
      assertThat(provider.find(By.id("openCount")).getText()).contains("1 bezoek");
      provider.clickAndWaitForPage(
          By.cssSelector("a[href*='reply/visit.xhtml?id=" + r.visit() + "']"));
      String page = provider.find(By.id("replyPage")).getText();
      assertThat(page)
          .contains(TestData.SHARED_OBSERVATION)
          .contains(TestData.SHARED_QUOTE)
          .contains("werkdagen")
          .doesNotContain(TestData.INTERNAL_OBSERVATION)
          .doesNotContain(TestData.ANSWER_NOTE);

      // The finding by its widget (clicking an item of the menu's overlay was flaky in chromium
      // right after the page loaded); the menu and its labels are checked by axe all the same.
      provider.waitForAjax();
      ((org.openqa.selenium.JavascriptExecutor) provider.driver())
          .executeScript(
              "PrimeFaces.getWidgetById('remarkForm:finding').selectValue(arguments[0]);",
              Long.toString(r.finding1()));
      assertThat(provider.find(By.id("remarkForm:finding_label")).getText()).startsWith("CC.1 ");
      provider.click(By.cssSelector("label[for='remarkForm:kind:0']"));
      provider.type(By.id("remarkForm:remarkText"), "Het overleg is sinds januari wekelijks.");
      provider.click(By.id("remarkForm:addRemark"));
      provider.waitForAjax();
      provider
          .waitFor()
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                  By.id("findingsForm"), "Het overleg is sinds januari wekelijks."));
      assertThat(provider.find(By.id("findingsForm")).getText())
          .contains("Feitelijke onjuistheid")
          .contains("Het overleg is sinds januari wekelijks.");
      provider.check();

      // A PNG on the remark, then a PDF on the reply (full posts: the form is multipart).
      new org.openqa.selenium.support.ui.Select(provider.find(By.id("uploadForm:attachTo")))
          .selectByIndex(1);
      provider.find(By.id("uploadForm:file")).sendKeys(png.toString());
      provider.clickAndWaitForPage(By.id("uploadForm:upload"));
      assertThat(provider.find(By.id("findingsForm")).getText())
          .contains(png.getFileName().toString());
      assertThat(
              new org.openqa.selenium.support.ui.Select(provider.find(By.id("uploadForm:attachTo")))
                  .getFirstSelectedOption()
                  .getText())
          .as("the next file goes to the general reply")
          .isEqualTo("De algemene reactie");
      provider.find(By.id("uploadForm:file")).sendKeys(pdf.toString());
      provider.clickAndWaitForPage(By.id("uploadForm:upload"));
      assertThat(provider.find(By.id("replyForm")).getText())
          .contains(pdf.getFileName().toString());

      provider.type(By.id("replyForm:generalText"), "Dank voor het bezoek; zie onze opmerking.");
      provider.click(By.id("replyForm:askSubmit"));
      provider.find(By.id("replyForm:confirmSubmit"));
      provider.checkWithin("#replyForm\\:submitDialog");
      shoot(provider, "reply-confirm", 1100);
      provider.clickAndWaitForPage(By.id("replyForm:confirmSubmit"));
      assertThat(provider.find(By.id("globalMessages")).getText())
          .contains("Uw reactie is verzonden");
      assertThat(provider.find(By.id("submittedNote")).getText()).contains("Reactie verzonden op");
      assertThat(provider.driver().findElements(By.id("replyForm:generalText"))).isEmpty();
      assertThat(provider.driver().findElements(By.id("uploadForm:file"))).isEmpty();
      assertThat(provider.find(By.id("replyForm:readOnlyReply")).getText())
          .contains("Dank voor het bezoek; zie onze opmerking.");
      provider.check();
      shoot(provider, "reply-submitted", 1600);
    }
    try (UiBrowser lead = new UiBrowser(uri())) {
      lead.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      lead.openAndCheck("study/visit.xhtml?id=" + r.visit());
      assertThat(lead.find(By.id("replySection")).getText())
          .contains("Dank voor het bezoek; zie onze opmerking.")
          .contains("Het overleg is sinds januari wekelijks.")
          .contains(png.getFileName().toString())
          .contains(pdf.getFileName().toString());
      shoot(lead, "reply-staff", 1600);
    }
  }

  /** A 1×1 transparent PNG. */
  static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

  private static void shoot(UiBrowser browser, String name, int height) throws IOException {
    Dimension before = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(1366, height));
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.write(dir.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.driver().manage().window().setSize(before);
  }
}
