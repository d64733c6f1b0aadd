package nl.wijkzicht.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.scoring.control.Fraction;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.RollUp;
import nl.wijkzicht.scoring.control.ScoreBand;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.control.ScoreOverride;
import nl.wijkzicht.scoring.control.ScoreScale;
import nl.wijkzicht.scoring.control.Term;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roll-up rules of docs/scoring.md, on the scales of the shipped frameworks. */
class RollUpTest {

  // The scale of samenwerking-huisarts-wijkverpleging 1.0 (weighted_percentage, CQC bands).
  static final ScoreLevel V = new ScoreLevel("voldoet", "Voldoet", null, "#2e7d32", 4, 0);
  static final ScoreLevel VG =
      new ScoreLevel("voldoet_grotendeels", "Voldoet grotendeels", null, "#9bc53d", 3, 1);
  static final ScoreLevel VGN =
      new ScoreLevel("voldoet_grotendeels_niet", "Voldoet grotendeels niet", null, "#f4a300", 2, 2);
  static final ScoreLevel VN =
      new ScoreLevel("voldoet_niet", "Voldoet niet", null, "#c62828", 1, 3);
  static final String NB = "niet_beoordeeld";
  static final List<ScoreBand> BANDS =
      List.of(
          new ScoreBand(25, 38, VN),
          new ScoreBand(39, 62, VGN),
          new ScoreBand(63, 87, VG),
          new ScoreBand(88, 100, V));

  static RollUp weighted() {
    return new RollUp(
        new ScoreScale(RollUpRule.WEIGHTED_PERCENTAGE, List.of(V, VG, VGN, VN), NB, BANDS));
  }

  static RollUp rule(RollUpRule rule) {
    return new RollUp(new ScoreScale(rule, List.of(V, VG, VGN, VN), NB, List.of()));
  }

  static Term term(String key, ScoreLevel level) {
    return new Term(key, key, level, null, 1, false);
  }

  static Term term(String key, String percentage, int weight) {
    return new Term(key, key, VG, Fraction.parse(percentage), weight, false);
  }

  @Nested
  class Worst {
    @Test
    void theWorstLevelCountsWhateverTheMajority() {
      Outcome o = rule(RollUpRule.WORST).ofFindings(Map.of("voldoet", 9, "voldoet_niet", 1), 0);
      assertEquals(VN, o.level());
      assertEquals(10, o.coverage().assessed());
    }

    @Test
    void notAssessedIsNeverTheWorst() {
      Outcome o = rule(RollUpRule.WORST).ofFindings(Map.of("voldoet_grotendeels", 1, NB, 5), 0);
      assertEquals(VG, o.level());
      assertEquals(1, o.coverage().assessed());
      assertEquals(5, o.coverage().notAssessed());
      assertEquals(Fraction.of(100, 6), o.coverage().percentage());
    }

    @Test
    void termsWithoutResultLowerCoverageOnly() {
      Outcome o = rule(RollUpRule.WORST).ofTerms(List.of(term("a", V), term("b", null)));
      assertEquals(V, o.level());
      assertEquals(1, o.coverage().missing());
      assertEquals(50, o.coverage().wholePercentage());
    }
  }

  @Nested
  class Majority {
    @Test
    void theMostFrequentLevelCounts() {
      Outcome o =
          rule(RollUpRule.MAJORITY)
              .ofFindings(Map.of("voldoet", 3, "voldoet_niet", 2, "voldoet_grotendeels", 1), 0);
      assertEquals(V, o.level());
      assertFalse(o.isTie());
    }

    @Test
    void aTieGoesToTheWorstOfTheTiedLevels() {
      Outcome o =
          rule(RollUpRule.MAJORITY)
              .ofFindings(
                  Map.of("voldoet", 2, "voldoet_grotendeels_niet", 2, "voldoet_niet", 1), 0);
      assertEquals(VGN, o.level());
      assertTrue(o.isTie());
      assertEquals(List.of(V, VGN), o.tied());
    }

