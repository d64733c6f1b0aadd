package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestSupportClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The internal report pages in a browser (issue 16): reached from the dashboard and the area page,
 * axe clean, the area table sorted by a column's button (and back), conclusions written in the
 * editor and shown formatted. Screenshots of both pages go to target/report-shots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportUiIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private static void shot(UiBrowser browser, String name) throws Exception {
    Path dir = Path.of("target/report-shots");
    Files.createDirectories(dir);
    // The whole page: the window as tall as the document, then back.
    Object height = browser.driver().executeScript("return document.documentElement.scrollHeight;");
    browser.viewport(1366, Math.min(6000, ((Number) height).intValue() + 120));
    Files.write(dir.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.viewport(1366, 900);
  }

  private static List<String> areaOrder(UiBrowser browser) {
    return browser.driver().findElements(By.cssSelector("#areaTable tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aCoordinatorReadsSortsAndConcludesTheReports() throws Exception {
    TestSupportClient.Made made = TestSupportClient.scored(uri());
    TestSupportClient.Replying replying = TestSupportClient.replying(uri(), false);
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      browser.viewport(1366, 900);
      browser.open("study/scores.xhtml?study=" + made.study());
      browser.clickAndWaitForPage(By.id("reportLink"));
      browser.check();
      assertThat(browser.find(By.id("areaTable")).getText()).contains("Houten").contains("Tiel");
      // Houten has a result, Tiel none: sorted on the overall column, Houten comes last going up
      // and first going down.
      browser.click(By.cssSelector("#areaTable button.sort[data-col='1']"));
      List<String> up = areaOrder(browser);
      browser.click(By.cssSelector("#areaTable button.sort[data-col='1']"));
      List<String> down = areaOrder(browser);
      assertThat(up.get(up.size() - 1)).contains("Houten");
      assertThat(down.get(0)).contains("Houten");
      shot(browser, "national");
      // The scored study's area has a tracer: its care network is drawn (internal only).
      browser.open("study/area-report.xhtml?study=" + made.study() + "&area=" + made.area());
      browser.check();
      assertThat(browser.driver().findElements(By.cssSelector("#areaReport figure svg")))
          .isNotEmpty();
      shot(browser, "area-tracer");

      browser.open("study/report.xhtml?study=" + replying.study());
      browser.clickAndWaitForPage(
          By.xpath("//a[contains(@class,'area-link') and contains(.,'Houten')]"));
      browser.check();
      assertThat(browser.driver().getCurrentUrl()).contains("study/area-report.xhtml");
      assertThat(browser.find(By.id("quotes")).getText()).contains("Citaat: we overleggen");
      browser.type(
          By.id("conclusionForm:body"), "**Goed** samengewerkt.\n\n- huisarts\n- wijkverpleging");
      browser.clickAndWaitForPage(By.id("conclusionForm:saveConclusions"));
      browser.check();
      assertThat(browser.find(By.cssSelector("#conclusions strong")).getText()).isEqualTo("Goed");
      assertThat(browser.driver().findElements(By.cssSelector("#conclusions li"))).hasSize(2);
      shot(browser, "area");
    }
  }
}
