package nl.wijkzicht.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The study map over HTTP: its data endpoint answers, per municipality, the level, percentage and
 * coverage ScoringService computes for a study built by the test (overall and per theme), and
 * refuses what it must (signed out 401, a provider 403, an unknown study or theme 404); the page
 * has the map, its attribution and the table; the boundaries are served cacheable for a year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapWebIT {

  /** One area in the endpoint's JSON, in the order MapData writes the fields. */
  private static final Pattern AREA =
      Pattern.compile(
          "\"code\":\"([A-Z]{2}\\d+)\".*?\"level\":(null|\"[^\"]*\").*?\"percentage\":(null|\"[^\"]*\")"
              + ".*?\"coverage\":\\{\"assessed\":(\\d+),\"expected\":(\\d+)");

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

  /** The study the test support servlet made, and ScoringService's figures per scope and area. */
  private record Expected(long study, long theme, Map<String, String> lines) {}

  private Expected scoredStudy() throws Exception {
    String answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri().resolve("test-support/map"))
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher head = Pattern.compile("study=(\\d+) theme=(\\d+)").matcher(answer);
    assertThat(head.find()).as(answer).isTrue();
    Map<String, String> lines = new HashMap<>();
    answer
        .lines()
        .skip(1)
        .forEach(
            l -> {
              String[] parts = l.split(" ", 3);
              lines.put(parts[0] + " " + parts[1], parts[2]);
            });
    return new Expected(Long.parseLong(head.group(1)), Long.parseLong(head.group(2)), lines);
  }

  /** The endpoint's areas as "level percentage assessed expected", like the servlet's lines. */
  private static Map<String, String> areas(String json) {
    Map<String, String> areas = new HashMap<>();
    Matcher m = AREA.matcher(json);
    while (m.find()) {
      areas.put(
          m.group(1),
          unquote(m.group(2)) + " " + unquote(m.group(3)) + " " + m.group(4) + " " + m.group(5));
    }
    return areas;
  }

  private static String unquote(String value) {
    return "null".equals(value) ? "-" : value.substring(1, value.length() - 1);
  }

  @Test
  void theDataEndpointGivesWhatScoringServiceComputesPerMunicipality() throws Exception {
    Expected expected = scoredStudy();
    Browser lead = login("demo-coordinator");

    HttpResponse<String> all = lead.get("study/map-data?study=" + expected.study());
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type")).get().asString().contains("json");
    assertThat(all.headers().firstValue("Cache-Control")).contains("no-store");
    Map<String, String> overall = areas(all.body());
    assertThat(overall).containsOnlyKeys("GM0321", "GM0281");
    assertThat(overall.get("GM0321")).isEqualTo(expected.lines().get("all GM0321"));
    assertThat(overall.get("GM0281")).isEqualTo(expected.lines().get("all GM0281"));
    // Houten has a result; Tiel has no fieldwork, so no level and nothing assessed.
    assertThat(overall.get("GM0321")).doesNotStartWith("-");
    assertThat(overall.get("GM0281")).startsWith("- -");
    assertThat(all.body())
        .contains("\"theme\":null")
        .contains("/study/explain.xhtml?study=" + expected.study() + "&area=");

    String themed =
        lead.get("study/map-data?study=" + expected.study() + "&theme=" + expected.theme()).body();
    Map<String, String> byTheme = areas(themed);
    String theme = String.valueOf(expected.theme());
    assertThat(byTheme.get("GM0321")).isEqualTo(expected.lines().get(theme + " GM0321"));
    assertThat(byTheme.get("GM0281")).isEqualTo(expected.lines().get(theme + " GM0281"));
    assertThat(themed).contains("&theme=" + expected.theme());

    // An inspector on the team reads it too.
    assertThat(
            login("demo-inspecteur").get("study/map-data?study=" + expected.study()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theDataEndpointRefusesWhoMayNotReadTheStudyAndWhatDoesNotExist() throws Exception {
    Expected expected = scoredStudy();
    String data = "study/map-data?study=" + expected.study();
    assertThat(login("demo-zorgaanbieder").get(data).statusCode()).isEqualTo(403);
    assertThat(new Browser(uri()).get(data).statusCode()).isEqualTo(401);
    Browser lead = login("demo-coordinator");
    assertThat(lead.get("study/map-data?study=999999999").statusCode()).isEqualTo(404);
    assertThat(lead.get("study/map-data?study=abc").statusCode()).isEqualTo(404);
    assertThat(lead.get("study/map-data").statusCode()).isEqualTo(404);
    assertThat(lead.get(data + "&theme=999999999").statusCode()).isEqualTo(404);
    assertThat(lead.get("study/map.xhtml?study=999999999").statusCode()).isEqualTo(404);
    assertThat(
            lead.get("study/map.xhtml?study=" + expected.study() + "&theme=999999999").statusCode())
        .isEqualTo(404);
    assertThat(
            login("demo-zorgaanbieder")
                .get("study/map.xhtml?study=" + expected.study())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void thePageHasTheMapItsAttributionAndTheTableAndTheBoundariesAreCachedForAYear()
      throws Exception {
    Expected expected = scoredStudy();
    Browser lead = login("demo-coordinator");
    HttpResponse<String> page =
        lead.get("study/map.xhtml?study=" + expected.study() + "&theme=" + expected.theme());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"studyMap\"")
        .contains("data-scores=\"/study/map-data?study=" + expected.study() + "&amp;theme=")
        .contains("/webjars/leaflet/1.9.4/dist/leaflet.js")
        .contains("js/studymap.js")
        .contains("Bron: CBS / PDOK")
        .contains(">Houten</a>")
        .contains(">Tiel</a>")
        .contains("Geen uitkomst")
        .contains("Voldoet grotendeels niet")
        .contains("selected=\"selected\"");
    // The study page links to the map.
    assertThat(lead.get("study/visits.xhtml?study=" + expected.study()).body())
        .contains("study/map.xhtml?study=" + expected.study());

    HttpResponse<String> leaflet = new Browser(uri()).get("webjars/leaflet/1.9.4/dist/leaflet.js");
    assertThat(leaflet.statusCode()).isEqualTo(200);

    HttpResponse<String> boundaries = new Browser(uri()).get("map/gemeenten-2024.json");
    assertThat(boundaries.statusCode()).isEqualTo(200);
    assertThat(boundaries.headers().firstValue("Cache-Control"))
        .get()
        .asString()
        .contains("max-age=31536000");
    assertThat(boundaries.body()).contains("\"gemeenteCode\":\"GM0321\"").contains("Den Haag");
    String etag = boundaries.headers().firstValue("ETag").orElseThrow();
    assertThat(
            new Browser(uri())
                .get("map/gemeenten-2024.json", Map.of("If-None-Match", etag))
                .statusCode())
        .isEqualTo(304);
  }
}
