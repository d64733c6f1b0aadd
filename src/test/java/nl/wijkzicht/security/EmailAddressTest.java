package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.security.control.EmailAddress;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void blankIsNoAddress() {
    assertThat(EmailAddress.parse(null, "email")).isEmpty();
    assertThat(EmailAddress.parse("   ", "email")).isEmpty();
  }

  @Test
  void keepsTheLocalPartAndLowersTheDomain() {
    assertThat(EmailAddress.parse("  Kwaliteit.Officer+wz@DeLinde.NL ", "email"))
        .contains("Kwaliteit.Officer+wz@delinde.nl");
  }

  @Test
  void refusesWhatIsNoAddressOrCouldAddARecipientOrHeader() {
    for (String bad :
        new String[] {
          "naam",
          "naam@",
          "@delinde.nl",
          "naam@delinde",
          "na am@delinde.nl",
          "a@b@delinde.nl",
          "naam@delinde.nl\r\nBcc: x@y.nl",
          "naam@delinde.nl, ander@delinde.nl",
          "Naam <naam@delinde.nl>",
          "naam..x@delinde.nl",
          "\"naam\"@delinde.nl"
        }) {
      assertThatThrownBy(() -> EmailAddress.parse(bad, "email"))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.getProblems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("email");
                          assertThat(p.key()).isEqualTo("account.email.invalid");
                        });
              });
    }
  }

  @Test
  void refusesTooLong() {
    String address =
        "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(70) + ".nl";
    assertThatThrownBy(() -> EmailAddress.parse(address, "email"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).key()).isEqualTo("account.email.too_long"));
  }
}
