package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.notify.control.MailSettings;
import nl.wijkzicht.notify.control.MailSettings.Tls;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void noHostMeansMailIsOffWithoutComplaint() {
    MailSettings.Result result = MailSettings.from(null, "25", "none", null, null, "a@b.nl");
    assertThat(result.settings()).isEmpty();
    assertThat(result.misconfigured()).isFalse();
    assertThat(MailSettings.from("  ", null, null, null, null, null).settings()).isEmpty();
  }

  @Test
  void defaultPortFollowsTheTlsMode() {
    assertThat(MailSettings.from("smtp.x.nl", null, null, null, null, "w@x.nl").settings())
        .hasValueSatisfying(
            s -> {
              assertThat(s.port()).isEqualTo(25);
              assertThat(s.tls()).isEqualTo(Tls.NONE);
            });
    assertThat(MailSettings.from("smtp.x.nl", "", "STARTTLS", null, null, "w@x.nl").settings())
        .hasValueSatisfying(s -> assertThat(s.port()).isEqualTo(587));
    assertThat(MailSettings.from("smtp.x.nl", null, "tls", null, null, "w@x.nl").settings())
        .hasValueSatisfying(s -> assertThat(s.port()).isEqualTo(465));
  }

  @Test
  void wrongValuesTurnMailOffAndSayWhy() {
    assertThat(MailSettings.from("h", "25", "ssl", null, null, "w@x.nl").reason())
        .contains("WIJKZICHT_SMTP_TLS");
    assertThat(MailSettings.from("h", "abc", null, null, null, "w@x.nl").reason())
        .contains("WIJKZICHT_SMTP_PORT");
    assertThat(MailSettings.from("h", "70000", null, null, null, "w@x.nl").reason())
        .contains("out of range");
    assertThat(MailSettings.from("h", "25", null, null, null, null).reason())
        .contains("WIJKZICHT_SMTP_FROM");
    assertThat(MailSettings.from("h", "25", null, null, null, "not an address").misconfigured())
        .isTrue();
    assertThat(MailSettings.from("h", "25", null, "user", null, "w@x.nl").reason())
        .contains("WIJKZICHT_SMTP_PASSWORD");
  }

  @Test
  void startTlsIsRequiredAndThePasswordIsNeverShown() {
    MailSettings s =
        MailSettings.from("smtp.x.nl", "587", "starttls", "wz", "geheim-wachtwoord", "w@x.nl")
            .settings()
            .orElseThrow();
    assertThat(s.sessionProperties())
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.port", "587")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsKey("mail.smtp.timeout");
    assertThat(s.toString()).contains("smtp.x.nl:587").doesNotContain("geheim");
  }

  @Test
  void tlsUsesSmtps() {
    MailSettings s =
        MailSettings.from("smtp.x.nl", null, "tls", null, null, "w@x.nl").settings().orElseThrow();
    assertThat(s.sessionProperties())
        .containsEntry("mail.transport.protocol", "smtps")
        .containsEntry("mail.smtps.host", "smtp.x.nl")
        .containsEntry("mail.smtps.auth", "false");
  }
}
