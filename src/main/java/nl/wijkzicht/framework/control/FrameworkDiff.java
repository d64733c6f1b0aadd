package nl.wijkzicht.framework.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.NormDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.QuestionDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingLevel;
import nl.wijkzicht.framework.entity.FrameworkDefinition.ThemeDefinition;
import nl.wijkzicht.framework.entity.LocalizedText;

/**
 * What changed between two versions of a framework: themes, norms, questions and rating levels
 * added, removed or changed, matched by code (codes are the stable identity across versions), plus
 * changes of the roll-up rule. Pure function of the two definitions.
 */
public final class FrameworkDiff {

  /** What happened to an element. */
  public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** Which kind of element. */
  public enum Element {
    FRAMEWORK,
    LEVEL,
    THEME,
    NORM,
    QUESTION
  }

  /**
   * Which property of a changed element differs; shown through the bundle key
   * FrameworkDiff.Field.X.
   */
  public enum Field {
    TITLE,
    DESCRIPTION,
    SOURCE,
    LANGUAGES,
    RULE,
    BANDS,
    LABEL,
    COLOUR,
    SCORE,
    POSITION,
    PARENT,
    GUIDANCE,
    LEVEL,
    WEIGHT,
    TEXT,
    ROLES,
    TYPE,
    OPTIONS,
    BOUNDS
  }

  /**
   * One change. {@code parent} is the theme of a norm or the norm of a question (in the newer
   * version where it exists); {@code before}/{@code after} are the titles or texts, null where
   * absent.
   */
  public record Change(
      ChangeKind kind,
      Element element,
      String code,
      String parent,
      LocalizedText before,
      LocalizedText after,
      List<Field> fields)
      implements Serializable {

    public LocalizedText label() {
      return after != null ? after : before;
    }
  }

  private FrameworkDiff() {}

  public static List<Change> compare(FrameworkDefinition from, FrameworkDefinition to) {
    List<Change> changes = new ArrayList<>();
    List<Field> frameworkFields = new ArrayList<>();
    check(frameworkFields, Field.TITLE, from.title(), to.title());
    check(frameworkFields, Field.DESCRIPTION, from.description(), to.description());
    check(frameworkFields, Field.SOURCE, from.source(), to.source());
    check(frameworkFields, Field.LANGUAGES, from.languages(), to.languages());
    check(frameworkFields, Field.RULE, from.rollUp().rule(), to.rollUp().rule());
    check(frameworkFields, Field.BANDS, from.rollUp().bands(), to.rollUp().bands());
    if (!frameworkFields.isEmpty()) {
      changes.add(
          new Change(
              ChangeKind.CHANGED,
              Element.FRAMEWORK,
              to.code(),
              null,
              from.title(),
              to.title(),
              frameworkFields));
    }

    compare(
        changes,
        Element.LEVEL,
        allLevels(from),
        allLevels(to),
        l -> null,
        RatingLevel::label,
        (a, b, fields) -> {
          check(fields, Field.LABEL, a.label(), b.label());
          check(fields, Field.COLOUR, a.colour(), b.colour());
          check(fields, Field.SCORE, a.score(), b.score());
          check(
              fields,
              Field.POSITION,
              List.copyOf(allLevels(from).keySet()).indexOf(a.code()),
              List.copyOf(allLevels(to).keySet()).indexOf(b.code()));
        });

    compare(
        changes,
        Element.THEME,
        byCode(from.themes(), ThemeDefinition::code),
        byCode(to.themes(), ThemeDefinition::code),
        t -> null,
        ThemeDefinition::title,
        (a, b, fields) -> {
          check(fields, Field.TITLE, a.title(), b.title());
          check(fields, Field.DESCRIPTION, a.description(), b.description());
        });

    Map<String, String> themeOfNormFrom = parents(from);
    Map<String, String> themeOfNormTo = parents(to);
    compare(
        changes,
        Element.NORM,
        byCode(from.norms().toList(), NormDefinition::code),
        byCode(to.norms().toList(), NormDefinition::code),
        n -> themeOfNormTo.getOrDefault(n.code(), themeOfNormFrom.get(n.code())),
        NormDefinition::title,
        (a, b, fields) -> {
          check(fields, Field.TITLE, a.title(), b.title());
          check(fields, Field.GUIDANCE, a.guidance(), b.guidance());
          check(fields, Field.LEVEL, a.level(), b.level());
          check(fields, Field.WEIGHT, a.weight(), b.weight());
          check(fields, Field.PARENT, themeOfNormFrom.get(a.code()), themeOfNormTo.get(b.code()));
        });

    Map<String, String> normOfQuestionFrom = questionParents(from);
    Map<String, String> normOfQuestionTo = questionParents(to);
    compare(
        changes,
        Element.QUESTION,
        byCode(from.questions().toList(), QuestionDefinition::code),
        byCode(to.questions().toList(), QuestionDefinition::code),
        q -> normOfQuestionTo.getOrDefault(q.code(), normOfQuestionFrom.get(q.code())),
        QuestionDefinition::text,
        (a, b, fields) -> {
          check(fields, Field.TEXT, a.text(), b.text());
          check(fields, Field.ROLES, a.roles(), b.roles());
          check(fields, Field.TYPE, a.type(), b.type());
          check(fields, Field.OPTIONS, a.options(), b.options());
          check(
              fields,
              Field.BOUNDS,
              List.of(String.valueOf(a.min()), String.valueOf(a.max())),
              List.of(String.valueOf(b.min()), String.valueOf(b.max())));
          check(
              fields,
              Field.PARENT,
              normOfQuestionFrom.get(a.code()),
              normOfQuestionTo.get(b.code()));
        });
    return List.copyOf(changes);
  }

