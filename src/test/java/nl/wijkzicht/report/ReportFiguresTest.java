package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.report.control.ReportFigures;
import nl.wijkzicht.report.control.ReportFigures.NormAcrossAreas;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Bottleneck;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.scoring.control.Fraction;
import nl.wijkzicht.scoring.control.NormRanking;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.RollUp;
import nl.wijkzicht.scoring.control.ScoreBand;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.control.ScoreOverride;
import nl.wijkzicht.scoring.control.ScoreScale;
import nl.wijkzicht.scoring.control.Term;
import org.junit.jupiter.api.Test;

/** Outcome → report figure, the norm ranking and the bottleneck rule (docs/reports.md). */
class ReportFiguresTest {

  static final ScoreLevel V = new ScoreLevel("voldoet", "Voldoet", "Meets", "#2e7d32", 4, 0);
  static final ScoreLevel VG =
      new ScoreLevel("voldoet_grotendeels", "Voldoet grotendeels", "Largely", "#9bc53d", 3, 1);
  static final ScoreLevel VGN =
      new ScoreLevel("voldoet_grotendeels_niet", "Voldoet grotendeels niet", null, "#f4a300", 2, 2);
  static final ScoreLevel VN =
      new ScoreLevel("voldoet_niet", "Voldoet niet", null, "#c62828", 1, 3);
  static final ScoreScale SCALE =
      new ScoreScale(
          RollUpRule.WEIGHTED_PERCENTAGE,
          List.of(V, VG, VGN, VN),
          "niet_beoordeeld",
          List.of(
              new ScoreBand(25, 38, VN),
              new ScoreBand(39, 62, VGN),
              new ScoreBand(63, 87, VG),
              new ScoreBand(88, 100, V)));
  static final RollUp ROLL_UP = new RollUp(SCALE);
  static final Basis FIVE = new Basis(9, 1, 2, 1, 3, List.of("huisarts"), 5);
  static final Basis FOUR = new Basis(9, 1, 2, 1, 3, List.of("huisarts"), 4);

  @Test
  void theIssuesExampleReadsAsTheDashboardShowsIt() {
    // 3 × voldoet, 3 × grotendeels, 3 × grotendeels niet: 27 of 36 points = 75 %.
    Outcome o =
        ROLL_UP.ofFindings(
            Map.of(
                "voldoet",
                3,
                "voldoet_grotendeels",
                3,
                "voldoet_grotendeels_niet",
                3,
                "niet_beoordeeld",
                1),
            2);
    Figure f = ReportFigures.figure(o, FIVE, "nl", "Geen oordeel", 5);
    assertThat(f.levelCode()).isEqualTo("voldoet_grotendeels");
    assertThat(f.levelLabel()).isEqualTo("Voldoet grotendeels");
    assertThat(f.colour()).isEqualTo("#9bc53d");
    assertThat(f.percentage()).isEqualByComparingTo("75.0");
    assertThat(f.bandFrom()).isEqualTo(63);
    assertThat(f.bandTo()).isEqualTo(87);
    assertThat(f.positionInBand()).isEqualTo(48);
    assertThat(f.coverageAssessed()).isEqualTo(9);
    assertThat(f.coverageExpected()).isEqualTo(12);
    assertThat(f.coveragePercent()).isEqualTo(75);
    assertThat(f.basis()).isEqualTo(FIVE);
    assertThat(f.overridden()).isFalse();
    assertThat(f.computedLevelLabel()).isNull();
    assertThat(f.smallCell()).isFalse();
    assertThat(f.suppressed()).isFalse();
    assertThat(ReportFigures.figure(o, FIVE, "en", "No result", 5).levelLabel())
        .isEqualTo("Largely");
  }

  @Test
  void percentagesHaveOneDecimalRoundedHalfUp() {
    assertThat(ReportFigures.percentage(Fraction.of(200, 3))).isEqualTo(new BigDecimal("66.7"));
    assertThat(ReportFigures.percentage(Fraction.parse("38.95"))).isEqualTo(new BigDecimal("39.0"));
    assertThat(ReportFigures.percentage(Fraction.parse("38.94"))).isEqualTo(new BigDecimal("38.9"));
    assertThat(ReportFigures.percentage(null)).isNull();
  }

  @Test
  void fewerProvidersThanTheMinimumMakeASmallCell() {
    Outcome o = ROLL_UP.ofFindings(Map.of("voldoet", 1), 0);
    assertThat(ReportFigures.figure(o, FOUR, "nl", "Geen oordeel", 5).smallCell()).isTrue();
    assertThat(ReportFigures.figure(o, FIVE, "nl", "Geen oordeel", 5).smallCell()).isFalse();
    assertThat(ReportFigures.figure(o, FOUR, "nl", "Geen oordeel", 4).smallCell()).isFalse();
  }

