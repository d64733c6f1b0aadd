package nl.wijkzicht.fieldwork.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.AnswerType;

/**
 * Checks and normalises what is typed for one question, by the question's answer type: an open
 * question takes only a note; yes/no takes {@code yes} or {@code no}; a choice takes option codes
 * (several, comma-separated, for multiple choice); a scale an integer within its bounds; a number a
 * decimal, within the question's min and max when the framework gives them. An empty value means
 * "not answered yet" and is always allowed.
 */
public final class AnswerRules {

  public static final String YES = "yes";
  public static final String NO = "no";

  /** What a question allows, independent of JPA so the rules are testable on their own. */
  public record QuestionShape(
      String code, AnswerType type, Set<String> options, Integer min, Integer max) {}

  /** The checked answer: the value to store (normalised, or null) and the note (or null). */
  public record Checked(String value, String note) {}

  private AnswerRules() {}

  /** The normalised answer, or the problems with it (field {@code value} or {@code note}). */
  public static Checked check(
      QuestionShape question, String value, String note, List<FieldProblem> problems) {
    String v = value == null || value.isBlank() ? null : value.strip();
    String n = note == null || note.isBlank() ? null : note;
    if (n != null && n.length() > InterviewAnswer.NOTE_LENGTH) {
      problems.add(
          new FieldProblem(
              "note",
              "answer.note.too_long",
              List.of(question.code(), n.length(), InterviewAnswer.NOTE_LENGTH)));
    }
    if (v != null) {
      v = checkValue(question, v, problems);
    }
    return new Checked(v, n);
  }

  private static String checkValue(QuestionShape question, String v, List<FieldProblem> problems) {
    if (v.length() > InterviewAnswer.VALUE_LENGTH) {
      problems.add(
          new FieldProblem(
              "value",
              "answer.value.too_long",
              List.of(question.code(), InterviewAnswer.VALUE_LENGTH)));
      return null;
    }
    switch (question.type()) {
      case OPEN -> {
        problems.add(new FieldProblem("value", "answer.value.open", List.of(question.code())));
        return null;
      }
      case YES_NO -> {
        if (!v.equals(YES) && !v.equals(NO)) {
          problems.add(
              new FieldProblem("value", "answer.value.yes_no", List.of(question.code(), v)));
          return null;
        }
        return v;
      }
      case SINGLE_CHOICE -> {
        if (!question.options().contains(v)) {
          problems.add(
              new FieldProblem("value", "answer.value.option", List.of(question.code(), v)));
          return null;
        }
        return v;
      }
      case MULTIPLE_CHOICE -> {
        Set<String> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        Arrays.stream(v.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(
                code -> {
                  if (question.options().contains(code)) {
                    chosen.add(code);
                  } else {
                    unknown.add(code);
                  }
                });
        if (!unknown.isEmpty()) {
          problems.add(
              new FieldProblem(
                  "value",
                  "answer.value.option",
                  List.of(question.code(), String.join(", ", unknown))));
          return null;
        }
        // Stored in the framework's option order, so equal answers compare equal.
        return question.options().stream()
            .filter(chosen::contains)
            .reduce((a, b) -> a + "," + b)
            .orElse(null);
      }
      case SCALE -> {
        try {
          int n = Integer.parseInt(v);
          if ((question.min() != null && n < question.min())
              || (question.max() != null && n > question.max())) {
            problems.add(
                new FieldProblem(
                    "value",
                    "answer.value.scale",
                    List.of(question.code(), v, question.min(), question.max())));
            return null;
          }
          return Integer.toString(n);
        } catch (NumberFormatException e) {
          problems.add(
              new FieldProblem(
                  "value",
                  "answer.value.scale",
                  List.of(question.code(), v, question.min(), question.max())));
          return null;
        }
      }
      case NUMBER -> {
        try {
          BigDecimal number = new BigDecimal(v.replace(',', '.'));
          if (question.min() != null && number.compareTo(BigDecimal.valueOf(question.min())) < 0) {
            problems.add(
                new FieldProblem(
                    "value",
                    "answer.value.number.min",
                    List.of(question.code(), v, question.min())));
            return null;
          }
          if (question.max() != null && number.compareTo(BigDecimal.valueOf(question.max())) > 0) {
            problems.add(
                new FieldProblem(
                    "value",
                    "answer.value.number.max",
                    List.of(question.code(), v, question.max())));
            return null;
          }
          return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          problems.add(
              new FieldProblem("value", "answer.value.number", List.of(question.code(), v)));
          return null;
        }
      }
      default -> throw new IllegalStateException("answer type " + question.type());
    }
  }
}
