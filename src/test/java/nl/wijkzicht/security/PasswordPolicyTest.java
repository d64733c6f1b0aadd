package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.security.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesPasswordsShorterThanTwelveCharacters() {
    assertThat(PasswordPolicy.problems("elf-tekens1", "jan")).containsExactly("password.too_short");
    assertThat(PasswordPolicy.problems(null, "jan")).containsExactly("password.too_short");
  }

  @Test
  void countsCharactersNotBytes() {
    assertThat(PasswordPolicy.problems("ëëëëëëëëëëëë", "jan")).isEmpty();
  }

  @Test
  void refusesCommonAndBreachedPasswordsWhateverTheCase() {
    assertThat(PasswordPolicy.problems("Wachtwoord123", "jan")).contains("password.common");
    assertThat(PasswordPolicy.problems("P@ssw0rd1234", "jan")).contains("password.common");
  }

  @Test
  void refusesThePasswordThatContainsTheUsername() {
    assertThat(PasswordPolicy.problems("mijn-naam-is-jdevries", "jdevries"))
        .containsExactly("password.contains_username");
  }

  @Test
  void refusesOverlongPasswords() {
    assertThat(PasswordPolicy.problems("x".repeat(129) + "yz", "jan"))
        .contains("password.too_long");
  }

  @Test
  void acceptsALongPassphraseWithoutCompositionRules() {
    assertThat(PasswordPolicy.problems("paarden eten graag wortels", "jan")).isEmpty();
  }
}