  private interface FieldComparison<T> {
    void compare(T before, T after, List<Field> fields);
  }

  private static <T> void compare(
      List<Change> changes,
      Element element,
      Map<String, T> from,
      Map<String, T> to,
      Function<T, String> parent,
      Function<T, LocalizedText> label,
      FieldComparison<T> comparison) {
    for (Map.Entry<String, T> entry : from.entrySet()) {
      T after = to.get(entry.getKey());
      if (after == null) {
        changes.add(
            new Change(
                ChangeKind.REMOVED,
                element,
                entry.getKey(),
                parent.apply(entry.getValue()),
                label.apply(entry.getValue()),
                null,
                List.of()));
      } else {
        List<Field> fields = new ArrayList<>();
        comparison.compare(entry.getValue(), after, fields);
        if (!fields.isEmpty()) {
          changes.add(
              new Change(
                  ChangeKind.CHANGED,
                  element,
                  entry.getKey(),
                  parent.apply(after),
                  label.apply(entry.getValue()),
                  label.apply(after),
                  List.copyOf(fields)));
        }
      }
    }
    for (Map.Entry<String, T> entry : to.entrySet()) {
      if (!from.containsKey(entry.getKey())) {
        changes.add(
            new Change(
                ChangeKind.ADDED,
                element,
                entry.getKey(),
                parent.apply(entry.getValue()),
                null,
                label.apply(entry.getValue()),
                List.of()));
      }
    }
  }

  private static void check(List<Field> fields, Field field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      fields.add(field);
    }
  }

  private static Map<String, RatingLevel> allLevels(FrameworkDefinition definition) {
    Map<String, RatingLevel> levels = new LinkedHashMap<>();
    definition.ratingScale().levels().forEach(l -> levels.put(l.code(), l));
    if (definition.ratingScale().notAssessed() != null) {
      levels.put(
          definition.ratingScale().notAssessed().code(), definition.ratingScale().notAssessed());
    }
    return levels;
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    return items.stream()
        .collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, String> parents(FrameworkDefinition definition) {
    Map<String, String> parents = new LinkedHashMap<>();
    definition.themes().forEach(t -> t.norms().forEach(n -> parents.put(n.code(), t.code())));
    return parents;
  }

  private static Map<String, String> questionParents(FrameworkDefinition definition) {
    Map<String, String> parents = new LinkedHashMap<>();
    definition.norms().forEach(n -> n.questions().forEach(q -> parents.put(q.code(), n.code())));
    return parents;
  }
}
