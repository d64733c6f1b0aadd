package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.survey.RivmTable4;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * A survey study in a browser: a coordinator uploads a file with problems (nothing stored, every
 * problem listed), then the RIVM table 4 export; the results page shows table 4's figures with n
 * per group; a response entered by hand opens on the interview form. Every page is checked for
 * console errors and accessibility (UiBrowser), in Dutch and English; screenshots go to
 * target/screenshots/survey-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyUiIT {

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
  void aCoordinatorImportsTheTable4ExportAndReadsItsFigures() throws IOException {
    long study = TestSupportClient.survey(uri());
    Path bad = Files.createTempFile("survey-bad", ".csv");
    Files.writeString(
        bad,
        "referentie,gebied,REIK.1.a,KNP.1.b,KNP.9\nNW-1,GM0999,provincie,financiering geld,\n",
        StandardCharsets.UTF_8);
    Path good = Files.createTempFile("survey-table4", ".csv");
    Files.write(good, RivmTable4.csv());
    try (UiBrowser lead = new UiBrowser(uri())) {
      lead.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      lead.openAndCheck("study/visits.xhtml?study=" + study);
      lead.clickAndWaitForPage(By.id("surveyLink"));
      assertThat(lead.find(By.id("responses")).getText()).contains("Nog geen responsen");
      lead.clickAndWaitForPage(By.id("importLink"));

      lead.find(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
      lead.clickAndWaitForPage(By.id("importForm:upload"));
      String problems = lead.find(By.id("importForm:problems")).getText();
      assertThat(problems)
          .contains("KNP.9")
          .contains("Gebied GM0999 hoort niet bij dit onderzoek")
          .contains("'provincie' is geen antwoordmogelijkheid")
          .contains("'geld' is geen antwoordmogelijkheid");
      lead.check();
      shoot(lead, "survey-import-refused", 1500);

      lead.find(By.cssSelector("input[type=file]")).sendKeys(good.toString());
      lead.clickAndWaitForPage(By.id("importForm:upload"));
      assertThat(lead.find(By.id("globalMessages")).getText()).contains("182 responsen met samen");
      shoot(lead, "survey-import-done", 1200);

      lead.openAndCheck("survey/results.xhtml?id=" + study);
      String table4 = lead.find(By.cssSelector("section[data-code='KNP.1.b'] table")).getText();
      assertThat(table4)
          .contains("n = 106 van 182")
          .contains("n = 20 van 38")
          .contains("n = 23 van 38")
          .contains("n = 63 van 100")
          .contains("66 (62 %)", "14 (70 %)", "17 (74 %)", "35 (56 %)", "44 (42 %)", "5 (22 %)");
      assertThat(lead.find(By.cssSelector("section[data-code='KNP.1.b'] .basis")).getText())
          .contains("van de responsen die bij deze vraag ten minste één antwoord noemden")
          .contains("meer dan 100 %");
      assertThat(lead.find(By.id("rounding")).getText()).contains("een half naar boven");
      shoot(lead, "survey-results", 5200);

      // The scope as RIVM states it: of all networks.
      lead.pick("resultsForm:questions:0:denominator", "alle responsen in de kolom");
      lead.waitForText(
          By.cssSelector("section[data-code='REIK.1.a'] table"), "38 (21 %)", "100 (55 %)");

      lead.language("en");
      lead.waitForText(
          By.cssSelector("section[data-code='KNP.1.b'] .basis"),
          "of the responses that named at least one answer");
      lead.language("nl");

      lead.pick("responseForm:area", "Houten (GM0321)");
      lead.type(By.id("responseForm:reference"), "NW-500");
      lead.clickAndWaitForPage(By.id("responseForm:start"));
      assertThat(lead.driver().getCurrentUrl()).contains("/study/interview.xhtml");
      assertThat(lead.find(By.id("respondent")).getText()).contains("NW-500").contains("Houten");
      shoot(lead, "survey-response-form", 1400);
      lead.clickAndWaitForPage(By.id("trailBack"));
      assertThat(lead.driver().getCurrentUrl()).contains("/survey/results.xhtml");
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
