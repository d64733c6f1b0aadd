package nl.wijkzicht.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Fieldwork through the pages, as a browser posts them: next steps offered per role, starting an
 * interview (with a bad date refused at the field), autosave of an answer, an over-long note
 * refused with nothing saved, and an autosave after the session expired leading back to the
 * interview after logging in, with the earlier draft intact. Uses the demo study's Amersfoort
 * visits (17, 18: planned).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldworkWebIT {

  private static final Pattern INTERVIEW_LOCATION =
      Pattern.compile("/study/interview\\.xhtml\\?id=(\\d+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private static final Pattern STEP_BUTTON =
      Pattern.compile("<button[^>]*class=\"[^\"]*\\bstep\\b");

  private Browser login(String user) throws Exception {
    Browser browser = new Browser(uri());
    browser.login(user, DemoDataLoader.DEMO_PASSWORD);
    return browser;
  }

  @Test
  void theVisitPageOffersOnlyTheStepsTheRoleMayTake() throws Exception {
    Made planned = TestSupportClient.fieldwork(uri(), "PLANNED");
    String visit = "study/visit.xhtml?id=" + planned.visit();
    String asInspector = login("demo-inspecteur").get(visit).body();
    assertThat(asInspector)
        .contains("Gepland")
        .contains(">Bezoek starten<")
        .doesNotContain(">Bezoek annuleren");
    assertThat(STEP_BUTTON.matcher(asInspector).results().count()).isEqualTo(1);
    String asLead = login("demo-coordinator").get(visit).body();
    assertThat(asLead).contains(">Bezoek starten<").contains(">Bezoek annuleren…<");
    // A published visit offers no steps to anyone and says its fieldwork is closed.
    Made done = TestSupportClient.fieldwork(uri(), "PUBLISHED");
    String published = login("demo-coordinator").get("study/visit.xhtml?id=" + done.visit()).body();
    assertThat(published).contains("Gepubliceerd").contains("alleen nog te bekijken");
    assertThat(STEP_BUTTON.matcher(published).find()).isFalse();
    assertThat(login("demo-zorgaanbieder").get(visit).statusCode()).isEqualTo(403);
    assertThat(login("demo-inspecteur").get("study/visit.xhtml?id=999999").statusCode())
        .isEqualTo(404);
    assertThat(
            login("demo-inspecteur")
                .get(
                    "study/finding.xhtml?kind=VISIT&id="
                        + planned.visit()
                        + "&study="
                        + planned.study()
                        + "&norm=NOPE")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAutosavedDraftSurvivesAnExpiredSessionAndTheLoginLeadsBackToIt() throws Exception {
    Made fresh = TestSupportClient.fieldwork(uri(), "PLANNED");
    Browser inspector = login("demo-inspecteur");
    inspector.get("study/visit.xhtml?id=" + fresh.visit());
    HttpResponse<String> refused =
        inspector.post("study/visit.xhtml", startInterview("31-02-2020"));
    assertThat(refused.body()).contains("31-02-2020").contains("geen bestaande datum");

    inspector.get("study/visit.xhtml?id=" + fresh.visit());
    HttpResponse<String> started =
        inspector.post("study/visit.xhtml", startInterview("15-01-2026"));
    assertThat(started.statusCode()).isEqualTo(302);
    Matcher location =
        INTERVIEW_LOCATION.matcher(started.headers().firstValue("Location").orElse(""));
    assertThat(location.find()).as("redirect to the new interview").isTrue();
    String page = "study/interview.xhtml?id=" + location.group(1);

    String form = inspector.get(page).body();
    assertThat(form).contains("HA-").contains("Concept");
    HttpResponse<String> saved =
        inspector.post("study/interview.xhtml", autosave(0, "Overleg elke twee weken."));
    assertThat(saved.body()).contains("Opgeslagen").contains("door demo-inspecteur");

    HttpResponse<String> tooLong =
        inspector.post("study/interview.xhtml", autosave(0, "x".repeat(20_001)));
    assertThat(tooLong.body()).contains("20.001 tekens lang").contains("Er is niets opgeslagen");

    // The session expires behind the open page; the next autosave is sent without a session.
    Browser expired = new Browser(uri());
    HttpResponse<String> lost =
        expired.post(
            "study/interview.xhtml",
            autosave(0, "Overleg elke twee weken, soms vaker."),
            Map.of("Referer", uri().resolve(page).toString()));
    assertThat(lost.body()).contains("<redirect").contains("login.xhtml");
    HttpResponse<String> loggedIn = expired.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
    assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith(page);
    String back = expired.get(page).body();
    assertThat(back)
        .contains("Overleg elke twee weken.</textarea>")
        .as("the page script that offers the unsaved text back")
        .contains("interview.js");
  }

  @Test
  void aConflictingFindingKeepsTheSecondInspectorsInputAndShowsTheOtherVersion() throws Exception {
    // Emmen (visit 15) is in progress with every second norm unrated; CC.2 is one of them.
    Made running = TestSupportClient.fieldwork(uri(), "IN_PROGRESS");
    String page =
        "study/finding.xhtml?kind=VISIT&id="
            + running.visit()
            + "&study="
            + running.study()
            + "&norm=CC.2";
    Browser inspector = login("demo-inspecteur");
    Browser lead = login("demo-coordinator");
    String form = inspector.get(page).body();
    lead.get(page);
    Matcher level =
        Pattern.compile("name=\"findingForm:rating\"[^>]*value=\"(\\d+)\"").matcher(form);
    assertThat(level.find()).as("rating options on the form").isTrue();

    HttpResponse<String> first =
        lead.post(
            "study/finding.xhtml",
            finding(level.group(1), "Eerst opgeslagen door de coördinator."));
    assertThat(first.statusCode()).as("saved and back to the visit").isEqualTo(302);
    HttpResponse<String> second =
        inspector.post("study/finding.xhtml", finding(level.group(1), "Mijn eigen motivering."));
    assertThat(second.body())
        .contains("demo-coordinator heeft deze bevinding intussen opgeslagen")
        .contains("Mijn eigen motivering.</textarea>")
        .contains("Eerst opgeslagen door de co");
    // Saving again now replaces the other version knowingly.
    HttpResponse<String> again =
        inspector.post("study/finding.xhtml", finding(level.group(1), "Mijn eigen motivering."));
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(inspector.get(page).body()).contains("Mijn eigen motivering.</textarea>");
  }

  private static Map<String, String> finding(String levelId, String motivation) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("findingForm", "findingForm");
    fields.put("findingForm:rating", levelId);
    fields.put("findingForm:motivation", motivation);
    fields.put("findingForm:save", "");
    return fields;
  }

  private static Map<String, String> startInterview(String date) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("interviewForm", "interviewForm");
    fields.put("interviewForm:role_input", "HUISARTS");
    fields.put("interviewForm:heldOn_input", date);
    fields.put("interviewForm:start", "");
    return fields;
  }

  private static Map<String, String> autosave(int row, String note) {
    String id = "interviewForm:questions:" + row + ":note";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", id);
    fields.put("jakarta.faces.partial.execute", id);
    fields.put("jakarta.faces.partial.render", "interviewForm:questions:" + row + ":status");
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("interviewForm", "interviewForm");
    fields.put(id, note);
    return fields;
  }
}
