package nl.wijkzicht.framework.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkzicht.framework.control.YamlChecker.Fields;
import nl.wijkzicht.framework.entity.FrameworkDefinition.Band;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingLevel;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingScale;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RollUp;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.RollUpRule;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The rating scale and roll-up rules of a framework file: levels best first with their scores and
 * colours, "not assessed", the rule and, for weighted_percentage, bands that cover the possible
 * results without gaps or overlaps. Part of {@link FrameworkYamlReader}.
 */
final class FrameworkScaleRules {

  private static final Set<String> SCALE_KEYS = FrameworkYamlReader.keys("levels", "not_assessed");
  private static final Set<String> LEVEL_KEYS =
      FrameworkYamlReader.keys("code", "label", "colour", "score");
  private static final Set<String> ROLL_UP_KEYS = FrameworkYamlReader.keys("rule", "bands");
  private static final Set<String> BAND_KEYS = FrameworkYamlReader.keys("from", "to", "level");
  private static final java.util.regex.Pattern COLOUR =
      java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

  private final YamlChecker yaml;
  private final FrameworkYamlReader grammar;
  // Where each band was written, so band problems point at its line.
  private final Map<Band, Node> bandNodes = new IdentityHashMap<>();

  FrameworkScaleRules(YamlChecker yaml, FrameworkYamlReader grammar) {
    this.yaml = yaml;
    this.grammar = grammar;
  }

  RatingScale readScale(Node node, RollUpRule rule) {
    Fields fields = yaml.fields(node, "rating_scale", SCALE_KEYS, null, "levels", "not_assessed");
    if (fields == null) {
      return null;
    }
    Map<String, FrameworkYamlReader.Seen> seen = new HashMap<>();
    List<RatingLevel> levels =
        yaml.list(
            fields.get("levels"), "rating_scale.levels", n -> readLevel(n, false, rule, seen));
    if (fields.get("levels") instanceof SequenceNode seq && seq.getValue().size() == 1) {
      yaml.problem(seq, "levelsTooFew");
    }
    RatingLevel notAssessed =
        fields.get("not_assessed") == null
            ? null
            : readLevel(fields.get("not_assessed"), true, rule, seen);
    Integer previousScore = null;
    String previousCode = null;
    List<Node> levelNodes =
        fields.get("levels") instanceof SequenceNode seq ? seq.getValue() : List.of();
    for (int i = 0; i < levels.size() && i < levelNodes.size(); i++) {
      RatingLevel level = levels.get(i);
      if (level != null && level.score() != null) {
        if (previousScore != null && level.score() >= previousScore) {
          yaml.problem(
              levelNodes.get(i),
              "scoreOrder",
              level.code(),
              level.score(),
              previousCode,
              previousScore);
        }
        previousScore = level.score();
        previousCode = level.code();
      }
    }
    return new RatingScale(levels, notAssessed);
  }

  private RatingLevel readLevel(
      Node node, boolean notAssessed, RollUpRule rule, Map<String, FrameworkYamlReader.Seen> seen) {
    String where = notAssessed ? "rating_scale.not_assessed" : "rating_scale.levels";
    Fields fields = yaml.fields(node, where, LEVEL_KEYS, null, "code", "label", "colour");
    if (fields == null) {
      return null;
    }
    String code = grammar.code(fields, "code", "level", seen);
    if (code != null) {
      where = where + "[" + code + "]";
    }
    LocalizedText label =
        grammar.text(fields, "label", where + ".label", FrameworkYamlReader.TITLE_LENGTH);
    String colour = fields.scalar("colour").orElse(null);
    if (colour != null && !COLOUR.matcher(colour).matches()) {
      yaml.problem(fields.get("colour"), "colour", colour, where);
    }
    Integer score = fields.integer("score", where + ".score").orElse(null);
    if (notAssessed && fields.get("score") != null) {
      yaml.problem(fields.get("score"), "scoreNotAssessed", code);
    } else if (!notAssessed
        && score == null
        && fields.get("score") == null
        && rule == RollUpRule.WEIGHTED_PERCENTAGE) {
      yaml.problem(fields.node, "scoreMissing", code);
    } else if (score != null && score < 0) {
      yaml.problem(fields.get("score"), "scoreNegative", code);
    }
    return new RatingLevel(
        code,
        label,
        colour == null ? null : colour.toLowerCase(java.util.Locale.ROOT),
        notAssessed ? null : score,
        notAssessed);
  }

