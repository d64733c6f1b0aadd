package nl.wijkzicht.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.boundary.OverrideService;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.control.Fraction;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small study built by the test, scored on MariaDB: the figures the grouped queries give equal
 * what the test works out by hand from the findings it recorded; overrides sit beside the computed
 * result and every change is kept.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ScoringService scoring;
  @Inject private OverrideService overrides;
  @Inject private FindingService findings;
  @Inject private TestData testData;

  @jakarta.annotation.Resource
  private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  /** See {@link TestData#scored}. */
  private Fieldwork studyWithFindings() {
    return testData.scored();
  }

  @Test
  void theGroupedQueriesGiveWhatTheFindingsAddUpTo() {
    Fieldwork f = studyWithFindings();
    FrameworkTheme theme = f.study().getFrameworkVersion().getThemes().get(0);
    StudyScores scores = scoring.scores(testData.lead(), f.study().getId());
    AreaResult houten = scores.area(f.area("GM0321")).orElseThrow();

    // By hand: an area-level norm 3/4 = 75 %; a client-level norm (3 + 1) / 8 = 50 %;
    // the theme is the weighted mean of its norms.
    long weightedSum = 0;
    long weights = 0;
    for (FrameworkNorm norm : theme.getNorms()) {
      int weight = norm.getWeight() == null ? 1 : norm.getWeight();
      int percentage = norm.getLevel() == NormLevel.CLIENT ? 50 : 75;
      weightedSum += (long) weight * percentage;
      weights += weight;
      Outcome normOutcome = houten.norm(norm.getId()).orElseThrow().outcome();
      assertThat(normOutcome.percentage()).isEqualTo(Fraction.of(percentage));
      assertThat(normOutcome.points())
          .isEqualTo(
              norm.getLevel() == NormLevel.CLIENT
                  ? new Outcome.Points(4, 8)
                  : new Outcome.Points(3, 4));
      // Every expected place (the visit, and the tracer for client norms) was rated.
      assertThat(normOutcome.coverage().missing()).isZero();
    }
    Outcome themeOutcome = houten.theme(theme.getId()).outcome();
    assertThat(themeOutcome.percentage()).isEqualTo(Fraction.of(weightedSum, weights));
    assertThat(themeOutcome.coverage().assessed()).isEqualTo(theme.getNorms().size());

    // The second theme: one norm "niet beoordeeld", so no result there and lower coverage.
    FrameworkTheme second = f.study().getFrameworkVersion().getThemes().get(1);
    Outcome secondNorm = houten.norm(second.getNorms().get(0).getId()).orElseThrow().outcome();
    assertThat(secondNorm.hasResult()).isFalse();
    assertThat(secondNorm.coverage().notAssessed()).isEqualTo(1);
    assertThat(houten.theme(second.getId()).outcome().hasResult()).isFalse();

    // The area: only the first theme has a result; its percentage is the area's.
    Outcome area = houten.outcome();
    assertThat(area.percentage()).isEqualTo(themeOutcome.percentage());
    assertThat(area.coverage().assessed()).isEqualTo(1);
    assertThat(area.coverage().expected())
        .isEqualTo(f.study().getFrameworkVersion().getThemes().size());
    // Its basis: one visit, one tracer, the GP interview at the visit, one provider.
    int clientNorms =
        (int) theme.getNorms().stream().filter(n -> n.getLevel() == NormLevel.CLIENT).count();
    assertThat(area.basis().findings()).isEqualTo(theme.getNorms().size() + clientNorms);
    assertThat(area.basis().notAssessed()).isEqualTo(1);
    assertThat(area.basis().visits()).isEqualTo(1);
    assertThat(area.basis().tracers()).isEqualTo(1);
    assertThat(area.basis().interviews()).isEqualTo(1);
    assertThat(area.basis().respondentRoles()).containsExactly("HUISARTS");
    assertThat(area.basis().providers()).isEqualTo(1);

    // Tiel: nothing recorded, no result, no coverage; the study rests on Houten alone.
    AreaResult tiel = scores.area(f.area("GM0281")).orElseThrow();
    assertThat(tiel.outcome().hasResult()).isFalse();
    assertThat(scores.study().outcome().percentage()).isEqualTo(area.percentage());
    assertThat(scores.study().outcome().coverage().missing()).isEqualTo(1);
    assertThat(scores.study().themes().get(theme.getId()).percentage())
        .isEqualTo(themeOutcome.percentage());
    assertThat(scores.study().outcome().basis().visits()).isEqualTo(1);

    // Filtered by provider kind: the test's provider is a GP practice, the tracer has no providers.
    AreaResult gp =
        scoring
            .scores(testData.lead(), f.study().getId(), ProviderKind.GP_PRACTICE)
            .area(f.area("GM0321"))
            .orElseThrow();
    assertThat(gp.theme(theme.getId()).norms().get(0).outcome().points())
        .isEqualTo(new Outcome.Points(3, 4));
    assertThat(gp.outcome().basis().tracers()).isZero();
    AreaResult homeCare =
        scoring
            .scores(testData.lead(), f.study().getId(), ProviderKind.HOME_CARE)
            .area(f.area("GM0321"))
            .orElseThrow();
    assertThat(homeCare.outcome().hasResult()).isFalse();
    assertThat(homeCare.outcome().basis().visits()).isZero();

    // Findings per provider kind: the visit's findings concern the GP practice visited.
    var byKind = scoring.findingsByProviderKind(f.study().getId(), f.area("GM0321"));
    assertThat(byKind)
        .contains(
            new ScoringService.KindCount(
                "GP_PRACTICE", "voldoet_grotendeels", theme.getNorms().size()),
            new ScoringService.KindCount("GP_PRACTICE", "niet_beoordeeld", 1));
    assertThat(byKind).extracting(ScoringService.KindCount::kind).containsOnly("GP_PRACTICE");

    // The explain page's per-norm basis for the area, from its own query, agrees.
    var perNorm = scoring.areaDetailBasis(f.study().getId(), f.area("GM0321"), false, null);
    FrameworkNorm clientNorm =
        theme.getNorms().stream()
            .filter(n -> n.getLevel() == NormLevel.CLIENT)
            .findFirst()
            .orElseThrow();
    assertThat(perNorm.get(String.valueOf(clientNorm.getId())).tracers()).isEqualTo(1);
    assertThat(perNorm.get(String.valueOf(clientNorm.getId())).visits()).isEqualTo(1);
  }

  @Test
  void unchangedDataIsReadFromTheCacheAndAChangedRatingIsCountedAgain() {
    Fieldwork f = studyWithFindings();
    long study = f.study().getId();
    long houten = f.area("GM0321");
    FrameworkNorm norm = f.study().getFrameworkVersion().getThemes().get(0).getNorms().get(0);
    StudyScores first = scoring.scores(testData.lead(), study);
    assertThat(scoring.scores(testData.lead(), study))
        .as("nothing changed: the same results, not counted again")
        .isSameAs(first);
    assertThat(scoring.scores(testData.lead(), study, ProviderKind.GP_PRACTICE))
        .as("another filter is another entry")
        .isNotSameAs(first);
    String before =
        first
            .area(houten)
            .orElseThrow()
            .norm(norm.getId())
            .orElseThrow()
            .outcome()
            .points()
            .toString();

    var visit =
        new FindingService.ScopeRef(
            FindingService.ScopeKind.VISIT, f.visit().getId(), f.study().getId());
    var finding = findings.current(testData.inspector(), visit, norm.getId()).orElseThrow();
    long voldoet =
        f.study().getFrameworkVersion().getLevels().stream()
            .filter(l -> l.getCode().equals("voldoet"))
            .findFirst()
            .orElseThrow()
            .getId();
    findings.record(
        testData.inspector(),
        visit,
        norm.getId(),
        finding.getVersion(),
        voldoet,
        "Na het gesprek met de praktijkondersteuner toch voldoende.",
        List.of(),
        List.of());

    StudyScores after = scoring.scores(testData.lead(), study);
    assertThat(after).as("a changed rating gives a new fingerprint").isNotSameAs(first);
    assertThat(
            after
                .area(houten)
                .orElseThrow()
                .norm(norm.getId())
                .orElseThrow()
                .outcome()
                .points()
                .toString())
        .as("the changed rating is counted (was %s)", before)
        .isNotEqualTo(before);
    assertThat(scoring.scores(testData.lead(), study)).isSameAs(after);

    // Only the providers the finding concerns change (same rating, same motivation): the finding's
    // version moves with it (the fingerprint no longer reads finding_provider itself).
    var recorded = findings.current(testData.inspector(), visit, norm.getId()).orElseThrow();
    findings.record(
        testData.inspector(),
        visit,
        norm.getId(),
        recorded.getVersion(),
        voldoet,
        "Na het gesprek met de praktijkondersteuner toch voldoende.",
        List.of(f.provider().getId()),
        List.of());
    assertThat(
            findings.current(testData.inspector(), visit, norm.getId()).orElseThrow().getVersion())
        .isGreaterThan(recorded.getVersion());
    assertThat(scoring.scores(testData.lead(), study))
        .as("a change of only the providers gives a new fingerprint")
        .isNotSameAs(after);
  }

  @Test
  void anOverrideSitsBesideTheComputedResultAndEveryChangeIsKept() {
    Fieldwork f = studyWithFindings();
    long study = f.study().getId();
    long houten = f.area("GM0321");
    FrameworkTheme theme = f.study().getFrameworkVersion().getThemes().get(0);
    Outcome before =
        scoring
            .scores(testData.lead(), study)
            .area(houten)
            .orElseThrow()
            .theme(theme.getId())
            .outcome();

    assertThatThrownBy(
            () ->
                overrides.set(
                    testData.inspector(),
                    study,
                    houten,
                    theme.getId(),
                    "voldoet",
                    "Een inspecteur mag dit niet",
                    null))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                overrides.set(
                    testData.lead(), study, houten, theme.getId(), "voldoet", "kort", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                overrides.set(
                    testData.lead(),
                    study,
                    houten,
                    theme.getId(),
                    "niet_beoordeeld",
                    "Niet beoordeeld is geen niveau",
                    null))
        .isInstanceOf(InvalidInputException.class);

    overrides.set(
        testData.lead(),
        study,
        houten,
        theme.getId(),
        "voldoet",
        "Besproken in het team: de afspraken zijn na het bezoek vastgelegd.",
        null);
    StudyScores after = scoring.scores(testData.lead(), study);
    Outcome themeAfter = after.area(houten).orElseThrow().theme(theme.getId()).outcome();
    assertThat(themeAfter.level().code()).isEqualTo("voldoet");
    assertThat(themeAfter.computed()).isEqualTo(before.computed());
    assertThat(themeAfter.percentage()).isEqualTo(before.percentage());
    assertThat(themeAfter.override().setBy()).isEqualTo("demo-coordinator");
    // One level up the override counts as its level: 100 %.
    assertThat(after.area(houten).orElseThrow().outcome().percentage()).isEqualTo(Fraction.of(100));

    var current = overrides.current(testData.lead(), study, houten, theme.getId()).orElseThrow();
    // A form that read no override (a second coordinator's) is stale now.
    assertThatThrownBy(
            () ->
                overrides.set(
                    testData.lead(),
                    study,
                    houten,
                    theme.getId(),
                    "voldoet_niet",
                    "Tweede coördinator met een oud formulier",
                    null))
        .isInstanceOf(ConcurrentChangeException.class);
    overrides.clear(
        testData.lead(),
        study,
        houten,
        theme.getId(),
        "Na wederhoor toch de berekende uitkomst",
        current.version());
    assertThat(
            scoring
                .scores(testData.lead(), study)
                .area(houten)
                .orElseThrow()
                .theme(theme.getId())
                .outcome()
                .isOverridden())
        .isFalse();
    var history = overrides.history(testData.lead(), study, houten);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).getAfterLevelCode()).isNull();
    assertThat(history.get(0).getBeforeLevelCode()).isEqualTo("voldoet");
    assertThat(history.get(1).getBeforeLevelCode()).isNull();
    assertThat(history.get(1).getAfterLevelCode()).isEqualTo("voldoet");
    assertThat(history.get(1).getComputedLevelCode()).isEqualTo(before.computed().code());
  }

  @Test
  void tenCoordinatorsSettingTheFirstOverrideAtOnceGiveOneOverrideAndNineClearRefusals()
      throws Exception {
    Fieldwork f = studyWithFindings();
    long study = f.study().getId();
    long houten = f.area("GM0321");
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String level = i % 2 == 0 ? "voldoet" : "voldoet_niet";
      results.add(
          executor.submit(
              () -> {
                go.await();
                try {
                  overrides.set(
                      testData.lead(),
                      study,
                      houten,
                      null,
                      level,
                      "Gelijktijdig vastgezet door een coördinator",
                      null);
                  return "saved";
                } catch (ConcurrentChangeException e) {
                  return "conflict";
                }
              }));
    }
    go.countDown();
    List<String> outcomes = new java.util.ArrayList<>();
    for (var result : results) {
      outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    assertThat(outcomes).containsOnly("saved", "conflict");
    assertThat(outcomes.stream().filter("saved"::equals).count()).isEqualTo(1);
    // What is in force is what the one winner set, and the history holds exactly that one change.
    var history = overrides.history(testData.lead(), study, houten);
    assertThat(history).hasSize(1);
    assertThat(
            scoring
                .scores(testData.lead(), study)
                .area(houten)
                .orElseThrow()
                .outcome()
                .level()
                .code())
        .isEqualTo(history.get(0).getAfterLevelCode());
  }
}
