package nl.wijkzicht.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.fieldwork.control.AnswerRules;
import nl.wijkzicht.fieldwork.control.AnswerRules.Checked;
import nl.wijkzicht.fieldwork.control.AnswerRules.QuestionShape;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.AnswerType;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

  private static final Set<String> OPTIONS =
      new LinkedHashSet<>(List.of("aanwezig", "vooraf", "niet"));

  private static QuestionShape question(AnswerType type) {
    return new QuestionShape("CC.1.a", type, type.hasOptions() ? OPTIONS : Set.of(), 1, 5);
  }

  private final List<FieldProblem> problems = new ArrayList<>();

  @Test
  void emptyValueAndNoteMeanNotAnsweredYet() {
    Checked checked = AnswerRules.check(question(AnswerType.SCALE), "  ", "", problems);
    assertThat(problems).isEmpty();
    assertThat(checked.value()).isNull();
    assertThat(checked.note()).isNull();
  }

  @Test
  void yesNoTakesOnlyYesOrNo() {
    assertThat(AnswerRules.check(question(AnswerType.YES_NO), "yes", null, problems).value())
        .isEqualTo("yes");
    AnswerRules.check(question(AnswerType.YES_NO), "misschien", null, problems);
    assertThat(problems).extracting(FieldProblem::key).containsExactly("answer.value.yes_no");
    assertThat(problems.get(0).arguments()).containsExactly("CC.1.a", "misschien");
  }

  @Test
  void singleChoiceTakesAKnownOptionCode() {
    assertThat(
            AnswerRules.check(question(AnswerType.SINGLE_CHOICE), "vooraf", null, problems).value())
        .isEqualTo("vooraf");
    AnswerRules.check(question(AnswerType.SINGLE_CHOICE), "anders", null, problems);
    assertThat(problems).extracting(FieldProblem::key).containsExactly("answer.value.option");
  }

  @Test
  void multipleChoiceIsStoredInFrameworkOrderWithoutDuplicates() {
    Checked checked =
        AnswerRules.check(
            question(AnswerType.MULTIPLE_CHOICE), "niet, aanwezig,niet", null, problems);
    assertThat(problems).isEmpty();
    assertThat(checked.value()).isEqualTo("aanwezig,niet");
    AnswerRules.check(question(AnswerType.MULTIPLE_CHOICE), "aanwezig,x,y", null, problems);
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.arguments()).containsExactly("CC.1.a", "x, y"));
  }

  @Test
  void scaleStaysWithinItsBounds() {
    assertThat(AnswerRules.check(question(AnswerType.SCALE), "05", null, problems).value())
        .isEqualTo("5");
    AnswerRules.check(question(AnswerType.SCALE), "6", null, problems);
    AnswerRules.check(question(AnswerType.SCALE), "0", null, problems);
    AnswerRules.check(question(AnswerType.SCALE), "drie", null, problems);
    assertThat(problems)
        .extracting(FieldProblem::key)
        .containsOnly("answer.value.scale")
        .hasSize(3);
  }

  @Test
  void numberAcceptsADutchDecimalComma() {
    assertThat(AnswerRules.check(question(AnswerType.NUMBER), "2,50", null, problems).value())
        .isEqualTo("2.5");
    AnswerRules.check(question(AnswerType.NUMBER), "2,5,1", null, problems);
    assertThat(problems).extracting(FieldProblem::key).containsExactly("answer.value.number");
  }

  @Test
  void numberOutsideTheFrameworksMinOrMaxIsRefused() {
    QuestionShape atLeastZero = new QuestionShape("REIK.1.b", AnswerType.NUMBER, Set.of(), 0, null);
    assertThat(AnswerRules.check(atLeastZero, "0", null, problems).value()).isEqualTo("0");
    assertThat(AnswerRules.check(atLeastZero, "35000", null, problems).value()).isEqualTo("35000");
    AnswerRules.check(atLeastZero, "-1", null, problems);
    AnswerRules.check(question(AnswerType.NUMBER), "5,5", null, problems);
    assertThat(problems)
        .extracting(FieldProblem::key)
        .containsExactly("answer.value.number.min", "answer.value.number.max");
  }

  @Test
  void openQuestionTakesANoteButNoValue() {
    Checked checked =
        AnswerRules.check(question(AnswerType.OPEN), null, "Zij belt de huisarts zelf.", problems);
    assertThat(problems).isEmpty();
    assertThat(checked.note()).isEqualTo("Zij belt de huisarts zelf.");
    AnswerRules.check(question(AnswerType.OPEN), "yes", null, problems);
    assertThat(problems).extracting(FieldProblem::field).containsExactly("value");
  }

  @Test
  void overLongNoteAndValueAreRefusedWithTheirLength() {
    String note = "x".repeat(InterviewAnswer.NOTE_LENGTH + 1);
    AnswerRules.check(question(AnswerType.OPEN), null, note, problems);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("note");
              assertThat(p.arguments())
                  .containsExactly(
                      "CC.1.a", InterviewAnswer.NOTE_LENGTH + 1, InterviewAnswer.NOTE_LENGTH);
            });
    problems.clear();
    AnswerRules.check(
        question(AnswerType.NUMBER), "1".repeat(InterviewAnswer.VALUE_LENGTH + 1), null, problems);
    assertThat(problems).extracting(FieldProblem::key).containsExactly("answer.value.too_long");
  }
}
