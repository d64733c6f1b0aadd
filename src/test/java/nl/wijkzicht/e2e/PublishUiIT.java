package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Publishing as a coordinator and reading as an anonymous visitor, in a browser (issue 16): from
 * the results page to the publishing page, publish the national report and Houten's (progress
 * polled until "Actueel: versie 1"), then, signed out, from the login page to the published
 * reports, the study, the area and its PDF. Screenshots in target/screenshots/publish-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishUiIT {

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
  void aCoordinatorPublishesAndAnAnonymousReaderFindsTheReports() throws Exception {
    Matcher made =
        Pattern.compile("study=(\\d+) area=(\\d+)").matcher(support("op=publishable&min=5"));
    assertThat(made.find()).isTrue();
    String study = made.group(1);
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open("study/scores.xhtml?study=" + study);
      coordinator.clickAndWaitForPage(By.id("publishLink"));
      assertThat(coordinator.find(By.id("pageTitle")).getText()).isEqualTo("Publiceren");
      shot(coordinator, "publish-1-page");
      coordinator.click(By.id("scopesForm:publish"));
      slow(coordinator)
          .until(
              d ->
                  d.findElement(By.id("scopesForm:nationalPanel"))
                      .getText()
                      .contains("Actueel: versie 1"));
      coordinator.click(
          By.xpath("//tr[td[contains(., 'Houten')]]//button[contains(@id, ':publish')]"));
      slow(coordinator)
          .until(
              d ->
                  d.findElement(By.id("scopesForm:scopes"))
                      .getText()
                      .contains("Actueel: versie 1"));
      coordinator.waitForAjax();
      coordinator.check();
      shot(coordinator, "publish-2-published");
    }
    try (UiBrowser reader = new UiBrowser(uri())) {
      reader.open("login.xhtml");
      reader.clickAndWaitForPage(By.id("publishedReports"));
      shot(reader, "publish-3-index");
      reader.clickAndWaitForPage(By.cssSelector("a.public-study[href*='study=" + study + "']"));
      assertThat(reader.find(By.id("national")).getText())
          .contains("Versie 1")
          .contains("kleine aantallen");
      shot(reader, "publish-4-study");
      reader.viewport(390, 800);
      System.out.println(
          "Wider than the phone: "
              + reader
                  .driver()
                  .executeScript(
                      "return Array.from(document.querySelectorAll('body *'))"
                          + ".filter(e => e.getBoundingClientRect().right > 392)"
                          + ".slice(0, 12).map(e => e.tagName + '#' + e.id + '.' + e.className"
                          + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
      shot(reader, "publish-4b-study-phone");
      reader.viewport(1366, 900);
      reader.clickAndWaitForPage(By.partialLinkText("Houten –"));
      assertThat(reader.find(By.id("main")).getText()).contains("Houten");
      shot(reader, "publish-5-area");
      // The language switch of a public page (a stateless form, answered by a redirect): the same
      // address with its query string, now in English, and back.
      String area = reader.driver().getCurrentUrl();
      assertThat(area).contains("publication=");
      reader.clickAndWaitForPage(By.id("headerForm:langEn"));
      assertThat(reader.driver().getCurrentUrl()).isEqualTo(area);
      assertThat(reader.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertThat(reader.find(By.id("headerForm:publicReports")).getText())
          .isEqualTo("Published reports");
      assertThat(reader.find(By.id("main")).getText()).contains("Houten");
      reader.check();
      reader.clickAndWaitForPage(By.id("headerForm:langNl"));
      assertThat(reader.driver().getCurrentUrl()).isEqualTo(area);
      assertThat(reader.find(By.id("headerForm:publicReports")).getText())
          .isEqualTo("Gepubliceerde rapporten");
      String pdf = reader.find(By.cssSelector("a[id^='pdf']")).getAttribute("href");
      HttpResponse<byte[]> file =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(pdf)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).isEqualTo(200);
      Files.write(Path.of("target/screenshots/publish-area.pdf"), file.body());
      assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      reader.open("public/dictionary.xhtml");
      shot(reader, "publish-6-dictionary");
    }
  }

  private static WebDriverWait slow(UiBrowser browser) {
    // The poll replaces the panels while the wait reads them.
    return (WebDriverWait)
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  private static void shot(UiBrowser browser, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.copy(
        browser.driver().getScreenshotAs(OutputType.FILE).toPath(),
        dir.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private String support(String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri().resolve("test-support/publish?" + query))
                .timeout(Duration.ofSeconds(180))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
