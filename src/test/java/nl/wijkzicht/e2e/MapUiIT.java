package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The study map in a browser (issue 14): reached from the study page, drawn (Leaflet, no console
 * errors, axe clean with the map on it) at 1366 and 390 px, legend with a label for every colour,
 * the CBS/PDOK attribution on the map, the table's rows, and a municipality followed with the
 * keyboard alone (Tab to it, Enter) to its explanation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapUiIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  /** A study with findings in Houten and none in Tiel (scoring.MapTestSupportServlet). */
  private long scoredStudy() throws Exception {
    String answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri().resolve("test-support/map"))
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher study = Pattern.compile("study=(\\d+)").matcher(answer);
    assertThat(study.find()).as(answer).isTrue();
    return Long.parseLong(study.group(1));
  }

  private static void waitForMap(UiBrowser browser) {
    browser.find(By.cssSelector("#studyMap.map-ready"));
    browser.check();
  }

  @Test
  void theMapShowsTheStudyWithLegendAttributionAndTableAndWorksWithTheKeyboard() throws Exception {
    long study = scoredStudy();
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      browser.open("study/visits.xhtml?study=" + study);
      browser.clickAndWaitForPage(By.id("studyMap"));
      assertThat(browser.driver().getCurrentUrl()).contains("study/map.xhtml?study=" + study);
      waitForMap(browser);

      String legend = browser.find(By.id("mapLegend")).getText();
      assertThat(legend)
          .contains(
              "Voldoet",
              "Voldoet grotendeels",
              "Voldoet grotendeels niet",
              "Voldoet niet",
              "Geen uitkomst",
              "Niet in dit onderzoek",
              "Uitkomst van een wijk");
      assertThat(browser.find(By.cssSelector("#studyMap .leaflet-control-attribution")).getText())
          .contains("Bron: CBS / PDOK");
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("[id='mapTableForm:areas_data'] > tr"));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText() + rows.get(1).getText())
          .contains("Houten", "Tiel", "Geen uitkomst", " van ");
      // 342 municipalities drawn; the two of the study are links, the others are not.
      assertThat(browser.driver().findElements(By.cssSelector("#studyMap path"))).hasSize(342);
      assertThat(browser.driver().findElements(By.cssSelector("#studyMap path[role='link']")))
          .hasSize(2);

      // A theme chosen with the form (a plain GET).
      browser.find(By.id("themeSelect"));
      new org.openqa.selenium.support.ui.Select(browser.find(By.id("themeSelect")))
          .selectByIndex(1);
      browser.clickAndWaitForPage(By.id("themeShow"));
      assertThat(browser.driver().getCurrentUrl()).contains("&theme=");
      waitForMap(browser);
      assertThat(browser.find(By.id("mapShowing")).getText()).contains("thema");

      // Keyboard alone: Tab to Houten on the map, Enter opens its explanation.
      assertThat(browser.tabTo("mapArea-GM0321")).as("Tab reaches Houten on the map").isTrue();
      // Its tooltip opens on focus (Leaflet may redraw it, so read it from the page each time).
      browser
          .waitFor()
          .until(
              d ->
                  String.valueOf(
                          browser
                              .driver()
                              .executeScript(
                                  "var t = document.querySelector('.leaflet-tooltip');"
                                      + " return t ? t.textContent : '';"))
                      .startsWith("Houten: "));
      browser.press(Keys.ENTER);
      browser.waitFor().until(d -> d.getCurrentUrl().contains("study/explain.xhtml"));
      assertThat(browser.driver().getCurrentUrl())
          .contains("study/explain.xhtml?study=" + study + "&area=")
          .contains("&theme=");
    }
  }

  @Test
  void onAPhoneTheTableFollowsTheMapAndNothingIsWiderThanTheScreen() throws Exception {
    long study = scoredStudy();
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      browser.viewport(390, 844);
      browser.open("study/map.xhtml?study=" + study);
      waitForMap(browser);
      assertThat(browser.overflowsHorizontally()).isFalse();
      int mapBottom = browser.find(By.id("studyMap")).getRect().getY();
      int tableTop = browser.find(By.id("tableHeading")).getRect().getY();
      assertThat(tableTop).as("the table below the map").isGreaterThan(mapBottom);
      browser.language("en");
      waitForMap(browser);
      assertThat(browser.find(By.id("mapLegend")).getText())
          .contains("Meets the norm", "Not in this study");
    }
  }
}
