package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
 * The provider registration page over HTTP: who sees the buttons, 404s, problems at the fields,
 * saving.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderWebIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Test
  void offersRegisteringAndEditingToCoordinatorsOnly() throws Exception {
    Browser coordinator = signedIn("demo-coordinator");
    assertThat(coordinator.get("provider/list.xhtml").body()).contains("Nieuwe zorgaanbieder");
    assertThat(coordinator.get("provider/show.xhtml?id=1").body())
        .contains("provider/edit.xhtml?id=1");
    assertThat(coordinator.get("provider/edit.xhtml?id=1").body())
        .contains("Zorgaanbieder wijzigen", "Huisartsenpraktijk De Linde (fictief)");
    assertThat(coordinator.get("provider/edit.xhtml?id=999999").statusCode()).isEqualTo(404);
    assertThat(coordinator.get("provider/edit.xhtml?id=abc").statusCode()).isEqualTo(404);

    Browser inspector = signedIn("demo-inspecteur");
    assertThat(inspector.get("provider/list.xhtml").body()).doesNotContain("Nieuwe zorgaanbieder");
    assertThat(inspector.get("provider/show.xhtml?id=1").body())
        .doesNotContain("provider/edit.xhtml");
    Browser provider = signedIn("demo-zorgaanbieder");
    assertThat(provider.get("provider/show.xhtml?id=1").body())
        .doesNotContain("provider/edit.xhtml");
  }

  @Test
  void registersAProviderThroughTheFormAndShowsProblemsAtTheFields() throws Exception {
    Browser coordinator = signedIn("demo-coordinator");
    assertThat(coordinator.get("provider/edit.xhtml").body()).contains("Nieuwe zorgaanbieder");

    String name = "IT web " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> wrong =
        coordinator.post(
            "provider/edit.xhtml", save(name, "", "0101", "399 AA", "Houten (GM0321)"));
    assertThat(wrong.body())
        .contains(
            "Kies de soort zorgaanbieder.",
            "bestaat niet uit 8 cijfers.",
            "is geen Nederlandse postcode (1234 AB).",
            "De zorgaanbieder is niet opgeslagen.");

    HttpResponse<String> saved =
        coordinator.post(
            "provider/edit.xhtml",
            save(
                name,
                "GP_PRACTICE",
                String.format("%08d", System.nanoTime() % 100_000_000),
                "3991 AA",
                "Houten (GM0321)"));
    assertThat(saved.body()).contains("<redirect");
    assertThat(coordinator.get("provider/list.xhtml").body()).contains(name);
  }

  private static Map<String, String> save(
      String name, String kind, String agb, String postcode, String municipality) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "providerForm:save");
    fields.put("jakarta.faces.partial.execute", "providerForm");
    fields.put("jakarta.faces.partial.render", "providerForm globalMessages");
    fields.put("providerForm:save", "providerForm:save");
    fields.put("providerForm", "providerForm");
    fields.put("providerForm:name", name);
    fields.put("providerForm:kind_input", kind);
    fields.put("providerForm:agbCode", agb);
    fields.put("providerForm:kvkNumber", "");
    fields.put("providerForm:locations:0:locationName", "Hoofdlocatie");
    fields.put("providerForm:locations:0:street", "Dorpsstraat 1");
    fields.put("providerForm:locations:0:postcode", postcode);
    fields.put("providerForm:locations:0:city", "Houten");
    fields.put("providerForm:locations:0:municipality_input", municipality);
    fields.put("providerForm:locations:0:municipality_hinput", municipality);
    return fields;
  }

  private Browser signedIn(String username) throws Exception {
    String url = base.toExternalForm();
    Browser browser = new Browser(URI.create(url.endsWith("/") ? url : url + "/"));
    assertThat(browser.login(username, DemoDataLoader.DEMO_PASSWORD).statusCode()).isEqualTo(302);
    return browser;
  }
}
