package nl.wijkzicht.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.scoring.control.SurveyDenominator;
import nl.wijkzicht.scoring.control.SurveyGroupResult;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;
import nl.wijkzicht.scoring.control.SurveyTally;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.survey.boundary.SurveyImportReport;
import nl.wijkzicht.survey.boundary.SurveyResponseRow;
import nl.wijkzicht.survey.boundary.SurveyResults;
import nl.wijkzicht.survey.boundary.SurveyService;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Survey studies on MariaDB: RIVM table 4 rebuilt through the CSV import and the grouped queries,
 * all-or-nothing imports with every problem reported, responses entered through the interview
 * form's service, and access per study team with the reads logged.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private SurveyService surveys;
  @Inject private InterviewService interviews;
  @Inject private TestData testData;
  @Inject private UserService users;
  @Inject private AccessLogService accessLog;

  @Test
  void rivmTable4IsRebuiltFromAnImportedCsvExport() {
    Study study = testData.surveyStudy();

    SurveyImportReport report = surveys.importCsv(testData.lead(), study.getId(), RivmTable4.csv());

    assertThat(report.problems()).isEmpty();
    assertThat(report.separator()).isEqualTo(';');
    assertThat(report.responses()).isEqualTo(182);
    SurveyResults results =
        surveys.results(testData.lead(), study.getId(), RivmTable4.SCOPE, Map.of(), null);
    assertThat(results.responses()).isEqualTo(182);
    assertThat(results.groupingQuestion()).isEqualTo("REIK.1.a");
    SurveyQuestionResult table4 = results.question(RivmTable4.BOTTLENECKS);
    assertThat(table4.denominator()).isEqualTo(SurveyDenominator.ANSWERED);
    assertThat(table4.overall().denominator()).isEqualTo(106);
    assertThat(table4.groups())
        .extracting(SurveyGroupResult::group, SurveyGroupResult::responses, g -> g.denominator())
        .containsExactly(
            tuple("wijken", 38L, 20L),
            tuple("gemeente", 38L, 23L),
            tuple("meerdere_gemeenten", 100L, 63L),
            tuple(SurveyTally.NO_GROUP, 6L, 0L));
    List<String> mismatches = new ArrayList<>();
    RivmTable4.PUBLISHED.forEach(
        (option, published) -> {
          Integer[] computed = {
            table4.overall().option(option).percent(),
            table4.group("wijken").option(option).percent(),
            table4.group("gemeente").option(option).percent(),
            table4.group("meerdere_gemeenten").option(option).percent()
          };
          for (int i = 0; i < 4; i++) {
            if (computed[i] == null || computed[i] != published[i]) {
              mismatches.add(option + "[" + i + "] " + computed[i] + " ≠ " + published[i]);
            }
          }
        });
    assertThat(mismatches).as("table 4 cells that differ").isEmpty();

    // The scope as RIVM states it, of all 182 networks; and 58 % reporting bottlenecks.
    SurveyResults ofAll =
        surveys.results(
            testData.lead(),
            study.getId(),
            "",
            Map.of(RivmTable4.SCOPE, SurveyDenominator.ALL_RESPONSES),
            null);
    RivmTable4.SCOPE_PERCENT.forEach(
        (scope, percent) ->
            assertThat(ofAll.question(RivmTable4.SCOPE).overall().option(scope).percent())
                .as(scope)
                .isEqualTo(percent));
    assertThat(ofAll.question(RivmTable4.HAS_BOTTLENECKS).overall().option("yes").percent())
        .isEqualTo(RivmTable4.BOTTLENECKS_PERCENT);

    // One area only: Houten holds exactly the 38 municipality networks.
    long houten = area(study, "GM0321").getId();
    SurveyResults inHouten =
        surveys.results(testData.lead(), study.getId(), null, Map.of(), houten);
    assertThat(inHouten.responses()).isEqualTo(38);
    assertThat(inHouten.question(RivmTable4.BOTTLENECKS).overall().option("financiering").percent())
        .isEqualTo(74);
    assertThat(surveys.responses(testData.lead(), study.getId(), houten)).hasSize(38);
  }

  @Test
  void aFileWithProblemsStoresNothingAndReportsEveryLineAndColumn() {
    Study study = testData.surveyStudy();
    String csv =
        "referentie,gebied,REIK.1.a,REIK.1.b,KNP.1.b,KNP.9\n"
            + "NW-001,GM0344,wijken,120,financiering,\n"
            + "NW-002,GM0999,gemeente,-3,financiering geld,\n"
            + "NW-001,GM0321,provincie,,,\n";

    SurveyImportReport report =
        surveys.importCsv(testData.lead(), study.getId(), csv.getBytes(StandardCharsets.UTF_8));

    assertThat(report.isImported()).isFalse();
    assertThat(report.separator()).isEqualTo(',');
    assertThat(report.problems())
        .extracting(
            SurveyImportReport.Line::line,
            SurveyImportReport.Line::column,
            SurveyImportReport.Line::key)
        .containsExactly(
            tuple(1L, "KNP.9", "survey_import.column.unknown"),
            tuple(3L, "gebied", "survey_import.area.unknown"),
            tuple(3L, "REIK.1.b", "answer.value.number.min"),
            tuple(3L, "KNP.1.b", "answer.value.option"),
            tuple(4L, "referentie", "survey_import.reference.duplicate"),
            tuple(4L, "REIK.1.a", "answer.value.option"));
    assertThat(surveys.responses(testData.lead(), study.getId(), null)).isEmpty();

    // The same file corrected imports; importing it again finds every reference taken.
    String fixed =
        "referentie,gebied,REIK.1.a,REIK.1.b,KNP.1.b\n"
            + "NW-001,GM0344,wijken,120,financiering\n"
            + "NW-002,WK034403,gemeente,,financiering schotten\n";
    assertThat(
            surveys
                .importCsv(testData.lead(), study.getId(), fixed.getBytes(StandardCharsets.UTF_8))
                .responses())
        .isEqualTo(2);
    assertThat(
            surveys
                .importCsv(testData.lead(), study.getId(), fixed.getBytes(StandardCharsets.UTF_8))
                .problems())
        .extracting(SurveyImportReport.Line::line, SurveyImportReport.Line::key)
        .containsExactly(
            tuple(2L, "survey_import.reference.exists"),
            tuple(3L, "survey_import.reference.exists"));
    List<SurveyResponseRow> rows = surveys.responses(testData.inspector(), study.getId(), null);
    assertThat(rows)
        .extracting(SurveyResponseRow::reference, SurveyResponseRow::areaLabel, r -> r.answered())
        .containsExactly(tuple("NW-001", "Utrecht", 3L), tuple("NW-002", "Utrecht-Overvecht", 2L));
    assertThat(rows).allMatch(SurveyResponseRow::completed);
  }

  @Test
  void aResponseEnteredByHandIsAnsweredOnTheInterviewFormAndCounted() {
    Study study = testData.surveyStudy();
    StudyArea houten = area(study, "GM0321");

    Interview response =
        surveys.startResponse(
            testData.inspector(),
            study.getId(),
            houten.getId(),
            "NW-100",
            RespondentRole.NETWERKCOORDINATOR,
            LocalDate.of(2026, 4, 2));
    assertThat(response.isSurveyResponse()).isTrue();
    assertThat(response.getPseudonym()).isEqualTo("NC-01");
    FrameworkQuestion scope = question(study, "REIK.1.a");
    FrameworkQuestion bottlenecks = question(study, "KNP.1.b");
    interviews.saveAnswer(
        testData.inspector(), response.getId(), scope.getId(), null, "gemeente", null);
    interviews.saveAnswer(
        testData.inspector(),
        response.getId(),
        bottlenecks.getId(),
        null,
        "schotten,financiering",
        null);
    Interview reread = interviews.get(testData.inspector(), response.getId());
    assertThat(reread.getArea().getId()).isEqualTo(houten.getId());
    assertThat(reread.getReference()).isEqualTo("NW-100");

    SurveyQuestionResult counted =
        surveys
            .results(testData.inspector(), study.getId(), null, Map.of(), null)
            .question("KNP.1.b");
    assertThat(counted.group("gemeente").option("financiering").percent()).isEqualTo(100);
    assertThat(counted.group("gemeente").option("schotten").percent()).isEqualTo(100);
    assertThat(counted.group("wijken").denominator()).isZero();

    List<FieldProblem> problems =
        problems(
            () ->
                surveys.startResponse(
                    testData.inspector(),
                    study.getId(),
                    null,
                    "nw-100",
                    RespondentRole.HUISARTS,
                    LocalDate.of(2025, 1, 1)));
    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            tuple("area", "survey.area.required"),
            tuple("reference", "survey.reference.exists"),
            tuple("role", "interview.role.no_questions"),
            tuple("heldOn", "visit.date.outside_study"));
    assertThat(
            problems(
                () ->
                    surveys.startResponse(
                        testData.inspector(),
                        study.getId(),
                        houten.getId(),
                        "Jan de Vries",
                        RespondentRole.NETWERKCOORDINATOR,
                        LocalDate.of(2026, 4, 2))))
        .extracting(FieldProblem::key)
        .containsExactly("survey.reference.invalid");
  }

  @Test
  void onlyTheStudysTeamAndCoordinatorsSeeOrImportAndReadsAreLogged() {
    Study study = testData.surveyStudy();
    surveys.importCsv(
        testData.lead(),
        study.getId(),
        "referentie;gebied;KNP.1.a\nNW-1;GM0344;yes\n".getBytes(StandardCharsets.UTF_8));
    Actor outsider = outsider();

    assertThatThrownBy(() -> surveys.results(outsider, study.getId(), null, Map.of(), null))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> surveys.responses(outsider, study.getId(), null))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                surveys.importCsv(
                    outsider,
                    study.getId(),
                    "referentie;gebied;KNP.1.a\nNW-2;GM0344;no\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> surveys.study(testData.lead(), testData.fieldwork().study().getId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> surveys.study(testData.lead(), 987_654_321L))
        .isInstanceOf(NotFoundException.class);

    AccessLogQuery reads =
        new AccessLogQuery(
            Optional.of("demo-inspecteur"),
            Optional.of(AccessAction.READ),
            Optional.of(AccessOutcome.ALLOWED),
            Optional.of("SurveyResults"),
            Optional.of(study.getId().toString()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    long before = accessLog.count(reads);
    surveys.results(testData.inspector(), study.getId(), null, Map.of(), null);
    assertThat(accessLog.count(reads)).isEqualTo(before + 1);
  }

  private Actor outsider() {
    String name = "it-survey-outsider";
    if (users.findByUsername(name).isEmpty()) {
      users.createInitial(name, "Test", Role.INSPECTOR, null, "een lang wachtwoord 2026!", false);
    }
    return UserService.actorOf(users.findByUsername(name).orElseThrow());
  }

  private static StudyArea area(Study study, String code) {
    return study.getAreas().stream()
        .filter(
            a ->
                (a.isDistrict() ? a.getDistrictCode() : a.getMunicipality().getCbsCode())
                    .equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static FrameworkQuestion question(Study study, String code) {
    return SurveyService.questions(study).stream()
        .filter(q -> q.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<FieldProblem> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.getProblems();
    }
    throw new AssertionError("no InvalidInputException");
  }
}
