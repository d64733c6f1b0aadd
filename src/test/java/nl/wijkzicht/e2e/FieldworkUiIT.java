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
      inspector.clickAndWaitForPage(By.xpath("//*[@id='norms']//a[contains(., 'Beoordelen')]"));
      int rated = 0;
      while (inspector.driver().getCurrentUrl().contains("finding.xhtml") && rated < 40) {
        inspector
            .driver()
            .findElements(By.cssSelector("#findingForm .ui-radiobutton-box"))
            .get(rated % 3)
            .click();
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

  /** As coordinator: a new study in Houten with the demo inspector, and a visit to De Linde. */
  private String planVisit() {
    String title = "UI-studie " + UUID.randomUUID().toString().substring(0, 8);
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open("study/edit.xhtml");
      coordinator.type(By.id("studyForm:title"), title);
      coordinator.date(By.id("studyForm:startsOn_input"), "01-01-2026");
      coordinator.date(By.id("studyForm:endsOn_input"), "31-12-2026");
      coordinator.click(By.id("studyForm:framework"));
      coordinator.click(
          By.xpath(
              "//*[@id='studyForm:framework_items']//li[contains(., 'Samenwerking huisarts')]"));
      coordinator.find(By.id("studyForm:municipality_input")).sendKeys("Hout");
      coordinator.click(
          By.xpath("//*[@id='studyForm:municipality_panel']//li[contains(., 'Houten')]"));
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
      coordinator.clickAndWaitForPage(By.linkText(title));
      coordinator.pick("planForm:area", "Houten");
      coordinator.click(By.id("planForm:location"));
      coordinator.click(
          By.xpath("//*[@id='planForm:location_items']//li[contains(., 'De Linde')]"));
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
      String href =
          coordinator
              .find(By.xpath("//*[@id='visitsForm']//a[contains(., 'De Linde')]"))
              .getAttribute("href");
      return href.substring(href.indexOf("study/"));
    }
  }

  private static void startVisit(UiBrowser inspector, String visit) {
    inspector.open(visit);
    List<WebElement> start =
        inspector
            .driver()
            .findElements(
                By.xpath("//button[contains(@class, 'step')]" + "[contains(., 'In uitvoering')]"));
    if (!start.isEmpty()) {
      start.get(0).click();
      inspector.waitForAjax();
      inspector.check();
    }
  }

  private static void startInterview(UiBrowser inspector, String role) {
    inspector.pick("interviewForm:role", role);
    inspector.date(By.id("interviewForm:heldOn_input"), "10-03-2026");
    inspector.clickAndWaitForPage(By.id("interviewForm:start"));
  }
}
