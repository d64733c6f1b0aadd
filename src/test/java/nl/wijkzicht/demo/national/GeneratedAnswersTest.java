package nl.wijkzicht.demo.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.demo.national.NationalStudyGenerator.Question;
import nl.wijkzicht.fieldwork.control.AnswerRules;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.study.entity.VisitStatus;
import org.junit.jupiter.api.Test;

/** What the generator writes as answers, postcodes and statuses obeys the application's rules. */
class GeneratedAnswersTest {

  private static final List<Question> QUESTIONS =
      List.of(
          question("Q.open", AnswerType.OPEN, null, null),
          question("Q.yes", AnswerType.YES_NO, null, null),
          question("Q.single", AnswerType.SINGLE_CHOICE, null, null, "a", "b", "c", "d"),
          question("Q.multi", AnswerType.MULTIPLE_CHOICE, null, null, "a", "b", "c", "d"),
          question("Q.scale", AnswerType.SCALE, 1, 5),
          question("Q.number", AnswerType.NUMBER, 0, 168));

  @Test
  void everyGeneratedValuePassesTheAnswerRulesUnchanged() {
    Random random = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      for (Question q : QUESTIONS) {
        boolean good = random.nextBoolean();
        String value = NationalStudyGenerator.value(q, good, random);
        List<FieldProblem> problems = new ArrayList<>();
        AnswerRules.Checked checked =
            AnswerRules.check(
                new AnswerRules.QuestionShape(
                    q.code(), q.type(), new LinkedHashSet<>(q.options()), q.min(), q.max()),
                value,
                q.type() == AnswerType.OPEN ? "Fictief: een notitie." : null,
                problems);
        assertThat(problems).as(q.code() + " " + value).isEmpty();
        // Stored as the application would store it (multiple choice in option order).
        assertThat(checked.value()).as(q.code()).isEqualTo(value);
      }
    }
  }

  @Test
  void goodAnswersLeanGoodAndWeakOnesWeak() {
    Random random = new Random(5);
    Question yes = QUESTIONS.get(1);
    Question scale = QUESTIONS.get(4);
    assertThat(NationalStudyGenerator.value(yes, true, random)).isEqualTo("yes");
    assertThat(NationalStudyGenerator.value(yes, false, random)).isEqualTo("no");
    for (int i = 0; i < 100; i++) {
      assertThat(Integer.parseInt(NationalStudyGenerator.value(scale, true, random)))
          .isGreaterThanOrEqualTo(4);
      assertThat(Integer.parseInt(NationalStudyGenerator.value(scale, false, random)))
          .isLessThanOrEqualTo(2);
    }
  }

  @Test
  void postcodesAreDutchAndAvoidTheUnusedLetterPairs() {
    Random random = new Random(9);
    for (int i = 0; i < 5_000; i++) {
      String postcode = NationalStudyGenerator.postcode(random);
      assertThat(postcode).matches("[1-9]\\d{3}[A-Z]{2}");
      assertThat(postcode.substring(4)).isNotIn("SA", "SD", "SS");
      assertThat(nl.wijkzicht.provider.control.ProviderRules.postcode(postcode)).contains(postcode);
    }
  }

  @Test
  void visitStatusesAreMostlyPublishedAndNeverPlannedOrCancelled() {
    Set<VisitStatus> seen = EnumSet.noneOf(VisitStatus.class);
    int published = 0;
    for (int i = 0; i < 1_000; i++) {
      VisitStatus status = NationalStudyGenerator.status(i / 1_000.0);
      seen.add(status);
      published += status == VisitStatus.PUBLISHED ? 1 : 0;
    }
    assertThat(published).isEqualTo(550);
    assertThat(seen).doesNotContain(VisitStatus.PLANNED, VisitStatus.CANCELLED).hasSize(6);
  }

  private static Question question(
      String code, AnswerType type, Integer min, Integer max, String... options) {
    return new Question(
        1, 1, code, type, min, max, List.of(options), Set.of(RespondentRole.HUISARTS));
  }
}
