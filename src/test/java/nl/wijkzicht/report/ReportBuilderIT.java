package nl.wijkzicht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.report.boundary.ConclusionService;
import nl.wijkzicht.report.boundary.ConclusionService.Conclusion;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.report.control.Markdown;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.Quote;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.testsupport.AtOnce;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report model built from a small scored study on MariaDB: its figures are the dashboard's
 * (StudyScores), small cells are marked below the study's threshold, quotes are only what was
 * marked shareable, provider accounts are refused, and conclusions are saved once per version.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBuilderIT {

  private static final Locale NL = Locale.forLanguageTag("nl");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ReportBuilder reports;
  @Inject private ConclusionService conclusions;
  @Inject private ScoringService scoring;
  @Inject private StudyService studies;
  @Inject private TestData testData;
  @Inject private AccessLogService accessLog;
  @Inject private AccessLogBacklog backlog;

  @jakarta.annotation.Resource
  private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  private static void sameFigure(Figure figure, Outcome outcome, String what) {
    assertThat(figure.levelCode())
        .as(what + " level")
        .isEqualTo(outcome.level() == null ? null : outcome.level().code());
    if (outcome.percentage() == null) {
      assertThat(figure.percentage()).as(what + " percentage").isNull();
    } else {
      assertThat(figure.percentage())
          .as(what + " percentage")
          .isEqualByComparingTo(outcome.percentage().rounded(1));
    }
    assertThat(figure.coverageAssessed()).as(what).isEqualTo(outcome.coverage().assessed());
    assertThat(figure.coverageExpected()).as(what).isEqualTo(outcome.coverage().expected());
    assertThat(figure.overridden()).as(what).isEqualTo(outcome.isOverridden());
  }

  @Test
  void theNationalReportsFiguresAreTheDashboards() {
    Fieldwork f = testData.scored();
    long study = f.study().getId();
    StudyScores scores = scoring.scores(testData.lead(), study);
    NationalReport report = reports.national(testData.lead(), study, NL);

    assertThat(report.meta().studyTitle()).isEqualTo(f.study().getTitle());
    assertThat(report.meta().minCellSize()).isEqualTo(5);
    assertThat(report.meta().fingerprint()).isEqualTo(reports.fingerprint(study));
    assertThat(report.themes()).hasSize(scores.themes().size());
    assertThat(report.areas()).hasSize(scores.areas().size());
    sameFigure(report.study().overall(), scores.study().outcome(), "study");
    for (int t = 0; t < scores.themes().size(); t++) {
      sameFigure(
          report.study().themes().get(t),
          scores.study().themes().get(scores.themes().get(t).id()),
          "study theme " + t);
    }
    for (AreaResult area : scores.areas()) {
      AreaRow row =
          report.areas().stream()
              .filter(r -> r.areaId() == area.area().id())
              .findFirst()
              .orElseThrow();
      assertThat(row.label()).isEqualTo(area.area().label());
      sameFigure(row.overall(), area.outcome(), row.label());
      for (int t = 0; t < area.themes().size(); t++) {
        sameFigure(row.themes().get(t), area.themes().get(t).outcome(), row.label() + " " + t);
      }
    }
    // Houten has a result resting on one provider: below the default threshold of 5, marked.
    AreaRow houten =
        report.areas().stream().filter(r -> r.areaId() == f.area("GM0321")).findFirst().get();
    assertThat(houten.overall().hasResult()).isTrue();
    assertThat(houten.overall().basis().providers()).isEqualTo(1);
    assertThat(houten.overall().smallCell()).isTrue();
    assertThat(houten.themes().get(0).smallCell()).isTrue();
    // The first theme was rated "voldoet niet" at the tracer on client norms: a bottleneck there.
    assertThat(report.bottlenecks()).isNotEmpty();
    assertThat(report.bottlenecks().get(0).areasBelow()).isEqualTo(1);

    // A threshold of 1 (the study form) makes the same figure publishable; a new data version.
    String before = reports.fingerprint(study);
    Study s = studies.get(testData.lead(), study);
    studies.update(
        testData.lead(),
        study,
        s.getVersion(),
        new StudyDraft(
            s.getTitle(),
            s.getStartsOn(),
            s.getEndsOn(),
            null,
            List.of(new AreaChoice("GM0321", null, null), new AreaChoice("GM0281", null, null)),
            List.copyOf(s.inspectorIds()),
            s.getReplyWorkingDays(),
            1));
    assertThat(studies.get(testData.lead(), study).getMinCellSize()).isEqualTo(1);
    assertThat(reports.fingerprint(study)).isNotEqualTo(before);
    AreaRow again =
        reports.national(testData.lead(), study, NL).areas().stream()
            .filter(r -> r.areaId() == f.area("GM0321"))
            .findFirst()
            .get();
    assertThat(again.overall().smallCell()).isFalse();
    // An empty area rests on nobody: marked at any threshold.
    assertThat(
            reports.national(testData.lead(), study, NL).areas().stream()
                .filter(r -> r.areaId() == f.area("GM0281"))
                .findFirst()
                .get()
                .overall()
                .smallCell())
        .isTrue();
  }

  @Test
  void theStudyFormRefusesAThresholdOutsideOneToHundred() {
    Fieldwork f = testData.fieldwork();
    Study s = f.study();
    assertThatThrownBy(
            () ->
                studies.update(
                    testData.lead(),
                    s.getId(),
                    s.getVersion(),
                    new StudyDraft(
                        s.getTitle(),
                        s.getStartsOn(),
                        s.getEndsOn(),
                        null,
                        List.of(
                            new AreaChoice("GM0321", null, null),
                            new AreaChoice("GM0281", null, null)),
                        List.copyOf(s.inspectorIds()),
                        null,
                        101)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .anySatisfy(p -> assertThat(p.field()).isEqualTo("minCellSize")));
  }

  @Test
  void anAreaReportHasItsThemesNormsAndOnlyTheShareableEvidence() {
    TestData.Replying made = testData.replying(null);
    long study = made.study().getId();
    long houten =
        made.study().getAreas().stream()
            .filter(a -> a.getMunicipality().getCbsCode().equals("GM0321"))
            .findFirst()
            .orElseThrow()
            .getId();
    AreaReport report = reports.area(testData.lead(), study, houten, NL);
    StudyScores scores = scoring.scores(testData.lead(), study);
    AreaResult area = scores.area(houten).orElseThrow();
    sameFigure(report.area().overall(), area.outcome(), "area");
    assertThat(report.sections()).hasSize(area.themes().size());
    ThemeSection first = report.sections().get(0);
    sameFigure(first.figure(), area.themes().get(0).outcome(), "first theme");
    // Two norms were rated (both "voldoet grotendeels"): the first strongest, the other weakest.
    assertThat(first.strongest()).hasSize(1);
    assertThat(first.weakest()).hasSize(1);
    assertThat(first.strongest().get(0).code())
        .isEqualTo(
            made.study().getFrameworkVersion().getThemes().get(0).getNorms().get(0).getCode());
    assertThat(first.weakest().get(0).code()).isNotEqualTo(first.strongest().get(0).code());
    // Respondent roles are named, in the report's language.
    assertThat(report.area().overall().basis().respondentRoles()).contains("Huisarts");

    assertThat(report.quotes())
        .extracting(Quote::text)
        .containsExactlyInAnyOrder(TestData.SHARED_OBSERVATION, TestData.SHARED_QUOTE)
        .doesNotContain(TestData.INTERNAL_OBSERVATION, TestData.ANSWER_NOTE);
    Quote quote =
        report.quotes().stream().filter(q -> q.kind().equals("QUOTE")).findFirst().orElseThrow();
    assertThat(quote.respondentRole()).isEqualTo("Huisarts");
    assertThat(report.quotes())
        .allSatisfy(q -> assertThat(q.text()).doesNotContain(made.interview().getPseudonym()));
    // The visit was sent for reply; nothing submitted yet.
    assertThat(report.replies().providersAsked()).isEqualTo(1);
    assertThat(report.replies().providersReplied()).isZero();
    assertThat(report.whoDoesWhat()).isNull();
    assertThat(report.conclusions()).isEmpty();
  }

  private long denied(String username) {
    try {
      backlog.awaitWritten(Duration.ofSeconds(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return accessLog.count(
        new AccessLogQuery(
            Optional.of(username),
            Optional.empty(),
            Optional.of(AccessOutcome.DENIED),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  @Test
  void aProviderAccountIsRefusedAndTheRefusalLogged() {
    TestData.Replying made = testData.replying(null);
    Actor provider = testData.actor(made.providerUser());
    long study = made.study().getId();
    long before = denied(made.providerUser());
    assertThatThrownBy(() -> reports.national(provider, study, NL))
        .isInstanceOf(NotAllowedException.class);
    long area = made.study().getAreas().get(0).getId();
    assertThatThrownBy(() -> reports.area(provider, study, area, NL))
        .isInstanceOf(NotAllowedException.class);
    assertThat(denied(made.providerUser())).isEqualTo(before + 2);
  }

  @Test
  void conclusionsAreSavedPerVersionAndShownInTheReport() {
    Fieldwork f = testData.scored();
    long study = f.study().getId();
    long houten = f.area("GM0321");
    String before = reports.fingerprint(study);
    Conclusion saved =
        conclusions.save(testData.lead(), study, houten, "**Sterk**: <script>x</script>", null);
    assertThat(saved.version()).isNotNull();
    assertThat(reports.area(testData.lead(), study, houten, NL).conclusions())
        .isEqualTo("**Sterk**: <script>x</script>");
    assertThat(reports.national(testData.lead(), study, NL).conclusions()).isEmpty();
    assertThat(reports.fingerprint(study)).isNotEqualTo(before);
    // A second save against the old version (or as if there were none) is refused.
    assertThatThrownBy(() -> conclusions.save(testData.lead(), study, houten, "Anders", null))
        .isInstanceOf(ConcurrentChangeException.class);
    Conclusion next = conclusions.save(testData.lead(), study, houten, "Nieuw", saved.version());
    assertThatThrownBy(
            () -> conclusions.save(testData.lead(), study, houten, "Oud", saved.version()))
        .isInstanceOf(ConcurrentChangeException.class)
        .hasMessageContaining("changed by someone else");
    assertThat(conclusions.read(testData.lead(), study, houten).body()).isEqualTo("Nieuw");
    // Too long: at the field; inspectors may read but not write.
    assertThatThrownBy(
            () ->
                conclusions.save(
                    testData.lead(), study, null, "x".repeat(Markdown.MAX_LENGTH + 1), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).field()).isEqualTo("body"));
    assertThatThrownBy(
            () -> conclusions.save(testData.inspector(), study, null, "Van de inspecteur", null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(conclusions.read(testData.inspector(), study, houten).version())
        .isEqualTo(next.version());
  }

  @Test
  void twentyFirstSavesAtOnceGiveOneConclusionAndNineteenConflicts() throws Exception {
    Fieldwork f = testData.fieldwork();
    long study = f.study().getId();
    List<Callable<String>> writers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String body = "Conclusie van schrijver " + i;
      writers.add(
          () ->
              executor
                  .submit(
                      () -> {
                        try {
                          conclusions.save(testData.lead(), study, null, body, null);
                          return "saved:" + body;
                        } catch (ConcurrentChangeException e) {
                          return "conflict";
                        }
                      })
                  .get(60, TimeUnit.SECONDS));
    }
    List<String> outcomes = AtOnce.run(writers, Duration.ofSeconds(90));
    List<String> saved = outcomes.stream().filter(o -> o.startsWith("saved:")).toList();
    assertThat(saved).hasSize(1);
    assertThat(outcomes.stream().filter("conflict"::equals)).hasSize(19);
    assertThat(conclusions.read(testData.lead(), study, null).body())
        .isEqualTo(saved.get(0).substring("saved:".length()));
  }

  @Test
  void aSurveyStudysReportHasItsTablesWithSmallGroupsMarked() {
    Study survey = testData.surveyStudy();
    NationalReport report = reports.national(testData.lead(), survey.getId(), NL);
    assertThat(report.survey()).isNotEmpty();
    assertThat(report.survey().get(0).rows()).isNotEmpty();
    // No responses yet: every group rests on nobody.
    assertThat(report.survey().get(0).rows()).allSatisfy(r -> assertThat(r.smallCell()).isTrue());
    assertThat(report.areas()).hasSize(3);
    assertThat(report.areas().get(0).overall().hasResult()).isFalse();
  }
}
