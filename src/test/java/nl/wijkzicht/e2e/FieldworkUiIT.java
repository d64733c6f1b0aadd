package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.demo.DemoDataLoader;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fieldwork as its users do it in a browser: a coordinator sets up a study and plans a visit, an
 * inspector runs two interviews and rates every norm; the autosave after the session expired brings
 * the typed text back after logging in; two sessions saving one finding get the conflict panel.
 * Every page is checked for console errors and accessibility (UiBrowser). Each test plans its own
 * study.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldworkUiIT {

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
  void aNewStudyGoesFromPlanningToEveryNormRated() {
    String visit = planVisit();
    try (UiBrowser inspector = new UiBrowser(uri())) {
      inspector.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      startVisit(inspector, visit);
      for (String role : List.of("Huisarts", "Wijkverpleegkundige")) {
        startInterview(inspector, role);
        List<WebElement> notes =
            inspector.driver().findElements(By.cssSelector("textarea[data-field='note']"));
        assertThat(notes).isNotEmpty();
        for (int i = 0; i < notes.size(); i++) {
          notes
              .get(i)
              .sendKeys("Antwoord " + (i + 1) + " van de " + role.toLowerCase() + ".", Keys.TAB);
        }
        inspector
            .waitFor()
            .until(
                d -> d.findElements(By.cssSelector("[data-state='saved']")).size() >= notes.size());
        inspector.check();
        inspector.clickAndWaitForPage(By.id("trailBack"));
      }
      assertThat(inspector.find(By.id("interviewForm:interviews")).getText())
          .as("interview dates as typed")
          .contains("10-03-2026");
      inspector.clickAndWaitForPage(By.xpath("//*[@id='norms']//a[contains(., 'Beoordelen')]"));
      int rated = 0;
      while (inspector.driver().getCurrentUrl().contains("finding.xhtml") && rated < 40) {
        inspector.clickNth(By.cssSelector("#findingForm .ui-radiobutton-box"), rated % 3);
        inspector.type(
            By.id("findingForm:motivation"),
            "Motivering " + (rated + 1) + ": gezien tijdens het bezoek.");
        inspector.clickAndWaitForPage(By.id("findingForm:saveNext"));
        rated++;
      }
      assertThat(rated).as("norms rated").isGreaterThan(5);
      inspector.open(visit);
      assertThat(inspector.find(By.id("unrated")).getText()).contains("0");
    }
  }

  @Test
  void cancellingAVisitAsksForConfirmationAndAReasonAndShowsItInTheHistory() {
    String visit = "study/visit.xhtml?id=" + TestSupportClient.fieldwork(uri(), "PLANNED").visit();
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open(visit);
      assertThat(coordinator.find(By.cssSelector("button.step-IN_PROGRESS")).getText())
          .isEqualTo("Bezoek starten");
      coordinator.click(By.cssSelector("button.step-CANCELLED"));
      coordinator.find(By.id("stepForm:reason"));
      coordinator.checkWithin("#stepForm\\:stepDialog");
      // Confirming without a reason is refused at the reason field; nothing changes.
      coordinator.click(By.id("stepForm:confirmStep"));
      coordinator.waitForAjax();
      assertThat(coordinator.find(By.cssSelector("#stepForm .ui-message-error")).getText())
          .contains("Vul de reden in");
      assertThat(coordinator.find(By.id("statusForm:status")).getText()).isEqualTo("Gepland");
      coordinator.type(By.id("stepForm:reason"), "Locatie tijdelijk gesloten wegens verbouwing.");
      coordinator.click(By.id("stepForm:confirmStep"));
      coordinator.waitForAjax();
      coordinator
          .waitFor()
          .until(d -> d.findElement(By.id("statusForm:status")).getText().equals("Geannuleerd"));
      coordinator.click(By.cssSelector("details.history summary"));
      assertThat(coordinator.find(By.cssSelector(".transition-reason")).getText())
          .contains("Locatie tijdelijk gesloten wegens verbouwing.");
      coordinator.check();
    }
  }

  @Test
  void anAutosaveAfterTheSessionExpiredComesBackAfterLoggingIn() {
    // Planning through the pages is the journey's part; here the study comes ready from TestData.
    String visit =
        "study/visit.xhtml?id=" + TestSupportClient.fieldwork(uri(), "IN_PROGRESS").visit();
    try (UiBrowser inspector = new UiBrowser(uri())) {
      inspector.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      startVisit(inspector, visit);
      startInterview(inspector, "Huisarts");
      String interview = inspector.driver().getCurrentUrl();
      WebElement note = inspector.find(By.cssSelector("textarea[data-field='note']"));
      note.sendKeys("Eerste notitie tijdens het gesprek.", Keys.TAB);
      inspector
          .waitFor()
          .until(d -> !d.findElements(By.cssSelector("[data-state='saved']")).isEmpty());
      inspector.waitForAjax(); // The save's update may still replace the textarea.

      inspector.driver().manage().deleteAllCookies(); // The session expires behind the open page.
      note = inspector.find(By.cssSelector("textarea[data-field='note']"));
      note.sendKeys(Keys.END, " Aangevuld na verlopen sessie.", Keys.TAB);
      inspector.waitFor().until(d -> d.getCurrentUrl().contains("login.xhtml"));
      inspector.check();
      inspector.type(By.id("loginForm:username"), "demo-inspecteur");
      inspector.type(By.id("loginForm:password"), DemoDataLoader.DEMO_PASSWORD);
      inspector.clickAndWaitForPage(By.id("loginForm:login"));
      assertThat(inspector.driver().getCurrentUrl()).isEqualTo(interview);
      inspector.click(By.id("restoreButton"));
      inspector
          .waitFor()
          .until(d -> !d.findElements(By.cssSelector("[data-state='saved']")).isEmpty());
      inspector.waitForAjax();
      inspector.open(interview.substring(uri().toString().length()));
      assertThat(
              inspector.find(By.cssSelector("textarea[data-field='note']")).getAttribute("value"))
          .isEqualTo("Eerste notitie tijdens het gesprek. Aangevuld na verlopen sessie.");
    }
  }

  @Test
  void theInterviewPageCountsShowsSavingAndWarnsBeforeCompletingWithOpenQuestions() {
    String visit =
        "study/visit.xhtml?id=" + TestSupportClient.fieldwork(uri(), "IN_PROGRESS").visit();
    try (UiBrowser inspector = new UiBrowser(uri())) {
      inspector.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      startVisit(inspector, visit);
      startInterview(inspector, "Huisarts");
      assertThat(inspector.find(By.id("trailStudy")).getAttribute("href")).contains("visits.xhtml");
      assertThat(inspector.find(By.id("trailArea")).getAttribute("href")).contains("area.xhtml");
      assertThat(inspector.find(By.id("trailBack")).getAttribute("href")).contains("visit.xhtml");
      int questions =
          inspector.driver().findElements(By.cssSelector("textarea[data-field='note']")).size();
      assertThat(questions).isGreaterThan(1);
      assertThat(inspector.find(By.id("answered")).getText())
          .isEqualTo("0 van " + questions + " vragen beantwoord");

      WebElement note = inspector.find(By.cssSelector("textarea[data-field='note']"));
      note.sendKeys("Het eerste antwoord.");
      WebElement saving =
          inspector
              .waitFor()
              .until(
                  d ->
                      d.findElements(By.cssSelector(".answer-status[data-state='saving']")).stream()
                          .findFirst()
                          .orElse(null));
      assertThat(saving.getText()).isEqualTo("Opslaan…");
      assertThat(saving.findElement(By.xpath("..")).getAttribute("role")).isEqualTo("status");
      inspector
          .waitFor()
          .until(d -> !d.findElements(By.cssSelector("[data-state='saved']")).isEmpty());
      assertThat(inspector.find(By.cssSelector("[data-state='saved']")).getText())
          .startsWith("Opgeslagen");
      inspector
          .waitFor()
          .until(
              d ->
                  d.findElement(By.id("answered"))
                      .getText()
                      .equals("1 van " + questions + " vragen beantwoord"));

      inspector.click(By.id("interviewForm:complete"));
      inspector.waitForAjax();
      WebElement dialog = inspector.find(By.id("completeDialog"));
      int open = questions - 1;
      assertThat(dialog.getText())
          .contains(open == 1 ? "nog 1 vraag open" : "nog " + open + " vragen open");
      inspector.checkWithin("#completeDialog");
      inspector.click(By.id("completeForm:keepAnswering"));
      inspector.waitFor().until(d -> !d.findElement(By.id("completeDialog")).isDisplayed());
      assertThat(inspector.find(By.id("state")).getText()).isEqualTo("Concept");

      inspector.click(By.id("interviewForm:complete"));
      inspector.waitForAjax();
      inspector.click(By.id("completeForm:completeAnyway"));
      inspector.waitForAjax();
      inspector.waitFor().until(d -> d.findElement(By.id("state")).getText().equals("Afgerond"));
      inspector.check();
    }
  }

  @Test
  void twoSessionsSavingOneFindingGetTheConflictPanel() {
    // Planning through the pages is the journey's part; here the study comes ready from TestData.
    String visit =
        "study/visit.xhtml?id=" + TestSupportClient.fieldwork(uri(), "IN_PROGRESS").visit();
    try (UiBrowser first = new UiBrowser(uri());
        UiBrowser second = new UiBrowser(uri())) {
      first.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      startVisit(first, visit);
      first.clickAndWaitForPage(By.xpath("//*[@id='norms']//a[contains(., 'Beoordelen')]"));
      String finding = first.driver().getCurrentUrl().substring(uri().toString().length());
      second.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      second.open(finding);

      first
          .driver()
          .findElements(By.cssSelector("#findingForm .ui-radiobutton-box"))
          .get(0)
          .click();
      first.type(By.id("findingForm:motivation"), "Eerste inspecteur: goed geregeld.");
      first.clickAndWaitForPage(By.id("findingForm:save"));

      second
          .driver()
          .findElements(By.cssSelector("#findingForm .ui-radiobutton-box"))
          .get(1)
          .click();
      second.type(By.id("findingForm:motivation"), "Tweede inspecteur: deels geregeld.");
      second.click(By.id("findingForm:save"));
      second.waitForAjax();
      WebElement conflict = second.find(By.cssSelector("#findingForm\\:conflict .conflict"));
      assertThat(conflict.getText()).contains("Eerste inspecteur: goed geregeld.");
      assertThat(second.find(By.id("findingForm:motivation")).getAttribute("value"))
          .as("my text stays")
          .isEqualTo("Tweede inspecteur: deels geregeld.");
      second.check();
    }
  }

  @Test
  void aDateThatDoesNotExistIsRefusedAtItsFieldAndStaysAsTyped() {
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open("study/edit.xhtml");
      coordinator.type(By.id("studyForm:title"), "Studie met een verkeerde datum");
      coordinator.date(By.id("studyForm:startsOn_input"), "31-02-2026");
      coordinator.date(By.id("studyForm:endsOn_input"), "31-12-2026");
      coordinator.click(By.id("studyForm:save"));
      coordinator.waitForAjax();
      assertThat(coordinator.find(By.id("studyForm:startsOnMessage")).getText())
          .contains("31-02-2026")
          .contains("geen bestaande datum");
      assertThat(coordinator.find(By.id("studyForm:startsOn_input")).getAttribute("value"))
          .as("the refused text stays, so the user sees what is wrong")
          .isEqualTo("31-02-2026");
      assertThat(coordinator.find(By.id("studyForm:endsOn_input")).getAttribute("value"))
          .isEqualTo("31-12-2026");
      coordinator.check();
    }
  }

  @Test
  void planningSaysAtEachFieldWhatIsMissingAndWhereToGoNext() {
    String title = "UI-leeg " + UUID.randomUUID().toString().substring(0, 8);
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      // Vlieland: no care provider has a location there (demo data nor tests add one).
      createStudy(coordinator, title, "Vliel", "Vlieland");
      coordinator.click(By.id("planForm:plan"));
      coordinator.waitForAjax();
      assertThat(coordinator.find(By.id("planForm:locationMessage")).getText())
          .isEqualTo("Kies een locatie.");
      assertThat(coordinator.find(By.id("planForm:areaMessage")).getText())
          .isEqualTo("Kies een gebied.");
      assertThat(coordinator.find(By.id("planForm:dateMessage")).getText())
          .isEqualTo("Vul de datum van het bezoek in.");
      assertThat(coordinator.driver().findElement(By.id("globalMessages")).getText())
          .as("nothing about location -1 at the top")
          .doesNotContain("bestaat niet");
      coordinator.check();
      coordinator.pick("planForm:area", "Vlieland");
      assertThat(coordinator.find(By.id("planForm:locationHint")).getText())
          .contains("nog geen zorgaanbieders met een locatie in Vlieland")
          .contains("Naar de zorgaanbieders");
      coordinator.check();
    }
  }

  @Test
  void onlyMyVisitsWithNoneOfMineSaysSoAndHowToSeeAll() {
    String visits =
        "study/visits.xhtml?study=" + TestSupportClient.fieldwork(uri(), "PLANNED").study();
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open(visits);
      coordinator.click(By.id("visitsForm:filterMine"));
      coordinator.waitForAjax();
      assertThat(coordinator.find(By.id("visitsForm:visits")).getText())
          .contains("Geen van de 1 bezoeken van dit onderzoek is aan u toegewezen")
          .contains("Alleen mijn bezoeken")
          .doesNotContain("Nog geen bezoeken gepland");
      coordinator.check();
    }
  }

  /**
   * As coordinator (logged in): a new study in one municipality with the demo inspector; ends on
   * its visits page.
   */
  private static void createStudy(
      UiBrowser coordinator, String title, String typed, String municipality) {
    coordinator.open("study/edit.xhtml");
    coordinator.type(By.id("studyForm:title"), title);
    coordinator.date(By.id("studyForm:startsOn_input"), "01-01-2026");
    coordinator.date(By.id("studyForm:endsOn_input"), "31-12-2026");
    coordinator.pick("studyForm:framework", "Samenwerking huisarts");
    coordinator.find(By.id("studyForm:municipality_input")).sendKeys(typed);
    coordinator.click(
        By.xpath(
            "//*[@id='studyForm:municipality_panel']//li[contains(., '" + municipality + "')]"));
    coordinator.click(By.id("studyForm:addArea"));
    coordinator.waitForAjax();
    coordinator.click(By.id("studyForm:inspectors"));
    coordinator.click(
        By.xpath(
            "//*[@id='studyForm:inspectors_panel']//li[contains(., 'demo-inspecteur')]"
                + "//div[contains(@class, 'ui-chkbox-box')]"));
    coordinator.find(By.id("studyForm:title")).click();
    coordinator.clickAndWaitForPage(By.id("studyForm:save"));
    coordinator.open("study/list.xhtml");
    assertThat(
            coordinator.find(By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]")).getText())
        .as("study period as typed")
        .contains("01-01-2026")
        .contains("31-12-2026");
    coordinator.clickAndWaitForPage(By.linkText(title));
  }

  /** As coordinator: a new study in Houten with the demo inspector, and a visit to De Linde. */
  private String planVisit() {
    String title = "UI-studie " + UUID.randomUUID().toString().substring(0, 8);
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      createStudy(coordinator, title, "Hout", "Houten");
      coordinator.pick("planForm:area", "Houten");
      coordinator.pick("planForm:location", "De Linde");
      coordinator.date(By.id("planForm:date_input"), "10-03-2026");
      coordinator.click(By.id("planForm:inspectors"));
      coordinator.click(
          By.xpath(
              "//*[@id='planForm:inspectors_panel']//li[contains(., 'Demo Inspecteur')]"
                  + "//div[contains(@class, 'ui-chkbox-box')]"));
      coordinator.find(By.id("planForm:date_input")).sendKeys(Keys.ESCAPE);
      coordinator.click(By.id("planForm:plan"));
      coordinator.waitForAjax();
      coordinator.check();
      WebElement row =
          coordinator.find(By.xpath("//*[@id='visitsForm']//tr[.//a[contains(., 'De Linde')]]"));
      assertThat(row.getText()).as("visit date as typed").contains("10-03-2026");
      String href = row.findElement(By.tagName("a")).getAttribute("href");
      // The period filters take typed dates too (their change event filters the table).
      coordinator.date(By.id("visitsForm:filterFrom_input"), "10-03-2026");
      coordinator.date(By.id("visitsForm:filterTo_input"), "10-03-2026");
      assertThat(coordinator.find(By.id("visitsForm:count")).getText()).startsWith("1 van 1");
      coordinator.date(By.id("visitsForm:filterFrom_input"), "11-03-2026");
      assertThat(coordinator.find(By.id("visitsForm:count")).getText()).startsWith("0 van 1");
      return href.substring(href.indexOf("study/"));
    }
  }

  private static void startVisit(UiBrowser inspector, String visit) {
    inspector.open(visit);
    List<WebElement> start =
        inspector
            .driver()
            .findElements(
                By.xpath("//button[contains(@class, 'step')]" + "[contains(., 'Bezoek starten')]"));
    if (!start.isEmpty()) {
      start.get(0).click();
      inspector.waitForAjax();
      inspector.check();
    }
  }

  private static void startInterview(UiBrowser inspector, String role) {
    inspector.choose("interviewForm:role", role);
    inspector.date(By.id("interviewForm:heldOn_input"), "10-03-2026");
    inspector.clickAndWaitForPage(By.id("interviewForm:start"));
  }
}
