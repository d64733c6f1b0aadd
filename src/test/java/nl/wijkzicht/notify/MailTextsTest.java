package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wijkzicht.notify.control.Mail;
import nl.wijkzicht.notify.control.MailTexts;
import nl.wijkzicht.notify.control.VisitFacts;
import org.junit.jupiter.api.Test;

class MailTextsTest {

  private static final VisitFacts VISIT =
      new VisitFacts(
          42,
          "Huisartsenpraktijk De Linde",
          "Houten",
          LocalDate.of(2026, 3, 10),
          "Zorgnetwerken 2026",
          LocalDate.of(2026, 5, 12));

  @Test
  void sentForReplyNamesTheDeadlineAndLinksToThePage() {
    Mail mail =
        MailTexts.sentForReply(
            VISIT, LocalDate.of(2026, 4, 24), "https://wz.example/reply/visit.xhtml?id=42");
    assertThat(mail.subject())
        .isEqualTo("Wijkzicht: bevindingen ter reactie, reageren uiterlijk 12-05-2026");
    assertThat(mail.body())
        .contains("Huisartsenpraktijk De Linde, locatie Houten")
        .contains("dinsdag 10 maart 2026")
        .contains("tot en met dinsdag 12 mei 2026 (nog 10 werkdagen)")
        .contains("https://wz.example/reply/visit.xhtml?id=42");
  }

  @Test
  void reminderSaysHowManyWorkingDaysAreLeft() {
    Mail mail = MailTexts.reminder(VISIT, LocalDate.of(2026, 5, 7), "link");
    assertThat(mail.subject()).isEqualTo("Herinnering Wijkzicht: reageren uiterlijk 12-05-2026");
    assertThat(mail.body()).contains("(nog 3 werkdagen)").contains("heropent");
    assertThat(MailTexts.reminder(VISIT, LocalDate.of(2026, 5, 11), "l").body())
        .contains("(nog 1 werkdag)");
    assertThat(MailTexts.reminder(VISIT, LocalDate.of(2026, 5, 12), "l").body())
        .contains("(vandaag is de laatste dag)");
  }

  @Test
  void replyReceivedNamesTheProviderAndTheStudy() {
    Mail mail = MailTexts.replyReceived(VISIT, "https://wz.example/study/visit.xhtml?id=42");
    assertThat(mail.subject())
        .isEqualTo("Wijkzicht: reactie ontvangen van Huisartsenpraktijk De Linde");
    assertThat(mail.body())
        .contains("Zorgnetwerken 2026")
        .contains("besluit")
        .contains("https://wz.example/study/visit.xhtml?id=42");
  }

  @Test
  void aLocationNamedAsItsProviderIsNamedOnce() {
    VisitFacts same =
        new VisitFacts(
            1,
            "Thuiszorg Het Anker",
            "thuiszorg het anker",
            VISIT.visitDate(),
            "S",
            VISIT.replyDeadline());
    assertThat(MailTexts.replyReceived(same, "l").body())
        .contains("bezoek aan Thuiszorg Het Anker op")
        .doesNotContain("locatie");
  }
}
