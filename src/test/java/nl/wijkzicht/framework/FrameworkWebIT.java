package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Round trip file → database → page, over HTTP as a browser sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkWebIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void listShowsTheShippedFrameworksInDutch() throws Exception {
    HttpResponse<String> response = get("framework/list.xhtml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<title>Toetsingskaders – Wijkzicht</title>", "Toetsingskaders")
        .contains("Samenwerking huisarts en wijkverpleging rond kwetsbare ouderen thuis")
        .contains("Elementen van de handreiking Kwetsbare ouderen thuis")
        .contains("Vragenlijst netwerken integrale ouderenzorg")
        .contains("Gewogen percentage met drempels", "Vragenlijst: aantallen en percentages");
  }

  @Test
  void showPageRendersNormsGuidanceQuestionsAndScaleFromTheFile() throws Exception {
    long id = idOf("Samenwerking huisarts en wijkverpleging");
    HttpResponse<String> response = get("framework/show.xhtml?id=" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Wensen en doelen van de oudere zijn bekend en vastgelegd")
        .contains("Toelichting voor de inspecteur")
        .contains("Wat vindt u belangrijk in uw leven en in de zorg die u krijgt?")
        .contains("Voldoet grotendeels niet", "background:#c62828", "Niet beoordeeld")
        .contains("geen officiële tekst van IGJ of RIVM")
        .contains("guide.pdf?id=" + id + "&amp;role=huisarts");
  }

  @Test
  void showPageFiltersTheQuestionsOfOneRole() throws Exception {
    long id = idOf("Samenwerking huisarts en wijkverpleging");
    String body = get("framework/show.xhtml?id=" + id + "&role=MANTELZORGER").body();
    assertThat(body)
        .contains("Heeft iemand u gevraagd hoe het met u gaat")
        .doesNotContain("Hoe brengt de praktijk de kwetsbare ouderen in haar populatie in beeld?");
  }

  @Test
  void unknownVersionGetsAClearNotFoundMessage() throws Exception {
    for (String query : new String[] {"?id=987654", "?id=abc", ""}) {
      HttpResponse<String> response = get("framework/show.xhtml" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(404);
      assertThat(response.body())
          .as(query)
          .contains("Dit toetsingskader bestaat niet (meer).")
          .doesNotContain("Caused by", "\tat ", "java.lang.");
    }
  }

  @Test
  void interviewGuideIsAPdfPerRole() throws Exception {
    long id = idOf("Elementen van de handreiking");
    HttpResponse<byte[]> pdf =
        client.send(
            HttpRequest.newBuilder(
                    uri("framework/guide.pdf?id=" + id + "&role=wijkverpleegkundige"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(get("framework/guide.pdf?id=" + id + "&role=dokter").statusCode()).isEqualTo(404);
    assertThat(get("framework/guide.pdf?id=987654&role=huisarts").statusCode()).isEqualTo(404);
  }

  @Test
  void diffOfAVersionWithItselfHasNoChanges() throws Exception {
    long id = idOf("Vragenlijst netwerken");
    HttpResponse<String> response = get("framework/diff.xhtml?from=" + id + "&to=" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Er zijn geen verschillen tussen deze versies.");
    for (String malformed :
        new String[] {"from=abc&to=" + id, "from=" + id + "&to=x1", "from=&to="}) {
      assertThat(get("framework/diff.xhtml?" + malformed).statusCode())
          .as(malformed)
          .isEqualTo(404);
    }
  }

  private long idOf(String title) throws Exception {
    String body = get("framework/list.xhtml").body();
    Matcher matcher =
        Pattern.compile("show\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(title)).matcher(body);
    assertThat(matcher.find()).as("link to %s on the list page", title).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private URI uri(String path) {
    return URI.create(base.toExternalForm() + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
