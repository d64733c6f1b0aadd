package nl.wijkzicht.demo.national;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.demo.national.NationalPlan.Size;
import nl.wijkzicht.demo.national.NationalStudyGenerator.Options;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void outsideDemoModeItSaysNoWithoutTouchingAnyDatabase() throws Exception {
    // No connection at all: the refusal comes before any statement.
    assertThat(NationalStudyGenerator.refusal(false, null))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith("Refused")
                    .contains("demo mode")
                    .contains("wijkzicht.demo=true")
                    .contains("production database"));
  }

  @Test
  void titlesAndProviderMarkersDifferPerSeedAndSize() {
    Options national = new Options(2026, Size.national(), false);
    Options small = new Options(2026, Size.scaledTo(3), false);
    assertThat(national.title())
        .isEqualTo(
            "Landelijke teststudie samenwerking huisarts–wijkverpleging (gegenereerd, seed 2026)");
    assertThat(small.title()).endsWith("(gegenereerd, seed 2026, 3 gemeenten)");
    assertThat(national.marker()).isEqualTo("(gegenereerd s2026)");
    assertThat(small.marker()).isEqualTo("(gegenereerd s2026-3g)");
    assertThat(new Options(7, Size.national(), false).title()).isNotEqualTo(national.title());
    // Titles fit study.title (VARCHAR 200).
    assertThat(new Options(Long.MIN_VALUE, Size.scaledTo(341), false).title().length())
        .isLessThanOrEqualTo(200);
  }

  @Test
  void aSettingIsASystemPropertyElseItsEnvironmentVariableElseTheDefault() {
    System.setProperty("national.test.setting", "  42 ");
    try {
      assertThat(GenerateNationalStudy.setting("national.test.setting", "x")).isEqualTo("42");
    } finally {
      System.clearProperty("national.test.setting");
    }
    System.setProperty("national.test.setting", "");
    try {
      // Blank counts as not given (the Maven profile passes an empty wijkzicht.demo).
      assertThat(GenerateNationalStudy.setting("national.test.setting", "x")).isEqualTo("x");
    } finally {
      System.clearProperty("national.test.setting");
    }
  }
}