    @Test
    void aTieOfThreeOverTermsTakesTheWorst() {
      Outcome o =
          rule(RollUpRule.MAJORITY)
              .ofTerms(List.of(term("a", VG), term("b", V), term("c", VN), term("d", null)));
      assertEquals(VN, o.level());
      assertEquals(3, o.tied().size());
      assertEquals(1, o.coverage().missing());
    }

    @Test
    void notAssessedDoesNotWinAMajority() {
      Outcome o = rule(RollUpRule.MAJORITY).ofFindings(Map.of(NB, 7, "voldoet_niet", 1), 2);
      assertEquals(VN, o.level());
      assertEquals(new nl.wijkzicht.scoring.control.Coverage(1, 7, 2), o.coverage());
    }
  }

  @Nested
  class WeightedPercentage {
    @Test
    void theWorkedExampleOfTheIssue() {
      // 27 of 36 points = 75 % -> band 63-87 -> voldoet grotendeels
      Outcome o =
          weighted()
              .ofFindings(
                  Map.of("voldoet", 3, "voldoet_grotendeels", 3, "voldoet_grotendeels_niet", 3), 0);
      assertEquals(new Outcome.Points(27, 36), o.points());
      assertEquals(Fraction.of(75), o.percentage());
      assertEquals(63, o.band().from());
      assertEquals(VG, o.level());
      // 75 sits 12 of the 25 points from 63 to the next band's 88: 12/25
      assertEquals(Fraction.of(12, 25), o.positionInBand());
    }

    @Test
    void aFractionalPercentageBelowAnEdgeStaysInTheLowerBand() {
      // 23 x 1 + 27 x 2 = 77 of 50 x 4 = 200 points = 38.5 %
      Outcome o =
          weighted().ofFindings(Map.of("voldoet_niet", 23, "voldoet_grotendeels_niet", 27), 0);
      assertEquals(Fraction.parse("38.5"), o.percentage());
      assertEquals(VN, o.level());
      assertEquals(25, o.band().from());
    }

    @ParameterizedTest(name = "{0} % -> {1}")
    @CsvSource({
      "25, voldoet_niet",
      "38, voldoet_niet",
      "38.5, voldoet_niet",
      "38.999, voldoet_niet",
      "39, voldoet_grotendeels_niet",
      "39.001, voldoet_grotendeels_niet",
      "62.5, voldoet_grotendeels_niet",
      "62.999, voldoet_grotendeels_niet",
      "63, voldoet_grotendeels",
      "87, voldoet_grotendeels",
      "87.5, voldoet_grotendeels",
      "87.999, voldoet_grotendeels",
      "88, voldoet",
      "100, voldoet",
      "10, voldoet_niet"
    })
    void everyBandEdgeWithFractionalValues(String percentage, String level) {
      Outcome o = weighted().ofTerms(List.of(term("a", percentage, 1)));
      assertEquals(Fraction.parse(percentage), o.percentage());
      assertEquals(level, o.level().code());
    }

    @Test
    void exactArithmeticMeetsTheEdgeWhereRoundingWouldNot() {
      // one third of 117 = 39 exactly; in doubles 117/3 is fine but (1/3 x 117) is 38.99999...
      Outcome o =
          weighted()
              .ofTerms(
                  List.of(
                      new Term("a", "a", VG, Fraction.of(117, 1), 1, false),
                      new Term("b", "b", VG, Fraction.ZERO, 2, false)));
      assertEquals(Fraction.of(39), o.percentage());
      assertEquals(VGN, o.level());
    }

    @Test
    void weightsCountInTheMean() {
      // (2 x 75 + 1 x 50) / 3 = 66.67 -> voldoet grotendeels; unweighted it would be 62.5
      Outcome o = weighted().ofTerms(List.of(term("a", "75", 2), term("b", "50", 1)));
      assertEquals(Fraction.of(200, 3), o.percentage());
      assertEquals(VG, o.level());
      Outcome unweighted = weighted().ofTerms(List.of(term("a", "75", 1), term("b", "50", 1)));
      assertEquals(VGN, unweighted.level());
    }

