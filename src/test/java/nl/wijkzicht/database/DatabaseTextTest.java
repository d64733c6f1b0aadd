package nl.wijkzicht.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Java compares names as utf8mb4_unicode_ci does (the same pairs are checked on MariaDB). */
class DatabaseTextTest {

  @Test
  void caseAccentsAndTrailingSpacesDoNotCount() {
    assertThat(DatabaseText.same("Huisarts Café", "huisarts cafe")).isTrue();
    assertThat(DatabaseText.same("Coördinator", "COORDINATOR")).isTrue();
    assertThat(DatabaseText.same("De Linde ", "de linde")).isTrue();
    assertThat(DatabaseText.same("Straße", "STRASSE")).isTrue();
    assertThat(DatabaseText.key("Ëlst")).isEqualTo(DatabaseText.key("elst"));
  }

  @Test
  void otherLettersAndInnerSpacesDo() {
    assertThat(DatabaseText.same("De Linde", "De Linden")).isFalse();
    assertThat(DatabaseText.same("De Linde", "DeLinde")).isFalse();
    assertThat(DatabaseText.same("Team 1", "Team 2")).isFalse();
    assertThat(DatabaseText.same("Zorg-Oost", "Zorg Oost")).isFalse();
    assertThat(DatabaseText.key("a")).isNotEqualTo(DatabaseText.key("b"));
  }
}
