package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.UUID;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator's pages in a real browser, in Dutch and English: accounts and the access log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesUiIT {

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
  void anAdministratorCreatesAnAccountAndReadsTheAccessLogInBothLanguages() {
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login("demo-beheerder", DemoDataLoader.DEMO_PASSWORD);
      browser.open("admin/users.xhtml");
      String name = "0-ui-" + UUID.randomUUID().toString().substring(0, 8);
      browser.click(By.id("usersForm:newUser"));
      browser.waitForAjax();
      browser.checkWithin("#usersForm\\:userDialog");
      browser.type(By.id("usersForm:username"), name);
      browser.type(By.id("usersForm:displayName"), "Browser Test");
      browser.click(By.id("usersForm:save"));
      browser.waitForAjax();
      assertThat(browser.find(By.id("usersForm:temporaryPassword")).getText()).hasSize(16);
      browser.checkWithin("#usersForm\\:temporaryDialog");
      browser.click(By.id("usersForm:closeTemporary"));
      browser.waitForAjax();
      assertThat(browser.find(By.id("usersForm:users")).getText()).contains(name);

      browser.open("admin/accesslog.xhtml");
      assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
      // The period takes typed dates, read by the same strict converter as every date field.
      String today =
          java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
              .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
      browser.date(By.id("logForm:from_input"), today);
      browser.date(By.id("logForm:until_input"), today);
      browser.click(By.id("logForm:search"));
      browser.waitForAjax();
      assertThat(browser.find(By.id("logForm:entries")).getText())
          .as("today's entries, e.g. the account just created")
          .contains("demo-beheerder");
      browser.date(By.id("logForm:from_input"), "31-02-2026");
      browser.click(By.id("logForm:search"));
      browser.waitForAjax();
      assertThat(browser.find(By.id("logForm:fromMessage")).getText())
          .contains("31-02-2026")
          .contains("geen bestaande datum");
      assertThat(browser.find(By.id("logForm:from_input")).getAttribute("value"))
          .isEqualTo("31-02-2026");
      browser.check();
      browser.language("en");
      browser.open("admin/users.xhtml");
      browser.open("admin/accesslog.xhtml");
      assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      browser.language("nl");
      assertThat(browser.checked())
          .contains(
              "/admin/users.xhtml [nl]",
              "/admin/users.xhtml [en]",
              "/admin/accesslog.xhtml [nl]",
              "/admin/accesslog.xhtml [en]");
    }
  }
}
