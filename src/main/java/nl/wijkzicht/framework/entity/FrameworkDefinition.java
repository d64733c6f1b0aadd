package nl.wijkzicht.framework.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of an audit framework (toetsingskader) as read from its file: themes → norms →
 * questions, the rating scale and the roll-up rule. Immutable; validated by the reader.
 */
public record FrameworkDefinition(
    String code,
    String version,
    LocalizedText title,
    LocalizedText description,
    List<String> languages,
    LocalizedText source,
    RatingScale ratingScale,
    RollUp rollUp,
    List<ThemeDefinition> themes)
    implements Serializable {

  /**
   * The ordered levels (best first) and the separate "not assessed" level; empty for count rules.
   */
  public record RatingScale(List<RatingLevel> levels, RatingLevel notAssessed)
      implements Serializable {

    public static final RatingScale NONE = new RatingScale(List.of(), null);

    public Optional<RatingLevel> level(String code) {
      return Stream.concat(levels.stream(), Stream.ofNullable(notAssessed))
          .filter(l -> java.util.Objects.equals(l.code(), code))
          .findFirst();
    }
  }

  /** A level; {@code score} is null where the rule does not need one and for "not assessed". */
  public record RatingLevel(
      String code, LocalizedText label, String colour, Integer score, boolean notAssessed)
      implements Serializable {}

  /**
   * A percentage band {@code from}–{@code to} (inclusive, whole percentages) that maps to a level.
   */
  public record Band(int from, int to, String level) implements Serializable {}

  public record RollUp(RollUpRule rule, List<Band> bands) implements Serializable {}

  public record ThemeDefinition(
      String code, LocalizedText title, LocalizedText description, List<NormDefinition> norms)
      implements Serializable {}

  public record NormDefinition(
      String code,
      LocalizedText title,
      LocalizedText guidance,
      NormLevel level,
      Integer weight,
      List<QuestionDefinition> questions)
      implements Serializable {}

  public record QuestionDefinition(
      String code,
      LocalizedText text,
      List<RespondentRole> roles,
      AnswerType type,
      List<Option> options,
      Integer min,
      Integer max)
      implements Serializable {

    public boolean isAskedOf(RespondentRole role) {
      return roles.contains(role);
    }
  }

  public record Option(String code, LocalizedText label) implements Serializable {}

  public Stream<NormDefinition> norms() {
    return themes.stream().flatMap(t -> t.norms().stream());
  }

  public Stream<QuestionDefinition> questions() {
    return norms().flatMap(n -> n.questions().stream());
  }

  /** The roles that at least one question is asked of, in the fixed order of the role list. */
  public List<RespondentRole> roles() {
    return Stream.of(RespondentRole.values())
        .filter(r -> questions().anyMatch(q -> q.isAskedOf(r)))
        .toList();
  }
}
