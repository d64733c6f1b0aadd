package nl.wijkzicht.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkzicht.fieldwork.control.AnswerRules.QuestionShape;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.survey.control.SurveyCsvReader;
import nl.wijkzicht.survey.control.SurveyCsvReader.Context;
import nl.wijkzicht.survey.control.SurveyCsvReader.Problem;
import nl.wijkzicht.survey.control.SurveyCsvReader.Question;
import nl.wijkzicht.survey.control.SurveyCsvReader.Result;
import nl.wijkzicht.survey.control.SurveyCsvReader.Row;
import org.junit.jupiter.api.Test;

/** The survey CSV: separators, BOM, Kobo conventions, and every problem at its line and column. */
class SurveyCsvReaderTest {

  private static final Set<RespondentRole> BOTH =
      Set.of(RespondentRole.NETWERKCOORDINATOR, RespondentRole.BESTUURDER);
  private static final Set<RespondentRole> COORDINATOR = Set.of(RespondentRole.NETWERKCOORDINATOR);

  private static final Context CONTEXT =
      new Context(
          Map.of(
              "reik.1.a",
              question(
                  "REIK.1.a",
                  AnswerType.SINGLE_CHOICE,
                  Set.of("wijken", "gemeente", "meerdere_gemeenten"),
                  null,
                  COORDINATOR),
              "reik.1.b",
              question("REIK.1.b", AnswerType.NUMBER, Set.of(), 0, COORDINATOR),
              "knp.1.a",
              question("KNP.1.a", AnswerType.YES_NO, Set.of(), null, BOTH),
              "knp.1.b",
              question(
                  "KNP.1.b",
                  AnswerType.MULTIPLE_CHOICE,
                  new java.util.LinkedHashSet<>(
                      List.of("financiering", "gegevensuitwisseling", "schotten")),
                  null,
                  BOTH),
              "knp.1.c",
              question("KNP.1.c", AnswerType.OPEN, Set.of(), null, COORDINATOR)),
          Map.of("GM0344", 11L, "WK034403", 12L),
          Set.of("nw-900"),
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          LocalDate.of(2027, 2, 1));

  private static Question question(
      String code, AnswerType type, Set<String> options, Integer min, Set<RespondentRole> roles) {
    return new Question(new QuestionShape(code, type, options, min, null), roles);
  }

  private static Result read(String text) {
    return SurveyCsvReader.read(text.getBytes(StandardCharsets.UTF_8), CONTEXT);
  }