    @Test
    void aZeroWeightLeavesATermOut() {
      Outcome o = weighted().ofTerms(List.of(term("a", "100", 0), term("b", "50", 1)));
      assertEquals(Fraction.of(50), o.percentage());
    }

    @Test
    void oneFinding() {
      Outcome o = weighted().ofFindings(Map.of("voldoet_grotendeels_niet", 1), 0);
      assertEquals(new Outcome.Points(2, 4), o.points());
      assertEquals(Fraction.of(50), o.percentage());
      assertEquals(VGN, o.level());
    }

    @Test
    void notAssessedAddsNoPoints() {
      Outcome o = weighted().ofFindings(Map.of("voldoet", 1, NB, 3), 1);
      assertEquals(new Outcome.Points(4, 4), o.points());
      assertEquals(V, o.level());
      assertEquals(20, o.coverage().wholePercentage());
    }

    @Test
    void anOverriddenChildCountsWithItsSetLevel() {
      RollUp rollUp = weighted();
      Outcome computed = rollUp.ofFindings(Map.of("voldoet_niet", 1), 0); // 25 %
      Outcome overridden =
          computed.withOverride(new ScoreOverride(V, "reden", "coordinator", Instant.EPOCH));
      assertEquals(VN, overridden.computed());
      assertEquals(V, overridden.level());
      Term term = rollUp.term("n", "n", overridden, 1);
      assertTrue(term.overridden());
      assertEquals(Fraction.of(100), term.percentage());
      Outcome parent = rollUp.ofTerms(List.of(term, rollUp.term("m", "m", computed, 1)));
      assertEquals(Fraction.parse("62.5"), parent.percentage());
    }
  }

  @Nested
  class Missing {
    @ParameterizedTest
    @CsvSource({"WORST", "MAJORITY", "WEIGHTED_PERCENTAGE"})
    void allMissingGivesNoResultAndZeroCoverage(RollUpRule rule) {
      RollUp rollUp = rule == RollUpRule.WEIGHTED_PERCENTAGE ? weighted() : rule(rule);
      Outcome o = rollUp.ofFindings(Map.of(NB, 2), 3);
      assertNull(o.level());
      assertFalse(o.hasResult());
      assertNull(o.percentage());
      assertEquals(0, o.coverage().wholePercentage());
      assertEquals(5, o.coverage().expected());
      Outcome up = rollUp.ofTerms(List.of(rollUp.term("a", "a", o, 1)));
      assertNull(up.level());
      assertEquals(1, up.coverage().missing());
    }

    @Test
    void nothingExpectedIsZeroCoverageNotAnError() {
      Outcome o = weighted().ofTerms(List.of());
      assertNull(o.level());
      assertEquals(0, o.coverage().wholePercentage());
    }

    @Test
    void anOverrideGivesAResultWhereNoneWasComputed() {
      Outcome o =
          rule(RollUpRule.WORST)
              .ofFindings(Map.of(), 4)
              .withOverride(new ScoreOverride(VG, "besproken met team", "c", Instant.EPOCH));
      assertEquals(VG, o.level());
      assertNull(o.computed());
    }
  }

  @Test
  void unknownLevelsAndCountFrameworksAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> weighted().ofFindings(Map.of("prima", 1), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RollUp(new ScoreScale(RollUpRule.COUNT, List.of(), NB, List.of())));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ScoreScale(RollUpRule.WEIGHTED_PERCENTAGE, List.of(V, VG, VGN, VN), NB, List.of()));
  }

  @Test
  void fractionsAreExactAndPrintPlainly() {
    assertEquals("38.5", Fraction.parse("38.5").toString());
    assertEquals("66.67", Fraction.of(200, 3).toString());
    assertEquals("75", Fraction.of(27 * 100, 36).toString());
    assertTrue(Fraction.parse("38.999").isLessThan(Fraction.of(39)));
  }
}