  RollUp readRollUp(Node node) {
    if (node == null) {
      return null;
    }
    Fields fields = yaml.fields(node, "roll_up", ROLL_UP_KEYS, null, "rule");
    if (fields == null) {
      return null;
    }
    Optional<String> ruleCode = fields.scalar("rule");
    if (ruleCode.isEmpty()) {
      return null;
    }
    Optional<RollUpRule> rule = RollUpRule.ofCode(ruleCode.get());
    if (rule.isEmpty()) {
      yaml.unknownValue(
          fields.get("rule"),
          "unknownRule",
          ruleCode.get(),
          "roll_up.rule",
          Stream.of(RollUpRule.values()).map(RollUpRule::code).toList());
      return null;
    }
    List<Band> bands = List.of();
    Node bandsNode = fields.get("bands");
    if (rule.get() != RollUpRule.WEIGHTED_PERCENTAGE && bandsNode != null) {
      yaml.problem(bandsNode, "bandsNotUsed", rule.get().code());
    } else if (rule.get() == RollUpRule.WEIGHTED_PERCENTAGE) {
      if (bandsNode == null) {
        yaml.problem(fields.node, "bandsMissing");
      } else {
        bands = yaml.list(bandsNode, "roll_up.bands", this::readBand);
      }
    }
    return new RollUp(rule.get(), bands);
  }

  private Band readBand(Node node) {
    Fields fields = yaml.fields(node, "roll_up.bands", BAND_KEYS, null, "from", "to", "level");
    if (fields == null) {
      return null;
    }
    Optional<Integer> from = fields.integer("from", "roll_up.bands.from");
    Optional<Integer> to = fields.integer("to", "roll_up.bands.to");
    Optional<String> level = fields.scalar("level");
    if (from.isEmpty() || to.isEmpty() || level.isEmpty()) {
      return null;
    }
    if (from.get() > to.get() || from.get() < 0 || to.get() > 100) {
      yaml.problem(node, "bandRange", from.get(), to.get());
      return null;
    }
    Band band = new Band(from.get(), to.get(), level.get());
    bandNodes.put(band, node);
    return band;
  }

  void checkBands(Node rollUpNode, List<Band> bands, RatingScale scale) {
    List<Band> sorted =
        bands.stream()
            .filter(Objects::nonNull)
            .sorted(Comparator.comparingInt(Band::from))
            .toList();
    for (Band band : sorted) {
      Node at = bandNodes.getOrDefault(band, rollUpNode);
      Optional<RatingLevel> level = scale.level(band.level());
      if (level.isEmpty()) {
        yaml.problem(
            at,
            "unknownLevel",
            band.level(),
            "roll_up.bands",
            scale.levels().stream()
                .filter(Objects::nonNull)
                .map(RatingLevel::code)
                .collect(Collectors.joining(", ")));
      } else if (level.get().notAssessed()) {
        yaml.problem(at, "bandNotAssessed", band.level());
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      Band previous = sorted.get(i - 1);
      Band band = sorted.get(i);
      Node at = bandNodes.getOrDefault(band, rollUpNode);
      if (band.from() <= previous.to()) {
        yaml.problem(at, "bandOverlap", band.from(), band.to(), previous.from(), previous.to());
      } else if (band.from() > previous.to() + 1) {
        yaml.problem(
            at,
            "bandGap",
            previous.from(),
            previous.to(),
            band.from(),
            band.to(),
            previous.to() + 1,
            band.from() - 1);
      }
    }
    if (!sorted.isEmpty()) {
      Band last = sorted.get(sorted.size() - 1);
      if (last.to() != 100) {
        yaml.problem(bandNodes.getOrDefault(last, rollUpNode), "bandEnd", last.to());
      }
      List<Integer> scores =
          scale.levels().stream()
              .filter(Objects::nonNull)
              .map(RatingLevel::score)
              .filter(Objects::nonNull)
              .toList();
      if (!scores.isEmpty() && scores.stream().mapToInt(Integer::intValue).max().getAsInt() > 0) {
        int lowest =
            (int)
                Math.floor(
                    100.0
                        * scores.stream().mapToInt(Integer::intValue).min().getAsInt()
                        / scores.stream().mapToInt(Integer::intValue).max().getAsInt());
        Band first = sorted.get(0);
        if (first.from() > lowest) {
          yaml.problem(
              bandNodes.getOrDefault(first, rollUpNode), "bandStart", first.from(), lowest);
        }
      }
    }
  }
}
