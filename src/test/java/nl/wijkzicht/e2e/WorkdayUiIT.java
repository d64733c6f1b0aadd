package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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

/**
 * An inspector's working day in a browser (issue 13): every role lands on its own start page after
 * login (a deep link still returns where it pointed), and a coordinator changes a study, refused
 * where the change would orphan a visit. Every page is checked for console errors and accessibility
 * (UiBrowser).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkdayUiIT {

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
  void eachRoleSignsInAndSeesItsStartPage() {
    // A visit in progress with demo-inspecteur on its team: its unrated norms are on the page.
    TestSupportClient.fieldwork(uri(), "IN_PROGRESS");
    assertStart("demo-inspecteur", "inspectorStart", "Nog te beoordelen normen");
    assertStart("demo-coordinator", "coordinatorStart", "Onderzoeken en voortgang");
    assertStart("demo-beheerder", "adminStart", "Recent geweigerde toegang");
    assertStart("demo-zorgaanbieder", "providerStart", "Bevindingen en uw reactie (wederhoor)");
  }

  @Test
  void aDeepLinkStillReturnsWhereItPointedAfterLogin() {
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.open("study/list.xhtml");
      browser.waitFor().until(d -> d.getCurrentUrl().contains("login.xhtml"));
      browser.type(By.id("loginForm:username"), "demo-coordinator");
      browser.type(By.id("loginForm:password"), DemoDataLoader.DEMO_PASSWORD);
      browser.clickAndWaitForPage(By.id("loginForm:login"));
      assertThat(browser.driver().getCurrentUrl()).contains("study/list.xhtml");
    }
  }

  @Test
  void aCoordinatorEditsAStudyAndIsToldWhatAChangeWouldOrphan() {
    TestSupportClient.Made made = TestSupportClient.fieldwork(uri(), "PLANNED");
    String title = "UI gewijzigd " + UUID.randomUUID().toString().substring(0, 8);
    try (UiBrowser coordinator = new UiBrowser(uri())) {
      coordinator.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      coordinator.open("study/visits.xhtml?study=" + made.study());
      coordinator.clickAndWaitForPage(By.id("editStudy"));
      assertThat(coordinator.driver().getCurrentUrl()).contains("study/edit.xhtml?id=");
      assertThat(coordinator.find(By.id("studyForm:frameworkFixed")).getText()).isNotBlank();

      // Removing Houten, where the visit is, is refused at the areas, naming the area.
      coordinator.click(By.id("studyForm:areas:0:remove"));
      coordinator.waitForAjax();
      coordinator.click(By.id("studyForm:save"));
      coordinator.waitForAjax();
      assertThat(coordinator.find(By.cssSelector("fieldset.areas .ui-message-error")).getText())
          .contains("Houten");
      coordinator.check();

      // A new title and Tiel (no fieldwork) removed instead: saved, back on the study page.
      coordinator.open("study/edit.xhtml?id=" + made.study());
      coordinator.type(By.id("studyForm:title"), title);
      coordinator.click(By.id("studyForm:areas:1:remove"));
      coordinator.waitForAjax();
      coordinator.clickAndWaitForPage(By.id("studyForm:save"));
      assertThat(coordinator.driver().getCurrentUrl()).contains("study/visits.xhtml");
      assertThat(coordinator.find(By.id("studyTitle")).getText()).isEqualTo(title);
      assertThat(coordinator.driver().findElements(By.cssSelector(".area-links .chip"))).hasSize(1);
    }
  }

  private void assertStart(String user, String section, String text) {
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login(user, DemoDataLoader.DEMO_PASSWORD);
      assertThat(browser.driver().getCurrentUrl()).as(user).contains("start.xhtml");
      assertThat(browser.find(By.id(section)).getText()).as(user).contains(text);
      browser.check();
    }
  }
}