  @Test
  void anOverrideCountsWithTheComputedLevelBesideIt() {
    Outcome o =
        ROLL_UP
            .ofFindings(Map.of("voldoet_niet", 2), 0)
            .withOverride(new ScoreOverride(V, "Professioneel oordeel", "lead", Instant.EPOCH));
    Figure f = ReportFigures.figure(o, FIVE, "nl", "Geen oordeel", 5);
    assertThat(f.levelCode()).isEqualTo("voldoet");
    assertThat(f.overridden()).isTrue();
    assertThat(f.computedLevelLabel()).isEqualTo("Voldoet niet");
  }

  @Test
  void noResultIsNamedAndHasNoColourOrPercentage() {
    Outcome o = ROLL_UP.ofFindings(Map.of(), 3);
    Figure f = ReportFigures.figure(o, Basis.NONE, "nl", "Geen oordeel", 5);
    assertThat(f.hasResult()).isFalse();
    assertThat(f.levelLabel()).isEqualTo("Geen oordeel");
    assertThat(f.percentage()).isNull();
    assertThat(f.positionInBand()).isNull();
    assertThat(f.coverageExpected()).isEqualTo(3);
  }

  @Test
  void levelsAndBandsOfTheScale() {
    assertThat(ReportFigures.levels(SCALE, "en").get(0).label()).isEqualTo("Meets");
    assertThat(ReportFigures.levels(SCALE, "en").get(2).label())
        .isEqualTo("Voldoet grotendeels niet");
    assertThat(ReportFigures.bands(SCALE).get(3).levelCode()).isEqualTo("voldoet");
  }

  @Test
  void belowTheMiddleOfTheScaleIsItsLowerHalf() {
    assertThat(ReportFigures.belowMiddle(V, 4)).isFalse();
    assertThat(ReportFigures.belowMiddle(VG, 4)).isFalse();
    assertThat(ReportFigures.belowMiddle(VGN, 4)).isTrue();
    assertThat(ReportFigures.belowMiddle(VN, 4)).isTrue();
    // Of three levels the middle one is not below the middle.
    assertThat(ReportFigures.belowMiddle(VG, 3)).isFalse();
    assertThat(ReportFigures.belowMiddle(VGN, 3)).isTrue();
    assertThat(ReportFigures.belowMiddle(null, 4)).isFalse();
  }

  private static Outcome rated(String level) {
    return ROLL_UP.ofFindings(Map.of(level, 1), 0);
  }

  @Test
  void bottlenecksAreTheNormsBelowTheMiddleInMostAreas() {
    Outcome none = ROLL_UP.ofFindings(Map.of(), 1);
    List<Bottleneck> found =
        ReportFigures.bottlenecks(
            List.of(
                new NormAcrossAreas(
                    "T1", "N1", "Goed", List.of(rated("voldoet"), rated("voldoet"))),
                new NormAcrossAreas(
                    "T1", "N2", "Eén keer", List.of(rated("voldoet_niet"), rated("voldoet"))),
                new NormAcrossAreas(
                    "T2",
                    "N3",
                    "Twee keer",
                    List.of(rated("voldoet_niet"), rated("voldoet_grotendeels_niet"), none)),
                new NormAcrossAreas(
                    "T2", "N4", "Eén van één", List.of(rated("voldoet_grotendeels_niet"), none))),
            4);
    assertThat(found).extracting(Bottleneck::normCode).containsExactly("N3", "N4", "N2");
    Bottleneck first = found.get(0);
    assertThat(first.areasAssessed()).isEqualTo(2);
    assertThat(first.areasBelow()).isEqualTo(2);
    // (25 + 50) / 2 = 37.5 %
    assertThat(first.meanPercentage()).isEqualByComparingTo("37.5");
  }

  @Test
  void normRankingOrdersByPercentageAndKeepsTheFrameworkOrderOnTies() {
    record N(String code, Outcome outcome) {}
    List<N> norms =
        List.of(
            new N("a", rated("voldoet_grotendeels")),
            new N("b", rated("voldoet")),
            new N("c", ROLL_UP.ofFindings(Map.of(), 2)),
            new N("d", rated("voldoet_niet")),
            new N("e", rated("voldoet_grotendeels")));
    assertThat(NormRanking.strongest(norms, N::outcome, 3))
        .extracting(N::code)
        .containsExactly("b", "a");
    // The other half, never a norm already named strongest.
    assertThat(NormRanking.weakest(norms, N::outcome, 3))
        .extracting(N::code)
        .containsExactly("d", "e");
    assertThat(NormRanking.weakest(norms.subList(0, 1), N::outcome, 3)).isEmpty();
    // Without percentages (majority, worst) the level's rank decides.
    RollUp majority =
        new RollUp(new ScoreScale(RollUpRule.MAJORITY, List.of(V, VG, VGN, VN), "nb", List.of()));
    Outcome good = majority.ofTerms(List.of(new Term("x", "x", V, null, 1, false)));
    Outcome bad = majority.ofTerms(List.of(new Term("y", "y", VN, null, 1, false)));
    assertThat(NormRanking.strength(good)).isGreaterThan(NormRanking.strength(bad));
  }
}
