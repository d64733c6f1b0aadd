package nl.wijkzicht.scoring.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the answers of a survey study (framework rule {@code count}): per question, per option,
 * how many responses chose it and what percentage that is, overall and per group of a grouping
 * question (by default the network's scope: wijken / gemeente / meerdere gemeenten).
 *
 * <p>The inputs are the database's grouped counts ({@link SurveyCount}: group × question × stored
 * value → number of responses) and the number of responses per group; this class only splits
 * multiple-choice values, adds up and divides. Pure, unit-tested without a container.
 *
 * <p><b>Rounding</b>: a percentage is {@code count × 100 / denominator} rounded to a whole percent,
 * half up (41.5 % → 42 %), computed exactly (no floating point). A denominator of 0 (nobody
 * answered, an empty group) gives no percentage ({@code null}, shown as "—"), never 0 %. The
 * percentages of a multiple-choice question can add up to more than 100 % (a response counts at
 * every option it chose); those of a single-choice question to 99–101 % through rounding.
 */
public final class SurveyTally {

  /** The group key of all responses together. */
  public static final String OVERALL = "*";

  /** The group key of responses that did not answer the grouping question. */
  public static final String NO_GROUP = "";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SurveyTally() {}

  /** Whole percent, half up; null when the denominator is 0. */
  public static Integer percent(long count, long denominator) {
    if (denominator <= 0) {
      return null;
    }
    return BigDecimal.valueOf(count)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  /**
   * The result of one question.
   *
   * @param groupOptions the grouping question's option codes in order (empty: no split, only the
   *     overall result)
   * @param responsesPerGroup the number of responses per group key (an option code; null or {@link
   *     #NO_GROUP} for responses without an answer to the grouping question)
   * @param counts the grouped counts; rows of other questions are ignored
   */
  public static SurveyQuestionResult tally(
      SurveyQuestion question,
      SurveyDenominator denominator,
      List<String> groupOptions,
      Map<String, Long> responsesPerGroup,
      Collection<SurveyCount> counts) {
    Objects.requireNonNull(denominator);
    Map<String, Long> responses = new HashMap<>();
    responsesPerGroup.forEach((k, v) -> responses.merge(key(k), v, Long::sum));
    Map<String, List<SurveyCount>> byGroup = new HashMap<>();
    for (SurveyCount c : counts) {
      if (c.question().equalsIgnoreCase(question.code())
          && c.value() != null
          && !c.value().isBlank()) {
        byGroup.computeIfAbsent(key(c.group()), k -> new ArrayList<>()).add(c);
      }
    }
    List<SurveyGroupResult> groups = new ArrayList<>();
    if (!groupOptions.isEmpty()) {
      for (String g : groupOptions) {
        groups.add(
            group(
                g,
                question,
                denominator,
                responses.getOrDefault(g, 0L),
                byGroup.getOrDefault(g, List.of())));
      }
      long ungrouped =
          responses.entrySet().stream()
              .filter(e -> !groupOptions.contains(e.getKey()))
              .mapToLong(Map.Entry::getValue)
              .sum();
      if (ungrouped > 0) {
        List<SurveyCount> rest = new ArrayList<>();
        byGroup.forEach(
            (k, v) -> {
              if (!groupOptions.contains(k)) {
                rest.addAll(v);
              }
            });
        groups.add(group(NO_GROUP, question, denominator, ungrouped, rest));
      }
    }
    long all = responses.values().stream().mapToLong(Long::longValue).sum();
    List<SurveyCount> every = byGroup.values().stream().flatMap(List::stream).toList();
    return new SurveyQuestionResult(
        question, denominator, group(OVERALL, question, denominator, all, every), groups);
  }

  private static String key(String group) {
    return group == null ? NO_GROUP : group;
  }

  private static SurveyGroupResult group(
      String key,
      SurveyQuestion question,
      SurveyDenominator denominator,
      long responses,
      List<SurveyCount> counts) {
    long answered = 0;
    if (question.isNumber()) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal lowest = null;
      BigDecimal highest = null;
      for (SurveyCount c : counts) {
        BigDecimal value;
        try {
          value = new BigDecimal(c.value().strip());
        } catch (NumberFormatException e) {
          continue; // Stored values are checked numbers; anything else is not counted.
        }
        answered += c.count();
        sum = sum.add(value.multiply(BigDecimal.valueOf(c.count())));
        lowest = lowest == null || value.compareTo(lowest) < 0 ? value : lowest;
        highest = highest == null || value.compareTo(highest) > 0 ? value : highest;
      }
      BigDecimal mean =
          answered == 0 ? null : sum.divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP);
      long base = denominator == SurveyDenominator.ANSWERED ? answered : responses;
      return new SurveyGroupResult(
          key,
          responses,
          answered,
          base,
          List.of(),
          new SurveyNumbers(answered, mean, lowest, highest));
    }
    Map<String, Long> chosen = new LinkedHashMap<>();
    question.options().forEach(o -> chosen.put(o, 0L));
    for (SurveyCount c : counts) {
      boolean any = false;
      for (String code : question.multiple() ? c.value().split(",") : new String[] {c.value()}) {
        String option = code.strip();
        if (chosen.containsKey(option)) {
          chosen.merge(option, c.count(), Long::sum);
          any = true;
        }
      }
      if (any) {
        answered += c.count();
      }
    }
    long base = denominator == SurveyDenominator.ANSWERED ? answered : responses;
    long most = chosen.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<SurveyOptionCount> options = new ArrayList<>();
    chosen.forEach(
        (option, count) ->
            options.add(
                new SurveyOptionCount(
                    option, count, percent(count, base), most > 0 && count == most)));
    return new SurveyGroupResult(key, responses, answered, base, options, null);
  }

  /** Grouped counts made in memory from single responses, exactly as the database makes them. */
  public record Grouped(Map<String, Long> responsesPerGroup, List<SurveyCount> counts) {}

  /**
   * What the database's grouped queries return, computed from single responses (question code →
   * stored value; a multiple-choice value comma-separated): for tests and small samples.
   */
  public static Grouped group(Collection<Map<String, String>> responses, String groupingQuestion) {
    Map<String, Long> perGroup = new LinkedHashMap<>();
    Map<List<String>, Long> cells = new LinkedHashMap<>();
    for (Map<String, String> response : responses) {
      String g = groupingQuestion == null ? null : response.get(groupingQuestion);
      String groupKey = g == null || g.isBlank() ? NO_GROUP : g;
      perGroup.merge(groupKey, 1L, Long::sum);
      response.forEach(
          (question, value) -> {
            if (value != null && !value.isBlank()) {
              cells.merge(List.of(groupKey, question, value), 1L, Long::sum);
            }
          });
    }
    List<SurveyCount> counts = new ArrayList<>();
    cells.forEach((k, n) -> counts.add(new SurveyCount(k.get(0), k.get(1), k.get(2), n)));
    return new Grouped(perGroup, counts);
  }
}
