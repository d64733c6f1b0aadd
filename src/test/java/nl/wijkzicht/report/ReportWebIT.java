package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.demo.DemoDataLoader;
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
 * The internal report pages over HTTP: for a small scored study the web report shows the numbers of
 * the dashboard (both pages' HTML parsed), small cells are marked, conclusions are saved from the
 * page and shown escaped, and only the study's people get the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportWebIT {

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

  @Test
  void theWebReportShowsTheDashboardsNumbers() throws Exception {
    Made made = TestSupportClient.scored(uri());
    Browser lead = login("demo-coordinator");
    var dashboard = lead.get("study/scores.xhtml?study=" + made.study());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("study/report.xhtml?study=" + made.study());
    List<String> expected = ReportPages.dashboardRow(dashboard.body(), made.study(), made.area());
    assertThat(expected).hasSizeGreaterThan(2);

    var national = lead.get("study/report.xhtml?study=" + made.study());
    assertThat(national.statusCode()).isEqualTo(200);
    Map<String, String> shown = ReportPages.reportRow(national.body(), made.area());
    assertThat(new ArrayList<>(shown.values())).isEqualTo(expected);
    // The first theme has a percentage (the test rated it), shown with one decimal.
    assertThat(expected.get(1)).doesNotEndWith("| ");
    // One provider in Houten: below the default minimum cell size of 5, shown and marked.
    assertThat(national.body()).contains("kleine aantallen — niet gepubliceerd");
    assertThat(national.body()).contains("id=\"pdf\"").contains("study/map.xhtml?study=");
    assertThat(national.body())
        .contains("study/area-report.xhtml?study=" + made.study() + "&amp;area=" + made.area());

    var area = lead.get("study/area-report.xhtml?study=" + made.study() + "&area=" + made.area());
    assertThat(area.statusCode()).isEqualTo(200);
    Map<String, String> areaCells = ReportPages.reportRow(area.body(), made.area());
    assertThat(new ArrayList<>(areaCells.values())).isEqualTo(expected);
    assertThat(area.body()).contains("Sterkste normen").contains("Werkwijze");
  }

  @Test
  void conclusionsWithMarkupAreShownEscaped() throws Exception {
    Made made = TestSupportClient.scored(uri());
    Browser lead = login("demo-coordinator");
    String page = "study/area-report.xhtml?study=" + made.study() + "&area=" + made.area();
    assertThat(lead.get(page).body()).contains("conclusionForm");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("conclusionForm", "conclusionForm");
    form.put("conclusionForm:body", "**Sterk** in Houten <script>alert('x')</script>");
    form.put("conclusionForm:saveConclusions", "");
    var saved = lead.post(page, form);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("De conclusies zijn opgeslagen.");
    String shown = lead.get(page).body();
    assertThat(shown).contains("<strong>Sterk</strong>");
    assertThat(shown).contains("&lt;script&gt;alert");
    assertThat(shown).doesNotContain("<script>alert");

    // The inspector on the team reads the report, without the editor.
    Browser inspector = login("demo-inspecteur");
    var read = inspector.get(page);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("<strong>Sterk</strong>").doesNotContain("conclusionForm");
  }

  @Test
  void onlyTheStudysPeopleGetTheReports() throws Exception {
    Made made = TestSupportClient.scored(uri());
    String national = "study/report.xhtml?study=" + made.study();
    String area = "study/area-report.xhtml?study=" + made.study() + "&area=" + made.area();
    Browser provider = login("demo-zorgaanbieder");
    assertThat(provider.get(national).statusCode()).isEqualTo(403);
    assertThat(provider.get(area).statusCode()).isEqualTo(403);
    Browser lead = login("demo-coordinator");
    assertThat(lead.get("study/report.xhtml?study=999999").statusCode()).isEqualTo(404);
    assertThat(lead.get("study/report.xhtml?study=abc").statusCode()).isEqualTo(404);
    assertThat(
            lead.get("study/area-report.xhtml?study=" + made.study() + "&area=999999").statusCode())
        .isEqualTo(404);
  }
}
