package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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

/** The region pages over HTTP: list, 404s, and creating a region through the form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionWebIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Test
  void listsTheDemoRegionsAndAnswers404ForUnknownOrMalformedIds() throws Exception {
    Browser coordinator = signedIn("demo-coordinator");
    assertThat(coordinator.get("region/list.xhtml").body())
        .contains(
            "<title>Regio's – Wijkzicht</title>",
            "Demo: netwerk ouderenzorg Zuid-Holland Zuid",
            "Netwerkregio");
    assertThat(coordinator.get("region/edit.xhtml?id=999999").statusCode()).isEqualTo(404);
    assertThat(coordinator.get("region/edit.xhtml?id=abc").statusCode()).isEqualTo(404);
    assertThat(coordinator.get("region/edit.xhtml?id=1").body())
        .contains("Regio wijzigen", "Demo:");
  }

  @Test
  void createsARegionThroughTheFormAndShowsProblemsAtTheFields() throws Exception {
    Browser coordinator = signedIn("demo-coordinator");
    String page = coordinator.get("region/edit.xhtml").body();
    assertThat(page).contains("Nieuwe regio", "Houten");

    HttpResponse<String> empty = coordinator.post("region/edit.xhtml", save("", "", null));
    assertThat(empty.body())
        .contains("Vul een naam in.", "Kies de soort regio.", "Kies ten minste één gemeente.");

    String name = "IT web " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> saved =
        coordinator.post("region/edit.xhtml", save(name, "GGD", optionValue(page, "Houten")));
    assertThat(saved.body()).contains("<redirect");
    assertThat(coordinator.get("region/list.xhtml").body()).contains(name, "GGD-regio", "Houten");
  }

  private static Map<String, String> save(String name, String kind, String municipalityId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "regionForm:save");
    fields.put("jakarta.faces.partial.execute", "regionForm");
    fields.put("jakarta.faces.partial.render", "regionForm globalMessages");
    fields.put("regionForm:save", "regionForm:save");
    fields.put("regionForm", "regionForm");
    fields.put("regionForm:name", name);
    fields.put("regionForm:kind_input", kind);
    fields.put("regionForm:description", "");
    if (municipalityId != null) {
      fields.put("regionForm:municipalities", municipalityId);
    }
    return fields;
  }

  /** The value of the municipality checkbox whose label is this name. */
  private static String optionValue(String page, String label) {
    Matcher matcher =
        Pattern.compile("value=\"(\\d+)\"[^<]*(?:<[^>]*>\\s*)*?<label[^>]*>" + label + "</label>")
            .matcher(page);
    assertThat(matcher.find()).as("checkbox of " + label).isTrue();
    return matcher.group(1);
  }

  private Browser signedIn(String username) throws Exception {
    String url = base.toExternalForm();
    Browser browser = new Browser(URI.create(url.endsWith("/") ? url : url + "/"));
    assertThat(browser.login(username, DemoDataLoader.DEMO_PASSWORD).statusCode()).isEqualTo(302);
    return browser;
  }
}
