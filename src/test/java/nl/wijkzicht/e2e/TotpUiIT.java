package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import nl.wijkzicht.security.control.Base32;
import nl.wijkzicht.security.control.Totp;
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
 * A user whose account needs a second factor enrols in a real browser, as with an authenticator app
 * (the test computes the code from the secret shown as text), saves the recovery codes, signs out
 * and signs in again with a code. Every page is checked (axe, console).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TotpUiIT {

  private static final String PASSWORD = "totp-ui-password-2026";

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
  void aUserEnrolsWithTheShownSecretAndSignsInWithACode() throws Exception {
    String name = "it-totp-ui-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        uri()
                            .resolve(
                                "test-support?op=account&secondFactor=required&username="
                                    + name
                                    + "&password="
                                    + PASSWORD))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.body()).isEqualTo("created");
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login(name, PASSWORD);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/login/enrol.xhtml");
      assertThat(browser.find(By.cssSelector(".qr-code svg path")).getAttribute("d"))
          .startsWith("M");
      byte[] secret = Base32.decode(browser.find(By.id("secretText")).getText());
      assertThat(secret).hasSize(Totp.SECRET_BYTES);
      browser.type(By.id("enrolForm:code"), Totp.code(secret, Totp.step(Instant.now())));
      browser.clickAndWaitForPage(By.id("enrolForm:confirm"));
      assertThat(browser.find(By.id("recoveryCodes")).getText().lines().count()).isEqualTo(10);
      browser.clickAndWaitForPage(By.id("continue"));
      assertThat(browser.driver().getCurrentUrl()).endsWith("/start.xhtml");

      browser.open("account/second-factor.xhtml");
      assertThat(browser.find(By.id("enrolledText")).getText()).contains("10");

      browser.clickAndWaitForPage(By.id("headerForm:logout"));
      browser.login(name, PASSWORD);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/login/code.xhtml");
      browser.type(By.id("codeForm:code"), Totp.code(secret, Totp.step(Instant.now()) + 1));
      browser.clickAndWaitForPage(By.id("codeForm:verify"));
      assertThat(browser.driver().getCurrentUrl()).endsWith("/start.xhtml");
    }
  }
}
