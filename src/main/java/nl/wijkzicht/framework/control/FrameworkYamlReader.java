package nl.wijkzicht.framework.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.Band;
import nl.wijkzicht.framework.entity.FrameworkDefinition.NormDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.Option;
import nl.wijkzicht.framework.entity.FrameworkDefinition.QuestionDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingLevel;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingScale;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RollUp;
import nl.wijkzicht.framework.entity.FrameworkDefinition.ThemeDefinition;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.framework.entity.RollUpRule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one framework file (YAML, format in docs/frameworks.md) into a {@link FrameworkDefinition},
 * or reports every problem in it with line and column. Pure Java: no container, no database.
 *
 * <p>The YAML is composed into a node tree (not bound to objects) so that each value keeps its
 * position, unknown keys (typos) are caught, and checking goes on after the first problem.
 */
public final class FrameworkYamlReader {

  /** Codes: letters, digits, '.', '-', '_'; the database columns hold {@value #CODE_LENGTH}. */
  public static final int CODE_LENGTH = 40;

  /** Titles and labels; longer texts (guidance, questions) are stored as TEXT. */
  public static final int TITLE_LENGTH = 300;

  public static final int VERSION_LENGTH = 20;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final List<String> LANGUAGES = List.of("nl", "en");
  private static final String P = "framework.problem.";

  private static final Set<String> TOP_KEYS =
      keys(
          "code",
          "version",
          "title",
          "description",
          "languages",
          "source",
          "rating_scale",
          "roll_up",
          "themes");
  private static final Set<String> SCALE_KEYS = keys("levels", "not_assessed");
  private static final Set<String> LEVEL_KEYS = keys("code", "label", "colour", "score");
  private static final Set<String> ROLL_UP_KEYS = keys("rule", "bands");
  private static final Set<String> BAND_KEYS = keys("from", "to", "level");
  private static final Set<String> THEME_KEYS = keys("code", "title", "description", "norms");
  private static final Set<String> NORM_KEYS =
      keys("code", "title", "guidance", "level", "weight", "questions");
  private static final Set<String> QUESTION_KEYS =
      keys("code", "text", "roles", "type", "options", "min", "max");
  private static final Set<String> OPTION_KEYS = keys("code", "label");
  private static final Set<String> TEXT_KEYS = keys("nl", "en");

  private final String file;
  private final List<FrameworkProblem> problems = new ArrayList<>();
  private boolean englishRequired;
  // First position of each code per kind, to report duplicates with the earlier line.
  private final Map<String, Map<String, Integer>> codes = new HashMap<>();
  // Where each band was written, so band problems point at its line.
  private final Map<Band, Node> bandNodes = new java.util.IdentityHashMap<>();

  private FrameworkYamlReader(String file) {
    this.file = file;
  }

  /**
   * Reads a framework file.
   *
   * @param file the path relative to the frameworks directory, {@code <code>/<version>.yaml}; its
   *     folder and name are checked against the code and version inside
   * @param text the file's content
   */
  public static FrameworkReadResult read(String file, String text) {
    FrameworkYamlReader reader = new FrameworkYamlReader(file);
    FrameworkDefinition definition = reader.readDocument(text);
    reader.problems.sort(
        Comparator.comparingInt(FrameworkProblem::line).thenComparingInt(FrameworkProblem::column));
    return new FrameworkReadResult(file, definition, reader.problems);
  }