  @Test
  void aKoboExportWithCommasAndAByteOrderMarkIsRead() {
    Result result =
        read(
            "\uFEFF_id,referentie,gebied,datum,REIK.1.a,REIK.1.b,KNP.1.a,KNP.1.b,KNP.1.c,_uuid\n"
                + "1,NW-001,GM0344,2026-03-10T14:02:11.000+01:00,meerdere_gemeenten,1200,yes,"
                + "schotten financiering,\"Geld, vooral\",a1\n"
                + "2,NW-002,wk034403,,wijken,,nee,,,a2\n");

    assertThat(result.separator()).isEqualTo(',');
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    Row first = result.rows().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.reference()).isEqualTo("NW-001");
    assertThat(first.areaId()).isEqualTo(11L);
    assertThat(first.role()).isEqualTo(RespondentRole.NETWERKCOORDINATOR);
    assertThat(first.heldOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    // Multiple choice stored in the framework's option order, comma-separated, as the form does.
    assertThat(first.answers().get("KNP.1.b").value()).isEqualTo("financiering,schotten");
    assertThat(first.answers().get("KNP.1.a").value()).isEqualTo("yes");
    assertThat(first.answers().get("REIK.1.b").value()).isEqualTo("1200");
    assertThat(first.answers().get("KNP.1.c").note()).isEqualTo("Geld, vooral");
    Row second = result.rows().get(1);
    assertThat(second.areaId()).isEqualTo(12L);
    assertThat(second.answers()).containsOnlyKeys("REIK.1.a", "KNP.1.a");
    assertThat(second.answers().get("KNP.1.a").value()).isEqualTo("no");
    // No date: the import day, moved into the study's period (it ended 31-12-2026).
    assertThat(second.heldOn()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aSemicolonFileFromADutchSpreadsheetIsRead() {
    Result result =
        read(
            "referentie;gebied;rol;KNP.1.a;KNP.1.b\r\n"
                + "NW-010;GM0344;bestuurder;ja;financiering,gegevensuitwisseling\r\n"
                + ";;;;\r\n");
    assertThat(result.separator()).isEqualTo(';');
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.role()).isEqualTo(RespondentRole.BESTUURDER);
              assertThat(r.answers().get("KNP.1.b").value())
                  .isEqualTo("financiering,gegevensuitwisseling");
            });
  }

  @Test
  void everyProblemIsReportedWithItsLineAndColumnAndNothingIsRead() {
    Result result =
        read(
            "referentie;gebied;datum;REIK.1.a;REIK.1.b;KNP.1.a;KNP.1.b;knp.9\n"
                + "NW-001;GM0344;;wijken;12;yes;financiering;\n" // line 2: fine
                + "NW-002;GM9999;;gemeente;-5;misschien;financiering geld;\n" // line 3
                + "nw-001;GM0344;31-02-2026;wijken;;;;\n" // line 4: duplicate, bad date
                + "NW-900;GM0344;;provincie;;;;\n" // line 5: exists, unknown option
                + "NW-003;GM0344\n" // line 6: too few fields
                + "Jan Jansen;GM0344;2025-06-01;;;;;\n"); // line 7: not a code, outside study

    assertThat(result.isValid()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::line, Problem::column, Problem::key)
        .containsExactly(
            tuple(1L, "knp.9", "survey_import.column.unknown"),
            tuple(3L, "gebied", "survey_import.area.unknown"),
            tuple(3L, "REIK.1.b", "answer.value.number.min"),
            tuple(3L, "KNP.1.a", "answer.value.yes_no"),
            tuple(3L, "KNP.1.b", "answer.value.option"),
            tuple(4L, "referentie", "survey_import.reference.duplicate"),
            tuple(4L, "datum", "survey_import.date.invalid"),
            tuple(5L, "referentie", "survey_import.reference.exists"),
            tuple(5L, "REIK.1.a", "answer.value.option"),
            tuple(6L, null, "survey_import.field_count"),
            tuple(7L, "referentie", "survey_import.reference.invalid"),
            tuple(7L, "datum", "survey_import.date.outside_study"));
    assertThat(result.problems().get(1).arguments()).first().isEqualTo("GM9999");
    assertThat(result.problems().get(4).arguments()).containsExactly("KNP.1.b", "geld");
    assertThat(result.problems().get(5).arguments()).containsExactly("nw-001", 2L);
  }

  @Test
  void theHeaderMustNameReferenceAndAreaOnceAndAQuestion() {
    assertThat(read("gebied;REIK.1.a\nGM0344;wijken\n").problems())
        .extracting(Problem::key, Problem::arguments)
        .containsExactly(tuple("survey_import.column.missing", List.of("referentie")));
    assertThat(read("referentie;gebied;REIK.1.a;reik.1.a\nX;GM0344;wijken;wijken\n").problems())
        .extracting(Problem::line, Problem::key)
        .containsExactly(tuple(1L, "survey_import.column.duplicate"));
    assertThat(read("referentie;gebied\nX;GM0344\n").problems())
        .extracting(Problem::key)
        .containsExactly("survey_import.column.no_questions");
  }

  @Test
  void aQuestionNotAskedToTheRowsRoleIsAProblem() {
    assertThat(read("referentie;gebied;rol;REIK.1.a\nX;GM0344;bestuurder;wijken\n").problems())
        .extracting(Problem::line, Problem::column, Problem::key)
        .containsExactly(tuple(2L, "REIK.1.a", "survey_import.question.other_role"));
    assertThat(read("referentie;gebied;rol;REIK.1.a\nX;GM0344;dokter;wijken\n").problems())
        .extracting(Problem::key)
        .containsExactly("survey_import.role.unknown");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirLine() {
    byte[] latin1 =
        "referentie;gebied;KNP.1.c\nX;GM0344;goed\nY;GM0344;caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Result result = SurveyCsvReader.read(latin1, CONTEXT);
    assertThat(result.problems())
        .extracting(Problem::line, Problem::key, Problem::arguments)
        .containsExactly(tuple(3L, "survey_import.not_utf8", List.of("0xE9")));
  }

  @Test
  void anEmptyFileOrOneWithOnlyAHeaderIsAProblem() {
    assertThat(read("").problems()).extracting(Problem::key).containsExactly("survey_import.empty");
    assertThat(read("referentie;gebied;REIK.1.a\n").problems())
        .extracting(Problem::key)
        .containsExactly("survey_import.no_rows");
  }

  @Test
  void theSeparatorIsTheHeadersMoreFrequentOne() {
    assertThat(read("referentie,gebied,REIK.1.a\nX,GM0344,wijken\n").separator()).isEqualTo(',');
    assertThat(read("referentie;gebied;REIK.1.a\nX;GM0344;wijken\n").separator()).isEqualTo(';');
  }
}
