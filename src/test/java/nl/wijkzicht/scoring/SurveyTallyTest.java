package nl.wijkzicht.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.scoring.control.SurveyCount;
import nl.wijkzicht.scoring.control.SurveyDenominator;
import nl.wijkzicht.scoring.control.SurveyGroupResult;
import nl.wijkzicht.scoring.control.SurveyOptionCount;
import nl.wijkzicht.scoring.control.SurveyQuestion;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;
import nl.wijkzicht.scoring.control.SurveyTally;
import nl.wijkzicht.survey.RivmTable4;
import org.junit.jupiter.api.Test;

/** The survey count: percentages, denominators, rounding, ties, empty groups, RIVM table 4. */
class SurveyTallyTest {

  private static final SurveyQuestion SCOPE =
      new SurveyQuestion("REIK.1.a", false, RivmTable4.SCOPES);
  private static final SurveyQuestion BOTTLENECKS =
      new SurveyQuestion("KNP.1.b", true, List.copyOf(RivmTable4.COUNTS.keySet()));
  private static final SurveyQuestion YES_NO =
      new SurveyQuestion("KNP.1.a", false, List.of("yes", "no"));

  @Test
  void percentIsAWholePercentRoundedHalfUpAndNothingForAnEmptyDenominator() {
    assertThat(SurveyTally.percent(44, 106)).isEqualTo(42); // 41.509 %
    assertThat(SurveyTally.percent(1, 8)).isEqualTo(13); // 12.5 % → up
    assertThat(SurveyTally.percent(3, 8)).isEqualTo(38); // 37.5 % → up
    assertThat(SurveyTally.percent(1, 3)).isEqualTo(33);
    assertThat(SurveyTally.percent(2, 3)).isEqualTo(67);
    assertThat(SurveyTally.percent(0, 5)).isZero();
    assertThat(SurveyTally.percent(5, 5)).isEqualTo(100);
    assertThat(SurveyTally.percent(0, 0)).isNull();
  }

  @Test
  void rivmTable4IsRebuiltFromItsConstructedResponses() {
    List<RivmTable4.Response> responses = RivmTable4.responses();
    assertThat(responses).hasSize(182);
    SurveyTally.Grouped grouped =
        SurveyTally.group(
            responses.stream().map(RivmTable4.Response::answers).toList(), RivmTable4.SCOPE);

    SurveyQuestionResult table4 =
        SurveyTally.tally(
            BOTTLENECKS,
            SurveyDenominator.ANSWERED,
            RivmTable4.SCOPES,
            grouped.responsesPerGroup(),
            grouped.counts());

    assertThat(table4.overall().denominator()).isEqualTo(106);
    assertThat(table4.group("wijken").denominator()).isEqualTo(20);
    assertThat(table4.group("gemeente").denominator()).isEqualTo(23);
    assertThat(table4.group("meerdere_gemeenten").denominator()).isEqualTo(63);
    List<String> mismatches = new ArrayList<>();
    RivmTable4.PUBLISHED.forEach(
        (option, published) -> {
          int[] computed = {
            table4.overall().option(option).percent(),
            table4.group("wijken").option(option).percent(),
            table4.group("gemeente").option(option).percent(),
            table4.group("meerdere_gemeenten").option(option).percent()
          };
          for (int i = 0; i < 4; i++) {
            if (computed[i] != published[i]) {
              mismatches.add(option + " column " + i + ": " + computed[i] + " ≠ " + published[i]);
            }
          }
        });
    assertThat(mismatches).isEmpty();
    // Several bottlenecks per network: the column adds up to more than 100 %.
    assertThat(table4.overall().isOver100()).isTrue();
    // The 6 networks without a scope are a group of their own, with no bottlenecks.
    assertThat(table4.group(SurveyTally.NO_GROUP).responses()).isEqualTo(6);
    assertThat(table4.group(SurveyTally.NO_GROUP).denominator()).isZero();

    // The text around the table: scope as a percentage of all 182, and 58 % with bottlenecks.
    SurveyQuestionResult scope =
        SurveyTally.tally(
            SCOPE,
            SurveyDenominator.ALL_RESPONSES,
            List.of(),
            grouped.responsesPerGroup(),
            grouped.counts());
    assertThat(scope.overall().denominator()).isEqualTo(182);
    RivmTable4.SCOPE_PERCENT.forEach(
        (option, percent) ->
            assertThat(scope.overall().option(option).percent()).isEqualTo(percent));
    SurveyQuestionResult any =
        SurveyTally.tally(
            YES_NO,
            SurveyDenominator.ANSWERED,
            List.of(),
            grouped.responsesPerGroup(),
            grouped.counts());
    assertThat(any.overall().option("yes").percent()).isEqualTo(RivmTable4.BOTTLENECKS_PERCENT);
  }

  @Test
  void theDenominatorIsTheAnsweringResponsesOrAllResponsesAsChosen() {
    Map<String, Long> responses = Map.of("wijken", 4L);
    List<SurveyCount> counts =
        List.of(
            new SurveyCount("wijken", "KNP.1.b", "financiering", 1),
            new SurveyCount("wijken", "KNP.1.b", "financiering,schotten", 1));
    SurveyGroupResult answered =
        SurveyTally.tally(
                BOTTLENECKS, SurveyDenominator.ANSWERED, RivmTable4.SCOPES, responses, counts)
            .group("wijken");
    SurveyGroupResult all =
        SurveyTally.tally(
                BOTTLENECKS, SurveyDenominator.ALL_RESPONSES, RivmTable4.SCOPES, responses, counts)
            .group("wijken");

    assertThat(answered.responses()).isEqualTo(4);
    assertThat(answered.answered()).isEqualTo(2);
    assertThat(answered.denominator()).isEqualTo(2);
    assertThat(answered.option("financiering").percent()).isEqualTo(100);
    assertThat(answered.option("schotten").percent()).isEqualTo(50);
    assertThat(all.denominator()).isEqualTo(4);
    assertThat(all.option("financiering").percent()).isEqualTo(50);
    assertThat(all.option("schotten").percent()).isEqualTo(25);
  }

