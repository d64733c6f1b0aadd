package nl.wijkzicht.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.report.ReportPages;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestSupportClient;
import nl.wijkzicht.testsupport.TestSupportClient.Made;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard and the explain page over HTTP, as their users get them: every theme result on the
 * dashboard reads the same on its explain page (level and percentage), and only the study's people
 * may see them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoresWebIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private Browser login(String user) throws Exception {
    Browser browser = new Browser(uri());
    browser.login(user, DemoDataLoader.DEMO_PASSWORD);
    return browser;
  }

  /** Dashboard cell of one area per theme (those with a percentage): level and percentage. */
  private static Map<String, String> cells(String dashboard, long study, long area) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (ReportPages.DashboardCell c : ReportPages.dashboardCells(dashboard, study, area)) {
      if (c.themeId() != null && c.percent() != null) {
        cells.put(c.themeId(), c.level() + " | " + c.percent());
      }
    }
    return cells;
  }

  private static String explained(String page) {
    Matcher level = Pattern.compile("id=\"result\"[^>]*>([^<]+)<").matcher(page);
    Matcher percentage = Pattern.compile("id=\"percentage\"[^>]*>\\s*([^<]+)<").matcher(page);
    assertThat(level.find()).as("result on the explain page").isTrue();
    assertThat(percentage.find()).as("percentage on the explain page").isTrue();
    return level.group(1).trim() + " | " + percentage.group(1).trim();
  }

  @Test
  void everyThemeResultOnTheDashboardReadsTheSameOnItsExplainPage() throws Exception {
    Made made = TestSupportClient.scored(uri());
    Browser lead = login("demo-coordinator");
    var dashboard = lead.get("study/scores.xhtml?study=" + made.study());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    Map<String, String> cells = cells(dashboard.body(), made.study(), made.area());
    // The first theme has a result (the test rated it); the others have none, so no percentage.
    assertThat(cells).hasSize(1);
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      var explain =
          lead.get(
              "study/explain.xhtml?study="
                  + made.study()
                  + "&area="
                  + made.area()
                  + "&theme="
                  + cell.getKey());
      assertThat(explain.statusCode()).isEqualTo(200);
      assertThat(explained(explain.body())).isEqualTo(cell.getValue());
      // The arithmetic ends in the same percentage, and the coordinator may override.
      assertThat(explain.body()).contains("id=\"arithmetic\"").contains("overrideForm");
    }
    // The norms' own explanations list the findings and their motivation.
    assertThat(dashboard.body()).contains("Dekking");
  }

  @Test
  void onlyTheStudysPeopleSeeTheResults() throws Exception {
    Made made = TestSupportClient.scored(uri());
    String page = "study/scores.xhtml?study=" + made.study();
    // The demo inspector is on the test study's team: may read, may not override.
    Browser inspector = login("demo-inspecteur");
    assertThat(inspector.get(page).statusCode()).isEqualTo(200);
    var explain =
        inspector.get("study/explain.xhtml?study=" + made.study() + "&area=" + made.area());
    assertThat(explain.statusCode()).isEqualTo(200);
    assertThat(explain.body()).doesNotContain("overrideForm");
    assertThat(login("demo-zorgaanbieder").get(page).statusCode()).isEqualTo(403);
    Browser lead = login("demo-coordinator");
    assertThat(lead.get("study/scores.xhtml?study=999999").statusCode()).isEqualTo(404);
    assertThat(lead.get("study/explain.xhtml?study=" + made.study() + "&area=999999").statusCode())
        .isEqualTo(404);
    assertThat(lead.get("study/explain.xhtml?study=" + made.study() + "&theme=abc").statusCode())
        .isEqualTo(404);
  }
}