  private FrameworkDefinition readDocument(String text) {
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(10).build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String problem = Optional.ofNullable(e.getProblem()).orElse(e.getMessage());
      problems.add(
          new FrameworkProblem(
              file,
              mark.map(m -> m.getLine() + 1).orElse(0),
              mark.map(m -> m.getColumn() + 1).orElse(0),
              P + "yaml",
              List.of(problem)));
      return null;
    } catch (YamlEngineException e) {
      problems.add(
          new FrameworkProblem(file, 0, 0, P + "yaml", List.of(String.valueOf(e.getMessage()))));
      return null;
    }
    if (root.isEmpty() || isNull(root.get())) {
      problems.add(new FrameworkProblem(file, 1, 1, P + "empty", List.of()));
      return null;
    }
    return readFramework(root.get());
  }

  private FrameworkDefinition readFramework(Node node) {
    Fields top =
        fields(
            node,
            "(top)",
            TOP_KEYS,
            "code",
            "version",
            "title",
            "languages",
            "source",
            "roll_up",
            "themes");
    if (top == null) {
      return null;
    }
    String code = top.code("code", "framework");
    String version = top.scalar("version").orElse(null);
    if (version != null) {
      if (!VERSION.matcher(version).matches() || version.length() > VERSION_LENGTH) {
        problem(top.get("version"), "versionFormat", version);
      } else {
        checkFileName(top.get("version"), version, code);
      }
    }
    List<String> languages = readLanguages(top.get("languages"));
    englishRequired = languages.contains("en");
    LocalizedText title = top.text("title", "title", TITLE_LENGTH);
    LocalizedText description = top.optionalText("description", "description", 0);
    LocalizedText source = top.text("source", "source", 0);

    RollUp rollUp = readRollUp(top.get("roll_up"));
    RollUpRule rule = rollUp == null ? null : rollUp.rule();
    RatingScale scale = RatingScale.NONE;
    Node scaleNode = top.get("rating_scale");
    if (rule == RollUpRule.COUNT && scaleNode != null) {
      problem(scaleNode, "scaleNotAllowed");
    } else if (rule != null && rule.usesRatingScale() && scaleNode == null) {
      problem(top.node, "scaleMissing", rule.code());
    } else if (scaleNode != null) {
      scale = readScale(scaleNode, rule);
    }
    if (rollUp != null && scale != null && rule == RollUpRule.WEIGHTED_PERCENTAGE) {
      checkBands(top.get("roll_up"), rollUp.bands(), scale);
    }
    List<ThemeDefinition> themes = list(top.get("themes"), "themes", n -> readTheme(n, rule));
    if (!problems.isEmpty()) {
      return null;
    }
    return new FrameworkDefinition(
        code, version, title, description, languages, source, scale, rollUp, themes);
  }

  private void checkFileName(Node at, String version, String code) {
    String normalized = file.replace('\\', '/');
    String name = normalized.substring(normalized.lastIndexOf('/') + 1);
    String base = name.replaceFirst("\\.ya?ml$", "");
    if (!base.equals(version)) {
      problem(at, "versionMismatch", version, name);
    }
    int slash = normalized.lastIndexOf('/');
    if (code != null && slash > 0) {
      String folder = normalized.substring(normalized.lastIndexOf('/', slash - 1) + 1, slash);
      if (!folder.equals(code)) {
        problem(at, "codeMismatch", code, folder);
      }
    }
  }

  private List<String> readLanguages(Node node) {
    if (node == null) {
      return List.of("nl");
    }
    List<String> languages = new ArrayList<>();
    for (Node item : items(node, "languages")) {
      scalarValue(item, "languages")
          .ifPresent(
              language -> {
                if (!LANGUAGES.contains(language)) {
                  unknownValue(item, "unknownLanguage", language, "languages", LANGUAGES);
                } else if (languages.contains(language)) {
                  problem(item, "duplicateLanguage", language);
                } else {
                  languages.add(language);
                }
              });
    }
    if (node instanceof SequenceNode && !languages.contains("nl")) {
      problem(node, "languagesNl");
    }
    return languages;
  }

  // Rating scale and roll-up.

  private RatingScale readScale(Node node, RollUpRule rule) {
    Fields fields = fields(node, "rating_scale", SCALE_KEYS, "levels", "not_assessed");
    if (fields == null) {
      return null;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<RatingLevel> levels =
        list(fields.get("levels"), "rating_scale.levels", n -> readLevel(n, false, rule, seen));
    if (fields.get("levels") instanceof SequenceNode seq && seq.getValue().size() == 1) {
      problem(seq, "levelsTooFew");
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
          problem(
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
      Node node, boolean notAssessed, RollUpRule rule, Map<String, Integer> seen) {
    String where = notAssessed ? "rating_scale.not_assessed" : "rating_scale.levels";
    Fields fields = fields(node, where, LEVEL_KEYS, "code", "label", "colour");
    if (fields == null) {
      return null;
    }
    String code = fields.code("code", null);
    if (code != null) {
      unique(seen, fields.get("code"), code, "level");
      where = where + "[" + code + "]";
    }
    LocalizedText label = fields.text("label", where + ".label", TITLE_LENGTH);
    String colour = fields.scalar("colour").orElse(null);
    if (colour != null && !COLOUR.matcher(colour).matches()) {
      problem(fields.get("colour"), "colour", colour, where);
    }
    Integer score = fields.integer("score", where + ".score").orElse(null);
    if (notAssessed && fields.get("score") != null) {
      problem(fields.get("score"), "scoreNotAssessed", code);
    } else if (!notAssessed
        && score == null
        && fields.get("score") == null
        && rule == RollUpRule.WEIGHTED_PERCENTAGE) {
      problem(fields.node, "scoreMissing", code);
    } else if (score != null && score < 0) {
      problem(fields.get("score"), "scoreNegative", code);
    }
    return new RatingLevel(
        code,
        label,
        colour == null ? null : colour.toLowerCase(java.util.Locale.ROOT),
        notAssessed ? null : score,
        notAssessed);
  }

  private RollUp readRollUp(Node node) {
    if (node == null) {
      return null;
    }
    Fields fields = fields(node, "roll_up", ROLL_UP_KEYS, "rule");
    if (fields == null) {
      return null;
    }
    Optional<String> ruleCode = fields.scalar("rule");
    if (ruleCode.isEmpty()) {
      return null;
    }
    Optional<RollUpRule> rule = RollUpRule.ofCode(ruleCode.get());
    if (rule.isEmpty()) {
      unknownValue(
          fields.get("rule"),
          "unknownRule",
          ruleCode.get(),
          "roll_up.rule",
          codesOf(RollUpRule.values(), RollUpRule::code));
      return null;
    }
    List<Band> bands = List.of();
    Node bandsNode = fields.get("bands");
    if (rule.get() != RollUpRule.WEIGHTED_PERCENTAGE && bandsNode != null) {
      problem(bandsNode, "bandsNotUsed", rule.get().code());
    } else if (rule.get() == RollUpRule.WEIGHTED_PERCENTAGE) {
      if (bandsNode == null) {
        problem(fields.node, "bandsMissing");
      } else {
        bands = list(bandsNode, "roll_up.bands", this::readBand);
      }
    }
    return new RollUp(rule.get(), bands);
  }

  private Band readBand(Node node) {
    Fields fields = fields(node, "roll_up.bands", BAND_KEYS, "from", "to", "level");
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
      problem(node, "bandRange", from.get(), to.get());
      return null;
    }
    Band band = new Band(from.get(), to.get(), level.get());
    bandNodes.put(band, node);
    return band;
  }

  private void checkBands(Node rollUpNode, List<Band> bands, RatingScale scale) {
    List<Band> sorted =
        bands.stream()
            .filter(java.util.Objects::nonNull)
            .sorted(Comparator.comparingInt(Band::from))
            .toList();
    for (Band band : sorted) {
      Node at = bandNodes.getOrDefault(band, rollUpNode);
      Optional<RatingLevel> level = scale.level(band.level());
      if (level.isEmpty()) {
        problem(
            at,
            "unknownLevel",
            band.level(),
            "roll_up.bands",
            scale.levels().stream()
                .filter(java.util.Objects::nonNull)
                .map(RatingLevel::code)
                .collect(Collectors.joining(", ")));
      } else if (level.get().notAssessed()) {
        problem(at, "bandNotAssessed", band.level());
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      Band previous = sorted.get(i - 1);
      Band band = sorted.get(i);
      Node at = bandNodes.getOrDefault(band, rollUpNode);
      if (band.from() <= previous.to()) {
        problem(at, "bandOverlap", band.from(), band.to(), previous.from(), previous.to());
      } else if (band.from() > previous.to() + 1) {
        problem(
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
        problem(bandNodes.getOrDefault(last, rollUpNode), "bandEnd", last.to());
      }
      List<Integer> scores =
          scale.levels().stream()
              .filter(java.util.Objects::nonNull)
              .map(RatingLevel::score)
              .filter(java.util.Objects::nonNull)
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
          problem(bandNodes.getOrDefault(first, rollUpNode), "bandStart", first.from(), lowest);
        }
      }
    }
  }

  // Themes, norms, questions.

  private ThemeDefinition readTheme(Node node, RollUpRule rule) {
    Fields fields = fields(node, "themes", THEME_KEYS, "code", "title", "norms");
    if (fields == null) {
      return null;
    }
    String code = fields.code("code", "theme");
    String where = "themes[" + (code == null ? "?" : code) + "]";
    LocalizedText title = fields.text("title", where + ".title", TITLE_LENGTH);
    LocalizedText description = fields.optionalText("description", where + ".description", 0);
    List<NormDefinition> norms =
        list(fields.get("norms"), where + ".norms", n -> readNorm(n, where, rule));
    return new ThemeDefinition(code, title, description, norms);
  }

  private NormDefinition readNorm(Node node, String parent, RollUpRule rule) {
    Fields fields =
        fields(node, parent + ".norms", NORM_KEYS, "code", "title", "level", "questions");
    if (fields == null) {
      return null;
    }
    String code = fields.code("code", "norm");
    String where = "norm " + (code == null ? "?" : code);
    LocalizedText title = fields.text("title", where + " title", TITLE_LENGTH);
    LocalizedText guidance = fields.optionalText("guidance", where + " guidance", 0);
    NormLevel level =
        fields
            .scalar("level")
            .flatMap(
                value -> {
                  Optional<NormLevel> found = NormLevel.ofCode(value);
                  if (found.isEmpty()) {
                    unknownValue(
                        fields.get("level"),
                        "unknownNormLevel",
                        value,
                        where,
                        codesOf(NormLevel.values(), NormLevel::code));
                  }
                  return found;
                })
            .orElse(null);
    Integer weight = fields.integer("weight", where + " weight").orElse(null);
    if (fields.get("weight") != null && rule != null && !rule.usesWeights()) {
      problem(fields.get("weight"), "weightNotUsed", where, rule.code());
    } else if (weight != null && weight <= 0) {
      problem(fields.get("weight"), "weightNotPositive", where);
    } else if (fields.get("weight") == null && rule != null && rule.usesWeights()) {
      problem(fields.node, "weightMissing", where);
    }
    List<QuestionDefinition> questions =
        list(fields.get("questions"), where + " questions", this::readQuestion);
    return new NormDefinition(code, title, guidance, level, weight, questions);
  }

  private QuestionDefinition readQuestion(Node node) {
    Fields fields = fields(node, "questions", QUESTION_KEYS, "code", "text", "roles", "type");
    if (fields == null) {
      return null;
    }
    String code = fields.code("code", "question");
    String where = "question " + (code == null ? "?" : code);
    LocalizedText text = fields.text("text", where + " text", 0);
    List<RespondentRole> roles = new ArrayList<>();
    Node rolesNode = fields.get("roles");
    if (rolesNode != null) {
      List<Node> items = items(rolesNode, where + " roles");
      if (rolesNode instanceof SequenceNode && items.isEmpty()) {
        problem(rolesNode, "emptyList", where + " roles");
      }
      for (Node item : items) {
        scalarValue(item, where + " roles")
            .ifPresent(
                value -> {
                  Optional<RespondentRole> role = RespondentRole.ofCode(value);
                  if (role.isEmpty()) {
                    unknownValue(
                        item,
                        "unknownRole",
                        value,
                        where,
                        codesOf(RespondentRole.values(), RespondentRole::code));
                  } else if (roles.contains(role.get())) {
                    problem(item, "duplicateRole", value, where);
                  } else {
                    roles.add(role.get());
                  }
                });
      }
    }
    AnswerType type =
        fields
            .scalar("type")
            .flatMap(
                value -> {
                  Optional<AnswerType> found = AnswerType.ofCode(value);
                  if (found.isEmpty()) {
                    unknownValue(
                        fields.get("type"),
                        "unknownAnswerType",
                        value,
                        where,
                        codesOf(AnswerType.values(), AnswerType::code));
                  }
                  return found;
                })
            .orElse(null);

    List<Option> options = List.of();
    Node optionsNode = fields.get("options");
    if (type != null && type.hasOptions()) {
      if (optionsNode == null) {
        problem(fields.node, "optionsMissing", where, type.code());
      } else {
        Map<String, Integer> seen = new HashMap<>();
        options = list(optionsNode, where + " options", n -> readOption(n, where, seen));
        if (optionsNode instanceof SequenceNode seq && seq.getValue().size() == 1) {
          problem(optionsNode, "optionsTooFew", where);
        }
      }
    } else if (type != null && optionsNode != null) {
      problem(optionsNode, "optionsNotAllowed", where, type.code());
    }

    Integer min = fields.integer("min", where + " min").orElse(null);
    Integer max = fields.integer("max", where + " max").orElse(null);
    if (type == AnswerType.SCALE && (fields.get("min") == null || fields.get("max") == null)) {
      problem(fields.node, "scaleBoundsMissing", where);
    } else if (type != null
        && type != AnswerType.SCALE
        && type != AnswerType.NUMBER
        && (fields.get("min") != null || fields.get("max") != null)) {
      problem(
          Optional.ofNullable(fields.get("min")).orElse(fields.get("max")),
          "boundsNotAllowed",
          where,
          type.code());
    }
    if (min != null && max != null && min >= max) {
      problem(fields.get("min"), "scaleRange", where, min, max);
    }
    return new QuestionDefinition(code, text, List.copyOf(roles), type, options, min, max);
  }

  private Option readOption(Node node, String question, Map<String, Integer> seen) {
    Fields fields = fields(node, question + " options", OPTION_KEYS, "code", "label");
    if (fields == null) {
      return null;
    }
    String code = fields.code("code", null);
    if (code != null) {
      unique(seen, fields.get("code"), code, "option");
    }
    LocalizedText label = fields.text("label", question + " option " + code, TITLE_LENGTH);
    return new Option(code, label);
  }

  // Helpers.

  /** The values of a mapping by key, after checking for unknown, duplicate and missing keys. */
  private final class Fields {
    final MappingNode node;
    final Map<String, Node> values = new LinkedHashMap<>();
    final String where;

    Fields(MappingNode node, String where) {
      this.node = node;
      this.where = where;
    }

    Node get(String key) {
      Node value = values.get(key);
      return value == null || isNull(value) ? null : value;
    }

    Optional<String> scalar(String key) {
      Node value = get(key);
      return value == null ? Optional.empty() : scalarValue(value, where + "." + key);
    }

    Optional<Integer> integer(String key, String what) {
      return scalar(key)
          .flatMap(
              value -> {
                try {
                  return Optional.of(Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                  problem(get(key), "notANumber", what, value);
                  return Optional.empty();
                }
              });
    }

    /** A code, checked for form and, unless kind is null, for uniqueness within the framework. */
    String code(String key, String kind) {
      Optional<String> code = scalar(key);
      if (code.isEmpty()) {
        return null;
      }
      if (!CODE.matcher(code.get()).matches() || code.get().length() > CODE_LENGTH) {
        problem(get(key), "invalidCode", code.get(), CODE_LENGTH);
        return code.get();
      }
      if (kind != null) {
        unique(codes.computeIfAbsent(kind, k -> new HashMap<>()), get(key), code.get(), kind);
      }
      return code.get();
    }

    LocalizedText text(String key, String what, int maxLength) {
      Node value = get(key);
      return value == null ? LocalizedText.EMPTY : readText(value, what, maxLength);
    }

    LocalizedText optionalText(String key, String what, int maxLength) {
      Node value = get(key);
      return value == null ? null : readText(value, what, maxLength);
    }
  }

  private Fields fields(Node node, String where, Set<String> allowed, String... required) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "notAMapping", where, kind(node));
      return null;
    }
    Fields fields = new Fields(mapping, where);
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        problem(keyNode, "notAScalar", where, kind(keyNode));
        continue;
      }
      String key = scalarKey.getValue();
      if (fields.values.containsKey(key)) {
        problem(keyNode, "duplicateKey", key, where);
      } else if (allowed == TEXT_KEYS
          && !allowed.contains(key)
          && mapping.getFlowStyle() == FlowStyle.FLOW) {
        // {nl: Eén, twee} reads as the keys "nl" and "twee": the usual cause is a comma in the
        // text.
        problem(keyNode, "commaInText", key, where);
      } else if (!allowed.contains(key)) {
        Optional<String> suggestion = closest(key, allowed);
        if (suggestion.isPresent()) {
          problem(keyNode, "unknownKeySuggestion", key, where, suggestion.get());
        } else {
          problem(keyNode, "unknownKey", key, where, String.join(", ", allowed));
        }
      } else {
        fields.values.put(key, tuple.getValueNode());
      }
    }
    for (String key : required) {
      if (fields.get(key) == null) {
        problem(mapping, "missingKey", key, where);
      }
    }
    return fields;
  }

  private LocalizedText readText(Node node, String what, int maxLength) {
    if (!(node instanceof MappingNode)) {
      problem(node, "notAText", what);
      return LocalizedText.EMPTY;
    }
    Fields fields = fields(node, what, TEXT_KEYS);
    if (fields == null) {
      return LocalizedText.EMPTY;
    }
    String nl = fields.scalar("nl").map(String::strip).orElse(null);
    String en = fields.scalar("en").map(String::strip).orElse(null);
    if (nl == null || nl.isEmpty()) {
      problem(node, "missingDutch", what);
    }
    if (englishRequired && (en == null || en.isEmpty())) {
      problem(node, "missingEnglish", what);
    }
    for (String value : Stream.of(nl, en).filter(java.util.Objects::nonNull).toList()) {
      if (maxLength > 0 && value.length() > maxLength) {
        problem(node, "tooLong", what, value.length(), maxLength);
      }
    }
    return new LocalizedText(nl == null ? "" : nl, en == null || en.isEmpty() ? null : en);
  }

  private <T> List<T> list(Node node, String what, Function<Node, T> reader) {
    if (node == null) {
      return List.of();
    }
    List<Node> items = items(node, what);
    if (node instanceof SequenceNode && items.isEmpty()) {
      problem(node, "emptyList", what);
    }
    List<T> result = new ArrayList<>();
    for (Node item : items) {
      T value = reader.apply(item);
      if (value != null) {
        result.add(value);
      }
    }
    return List.copyOf(result);
  }

  private List<Node> items(Node node, String what) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "notAList", what, kind(node));
      return List.of();
    }
    return sequence.getValue();
  }

  private Optional<String> scalarValue(Node node, String what) {
    if (!(node instanceof ScalarNode scalar)) {
      problem(node, "notAScalar", what, kind(node));
      return Optional.empty();
    }
    String value = scalar.getValue().strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private void unique(Map<String, Integer> seen, Node at, String code, String kind) {
    Integer earlier = seen.putIfAbsent(code, line(at));
    if (earlier != null) {
      problem(at, "duplicateCode." + kind, code, earlier);
    }
  }

  private void problem(Node at, String key, Object... arguments) {
    problems.add(
        new FrameworkProblem(file, line(at), column(at), P + key, Arrays.asList(arguments)));
  }

  private static int line(Node node) {
    return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static int column(Node node) {
    return node == null ? 0 : node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equals("null"));
  }

  /** How a node looks, for "expected X, found Y" messages: language-neutral YAML words. */
  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "mapping";
    }
    if (node instanceof SequenceNode) {
      return "list";
    }
    return node instanceof ScalarNode scalar ? "\"" + abbreviate(scalar.getValue()) + "\"" : "?";
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 37) + "..." : value;
  }

  private static <E> List<String> codesOf(E[] values, Function<E, String> code) {
    return Stream.of(values).map(code).toList();
  }

  /**
   * A value outside a fixed list: "did you mean ..." when it is a likely typo of an allowed value,
   * else the specific message listing what is allowed. Arguments of the specific message: value,
   * where, allowed values.
   */
  private void unknownValue(Node at, String key, String value, String where, List<String> allowed) {
    Optional<String> suggestion = closest(value, new LinkedHashSet<>(allowed));
    if (suggestion.isPresent()) {
      problem(at, "unknownValueSuggestion", value, where, suggestion.get());
    } else {
      problem(at, key, value, where, String.join(", ", allowed));
    }
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }

  /** The allowed key closest to a misspelt one, if it is close enough to be a typo. */
  static Optional<String> closest(String key, Set<String> allowed) {
    return allowed.stream()
        .map(
            candidate ->
                Map.entry(candidate, distance(key.toLowerCase(java.util.Locale.ROOT), candidate)))
        .filter(e -> e.getValue() <= Math.max(1, e.getKey().length() / 3))
        .min(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