  @Test
  void multipleChoiceCountsEachChosenOptionSoTheColumnCanPass100Percent() {
    List<SurveyCount> counts =
        List.of(
            new SurveyCount(null, "KNP.1.b", "financiering,gegevensuitwisseling,schotten", 2),
            new SurveyCount(null, "KNP.1.b", "financiering", 1));
    SurveyGroupResult overall =
        SurveyTally.tally(
                BOTTLENECKS, SurveyDenominator.ANSWERED, List.of(), Map.of("", 3L), counts)
            .overall();

    assertThat(overall.answered()).isEqualTo(3);
    assertThat(overall.option("financiering").percent()).isEqualTo(100);
    assertThat(overall.option("gegevensuitwisseling").percent()).isEqualTo(67);
    assertThat(overall.option("schotten").percent()).isEqualTo(67);
    assertThat(overall.options().stream().mapToInt(o -> o.percent()).sum()).isEqualTo(234);
    assertThat(overall.isOver100()).isTrue();
  }

  @Test
  void aTieMarksEveryMostChosenOptionAndNobodyAnsweringMarksNone() {
    List<SurveyCount> tie =
        List.of(
            new SurveyCount("x", "REIK.1.a", "wijken", 2),
            new SurveyCount("x", "REIK.1.a", "gemeente", 2),
            new SurveyCount("x", "REIK.1.a", "meerdere_gemeenten", 1));
    SurveyGroupResult tied =
        SurveyTally.tally(SCOPE, SurveyDenominator.ANSWERED, List.of(), Map.of("x", 5L), tie)
            .overall();
    assertThat(tied.options())
        .filteredOn(SurveyOptionCount::mostChosen)
        .extracting(SurveyOptionCount::option)
        .containsExactly("wijken", "gemeente");
    assertThat(tied.options()).extracting(SurveyOptionCount::percent).containsExactly(40, 40, 20);

    SurveyGroupResult nobody =
        SurveyTally.tally(SCOPE, SurveyDenominator.ANSWERED, List.of(), Map.of("x", 5L), List.of())
            .overall();
    assertThat(nobody.responses()).isEqualTo(5);
    assertThat(nobody.answered()).isZero();
    assertThat(nobody.options()).extracting(SurveyOptionCount::percent).containsOnlyNulls();
    assertThat(nobody.options()).noneMatch(SurveyOptionCount::mostChosen);
  }

  @Test
  void everyGroupIsShownEvenEmptyOnesAndResponsesWithoutAGroupAreTheirOwnGroup() {
    List<SurveyCount> counts =
        List.of(
            new SurveyCount("wijken", "KNP.1.a", "yes", 3),
            new SurveyCount(null, "KNP.1.a", "no", 1));
    SurveyQuestionResult result =
        SurveyTally.tally(
            YES_NO,
            SurveyDenominator.ANSWERED,
            RivmTable4.SCOPES,
            Map.of("wijken", 3L, SurveyTally.NO_GROUP, 1L),
            counts);

    assertThat(result.groups())
        .extracting(SurveyGroupResult::group)
        .containsExactly("wijken", "gemeente", "meerdere_gemeenten", SurveyTally.NO_GROUP);
    SurveyGroupResult empty = result.group("gemeente");
    assertThat(empty.responses()).isZero();
    assertThat(empty.denominator()).isZero();
    assertThat(empty.option("yes").percent()).isNull();
    assertThat(result.group("wijken").option("yes").percent()).isEqualTo(100);
    assertThat(result.overall().responses()).isEqualTo(4);
    assertThat(result.overall().option("yes").percent()).isEqualTo(75);
    assertThat(result.overall().option("no").percent()).isEqualTo(25);
  }

  @Test
  void withoutUngroupedResponsesThereIsNoUngroupedGroup() {
    SurveyQuestionResult result =
        SurveyTally.tally(
            YES_NO, SurveyDenominator.ANSWERED, RivmTable4.SCOPES, Map.of("wijken", 1L), List.of());
    assertThat(result.groups()).hasSize(3);
  }

  @Test
  void numbersAreCountedAsAnsweredMeanLowestAndHighest() {
    SurveyQuestion reach = SurveyQuestion.number("REIK.1.b");
    List<SurveyCount> counts =
        List.of(
            new SurveyCount("wijken", "REIK.1.b", "100", 1),
            new SurveyCount("wijken", "REIK.1.b", "1350", 1),
            new SurveyCount("wijken", "REIK.1.b", "315", 2));
    SurveyGroupResult wijken =
        SurveyTally.tally(
                reach, SurveyDenominator.ANSWERED, RivmTable4.SCOPES, Map.of("wijken", 6L), counts)
            .group("wijken");
    assertThat(wijken.numbers().answered()).isEqualTo(4);
    assertThat(wijken.numbers().mean()).isEqualByComparingTo("520"); // 2080 / 4
    assertThat(wijken.numbers().lowest()).isEqualByComparingTo("100");
    assertThat(wijken.numbers().highest()).isEqualByComparingTo("1350");
    SurveyGroupResult empty =
        SurveyTally.tally(
                reach, SurveyDenominator.ANSWERED, RivmTable4.SCOPES, Map.of("wijken", 6L), counts)
            .group("gemeente");
    assertThat(empty.numbers().mean()).isNull();
  }
}
