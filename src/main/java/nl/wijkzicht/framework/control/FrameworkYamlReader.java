package nl.wijkzicht.framework.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wijkzicht.framework.control.YamlChecker.Fields;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.NormDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.Option;
import nl.wijkzicht.framework.entity.FrameworkDefinition.QuestionDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RatingScale;
import nl.wijkzicht.framework.entity.FrameworkDefinition.RollUp;
import nl.wijkzicht.framework.entity.FrameworkDefinition.ThemeDefinition;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.framework.entity.RollUpRule;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one framework file (YAML, format in docs/frameworks.md) into a {@link FrameworkDefinition},
 * or reports every problem in it with line and column. Pure Java: no container, no database.
 *
 * <p>Three parts, by responsibility: {@link YamlChecker} loads the YAML safely and knows nothing of
 * frameworks (limits, tags, line numbers, blank and invisible values); this class is the framework
 * grammar (top level, languages, themes, norms, questions, options, codes and texts); {@link
 * FrameworkScaleRules} checks the rating scale and the roll-up rule. Everything the database would
 * refuse (lengths of codes and texts, codes that differ only in upper or lower case in a unique
 * key, numbers beyond an int) is refused here, with its line, so that a file this reader accepts
 * always imports.
 */
public final class FrameworkYamlReader {

  /** Codes: letters, digits, '.', '-', '_'; the database columns hold {@value #CODE_LENGTH}. */
  public static final int CODE_LENGTH = 40;

  /** Titles and labels, in characters (VARCHAR(300)). */
  public static final int TITLE_LENGTH = 300;

  /** Longer texts (guidance, questions, descriptions) are stored as TEXT: 65,535 bytes of UTF-8. */
  public static final int TEXT_BYTES = 65_535;

  public static final int VERSION_LENGTH = 20;

  /** Digits in one part of a version ("1.10": 1 and 10); the sort key pads each part to six. */
  public static final int VERSION_PART_DIGITS = 6;

  /** The largest framework file in bytes. */
  public static final int MAX_BYTES = YamlChecker.MAX_BYTES;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
  private static final List<String> LANGUAGES = List.of("nl", "en");

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
  private static final Set<String> THEME_KEYS = keys("code", "title", "description", "norms");
  private static final Set<String> NORM_KEYS =
      keys("code", "title", "guidance", "level", "weight", "questions");
  private static final Set<String> QUESTION_KEYS =
      keys("code", "text", "roles", "type", "options", "min", "max");
  private static final Set<String> OPTION_KEYS = keys("code", "label");
  private static final Set<String> TEXT_KEYS = keys("nl", "en");

  /** Where a code was first seen, to report a second one with the earlier line. */
  record Seen(String code, int line) {}

  private final YamlChecker yaml;
  private final FrameworkScaleRules scale;
  private boolean englishRequired;
  // First position of each code per kind, by lower-case code: MariaDB compares case-insensitively.
  private final Map<String, Map<String, Seen>> codes = new HashMap<>();

  private FrameworkYamlReader(String file) {
    this.yaml = new YamlChecker(file);
    this.scale = new FrameworkScaleRules(yaml, this);
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
    FrameworkDefinition definition;
    try {
      definition = reader.yaml.load(normalize(text)).map(reader::readFramework).orElse(null);
    } catch (RuntimeException | StackOverflowError e) {
      // No input may crash the check: whatever slipped through is this file's problem only.
      reader.yaml.problems.add(
          new FrameworkProblem(
              file, 0, 0, YamlChecker.P + "unreadable", List.of(e.getClass().getSimpleName())));
      definition = null;
    }
    List<FrameworkProblem> problems = new ArrayList<>(reader.yaml.problems);
    problems.sort(
        Comparator.comparingInt(FrameworkProblem::line).thenComparingInt(FrameworkProblem::column));
    return new FrameworkReadResult(file, definition, problems);
  }

  /**
   * The text as it is read, stored and hashed: without a byte order mark, every line ending in LF
   * (so that a checkout with CRLF line ends is the same version).
   */
  public static String normalize(String text) {
    return YamlChecker.normalize(text);
  }

  /** Reads a file from a directory or the WAR; one that could not be read gives its problem. */
  public static FrameworkReadResult read(FrameworkFile file) {
    return file.problem() != null
        ? new FrameworkReadResult(file.name(), null, List.of(file.problem()))
        : read(file.name(), file.text());
  }

  private FrameworkDefinition readFramework(Node node) {
    Fields top =
        yaml.fields(
            node,
            "(top)",
            TOP_KEYS,
            null,
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
    String code = code(top, "code", "framework", codes("framework"));
    if (code != null && !code.equals(code.toLowerCase(Locale.ROOT))) {
      // The framework's identity in a case-insensitive unique key: Kader and kader would be one.
      yaml.problem(top.get("code"), "frameworkCodeCase", code, code.toLowerCase(Locale.ROOT));
    }
    String version = top.scalar("version").orElse(null);
    if (version != null) {
      Node at = top.get("version");
      if (!YamlChecker.isQuoted(at)) {
        yaml.problem(at, "versionNotQuoted", version);
      }
      if (!VERSION.matcher(version).matches() || version.length() > VERSION_LENGTH) {
        yaml.problem(at, "versionFormat", version);
      } else if (Stream.of(version.split("\\.")).anyMatch(p -> p.length() > VERSION_PART_DIGITS)) {
        yaml.problem(at, "versionPart", version, VERSION_PART_DIGITS);
      } else {
        checkFileName(at, version, code);
      }
    }
    List<String> languages = readLanguages(top.get("languages"));
    englishRequired = languages.contains("en");
    LocalizedText title = text(top, "title", "title", TITLE_LENGTH);
    LocalizedText description = optionalText(top, "description", "description", 0);
    LocalizedText source = text(top, "source", "source", 0);

    RollUp rollUp = scale.readRollUp(top.get("roll_up"));
    RollUpRule rule = rollUp == null ? null : rollUp.rule();
    RatingScale ratingScale = RatingScale.NONE;
    Node scaleNode = top.get("rating_scale");
    if (rule == RollUpRule.COUNT && scaleNode != null) {
      yaml.problem(scaleNode, "scaleNotAllowed");
    } else if (rule != null && rule.usesRatingScale() && scaleNode == null) {
      yaml.problem(top.node, "scaleMissing", rule.code());
    } else if (scaleNode != null) {
      ratingScale = scale.readScale(scaleNode, rule);
    }
    if (rollUp != null && ratingScale != null && rule == RollUpRule.WEIGHTED_PERCENTAGE) {
      scale.checkBands(top.get("roll_up"), rollUp.bands(), ratingScale);
    }
    List<ThemeDefinition> themes = yaml.list(top.get("themes"), "themes", n -> readTheme(n, rule));
    if (!yaml.problems.isEmpty()) {
      return null;
    }
    return new FrameworkDefinition(
        code, version, title, description, languages, source, ratingScale, rollUp, themes);
  }

  private void checkFileName(Node at, String version, String code) {
    String normalized = yaml.file.replace('\\', '/');
    String name = normalized.substring(normalized.lastIndexOf('/') + 1);
    String base = name.replaceFirst("\\.ya?ml$", "");
    if (!base.equals(version)) {
      yaml.problem(at, "versionMismatch", version, name);
    }
    int slash = normalized.lastIndexOf('/');
    if (code != null && slash > 0) {
      String folder = normalized.substring(normalized.lastIndexOf('/', slash - 1) + 1, slash);
      if (!folder.equals(code)) {
        yaml.problem(at, "codeMismatch", code, folder);
      }
    }
  }

  private List<String> readLanguages(Node node) {
    if (node == null) {
      return List.of("nl");
    }
    List<String> languages = new ArrayList<>();
    for (Node item : yaml.items(node, "languages")) {
      yaml.scalarValue(item, "languages")
          .ifPresent(
              language -> {
                if (!LANGUAGES.contains(language)) {
                  yaml.unknownValue(item, "unknownLanguage", language, "languages", LANGUAGES);
                } else if (languages.contains(language)) {
                  yaml.problem(item, "duplicateLanguage", language);
                } else {
                  languages.add(language);
                }
              });
    }
    if (node instanceof SequenceNode && !languages.contains("nl")) {
      yaml.problem(node, "languagesNl");
    }
    return languages;
  }

  // Themes, norms, questions.

  private ThemeDefinition readTheme(Node node, RollUpRule rule) {
    Fields fields = yaml.fields(node, "themes", THEME_KEYS, null, "code", "title", "norms");
    if (fields == null) {
      return null;
    }
    String code = code(fields, "code", "theme", codes("theme"));
    String where = "themes[" + (code == null ? "?" : code) + "]";
    LocalizedText title = text(fields, "title", where + ".title", TITLE_LENGTH);
    LocalizedText description = optionalText(fields, "description", where + ".description", 0);
    List<NormDefinition> norms =
        yaml.list(fields.get("norms"), where + ".norms", n -> readNorm(n, where, rule));
    return new ThemeDefinition(code, title, description, norms);
  }

  private NormDefinition readNorm(Node node, String parent, RollUpRule rule) {
    Fields fields =
        yaml.fields(
            node, parent + ".norms", NORM_KEYS, null, "code", "title", "level", "questions");
    if (fields == null) {
      return null;
    }
    String code = code(fields, "code", "norm", codes("norm"));
    String where = "norm " + (code == null ? "?" : code);
    LocalizedText title = text(fields, "title", where + " title", TITLE_LENGTH);
    LocalizedText guidance = optionalText(fields, "guidance", where + " guidance", 0);
    NormLevel level =
        fields
            .scalar("level")
            .flatMap(
                value -> {
                  Optional<NormLevel> found = NormLevel.ofCode(value);
                  if (found.isEmpty()) {
                    yaml.unknownValue(
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
      yaml.problem(fields.get("weight"), "weightNotUsed", where, rule.code());
    } else if (weight != null && weight <= 0) {
      yaml.problem(fields.get("weight"), "weightNotPositive", where);
    } else if (fields.get("weight") == null && rule != null && rule.usesWeights()) {
      yaml.problem(fields.node, "weightMissing", where);
    }
    List<QuestionDefinition> questions =
        yaml.list(fields.get("questions"), where + " questions", this::readQuestion);
    return new NormDefinition(code, title, guidance, level, weight, questions);
  }

  private QuestionDefinition readQuestion(Node node) {
    Fields fields =
        yaml.fields(node, "questions", QUESTION_KEYS, null, "code", "text", "roles", "type");
    if (fields == null) {
      return null;
    }
    String code = code(fields, "code", "question", codes("question"));
    String where = "question " + (code == null ? "?" : code);
    LocalizedText text = text(fields, "text", where + " text", 0);
    List<RespondentRole> roles = new ArrayList<>();
    Node rolesNode = fields.get("roles");
    if (rolesNode != null) {
      List<Node> items = yaml.items(rolesNode, where + " roles");
      if (rolesNode instanceof SequenceNode && items.isEmpty()) {
        yaml.problem(rolesNode, "emptyList", where + " roles");
      }
      for (Node item : items) {
        yaml.scalarValue(item, where + " roles")
            .ifPresent(
                value -> {
                  Optional<RespondentRole> role = RespondentRole.ofCode(value);
                  if (role.isEmpty()) {
                    yaml.unknownValue(
                        item,
                        "unknownRole",
                        value,
                        where,
                        codesOf(RespondentRole.values(), RespondentRole::code));
                  } else if (roles.contains(role.get())) {
                    yaml.problem(item, "duplicateRole", value, where);
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
                    yaml.unknownValue(
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
        yaml.problem(fields.node, "optionsMissing", where, type.code());
      } else {
        Map<String, Seen> seen = new HashMap<>();
        options = yaml.list(optionsNode, where + " options", n -> readOption(n, where, seen));
        if (optionsNode instanceof SequenceNode seq && seq.getValue().size() == 1) {
          yaml.problem(optionsNode, "optionsTooFew", where);
        }
      }
    } else if (type != null && optionsNode != null) {
      yaml.problem(optionsNode, "optionsNotAllowed", where, type.code());
    }

    Integer min = fields.integer("min", where + " min").orElse(null);
    Integer max = fields.integer("max", where + " max").orElse(null);
    if (type == AnswerType.SCALE && (fields.get("min") == null || fields.get("max") == null)) {
      yaml.problem(fields.node, "scaleBoundsMissing", where);
    } else if (type != null
        && type != AnswerType.SCALE
        && type != AnswerType.NUMBER
        && (fields.get("min") != null || fields.get("max") != null)) {
      yaml.problem(
          Optional.ofNullable(fields.get("min")).orElse(fields.get("max")),
          "boundsNotAllowed",
          where,
          type.code());
    }
    if (min != null && max != null && min >= max) {
      yaml.problem(fields.get("min"), "scaleRange", where, min, max);
    }
    return new QuestionDefinition(code, text, List.copyOf(roles), type, options, min, max);
  }

  private Option readOption(Node node, String question, Map<String, Seen> seen) {
    Fields fields = yaml.fields(node, question + " options", OPTION_KEYS, null, "code", "label");
    if (fields == null) {
      return null;
    }
    String code = code(fields, "code", "option", seen);
    LocalizedText label = text(fields, "label", question + " option " + code, TITLE_LENGTH);
    return new Option(code, label);
  }

  // Codes and texts.

  Map<String, Seen> codes(String kind) {
    return codes.computeIfAbsent(kind, k -> new HashMap<>());
  }

  /**
   * A code, checked for form and for uniqueness among {@code seen} (by lower case, as MariaDB's
   * unique keys compare). A character outside ASCII is named with its code point and Unicode name,
   * so that a Cyrillic "С" in a Latin code, or a zero-width space, shows.
   */
  String code(Fields fields, String key, String kind, Map<String, Seen> seen) {
    Optional<String> value = fields.scalar(key);
    if (value.isEmpty()) {
      return null;
    }
    String code = value.get();
    Node at = fields.get(key);
    int position = 0;
    for (int i = 0; i < code.length(); i += Character.charCount(code.codePointAt(i))) {
      position++;
      int c = code.codePointAt(i);
      if (c > 0x7F) { // looks like a Latin letter or shows nothing: name it
        yaml.problem(at, "invalidCodeCharacter", code, YamlChecker.describe(c), position);
        return code;
      }
    }
    if (!CODE.matcher(code).matches() || code.length() > CODE_LENGTH) {
      yaml.problem(at, "invalidCode", code, CODE_LENGTH);
      return code;
    }
    Seen earlier =
        seen.putIfAbsent(code.toLowerCase(Locale.ROOT), new Seen(code, YamlChecker.line(at)));
    if (earlier != null && earlier.code().equals(code)) {
      yaml.problem(at, "duplicateCode." + kind, code, earlier.line());
    } else if (earlier != null) {
      yaml.problem(at, "duplicateCodeCase", code, earlier.code(), earlier.line());
    }
    return code;
  }

  LocalizedText text(Fields fields, String key, String what, int maxLength) {
    Node value = fields.get(key);
    return value == null ? LocalizedText.EMPTY : readText(value, what, maxLength);
  }

  LocalizedText optionalText(Fields fields, String key, String what, int maxLength) {
    Node value = fields.get(key);
    return value == null ? null : readText(value, what, maxLength);
  }

  /**
   * A text per language; {@code maxLength} characters when it is a title or label, else at most
   * {@link #TEXT_BYTES} bytes of UTF-8.
   */
  private LocalizedText readText(Node node, String what, int maxLength) {
    if (!(node instanceof MappingNode)) {
      yaml.problem(node, "notAText", what);
      return LocalizedText.EMPTY;
    }
    Fields fields =
        yaml.fields(node, what, TEXT_KEYS, (mapping, key) -> commaInText(mapping, key, what));
    if (fields == null) {
      return LocalizedText.EMPTY;
    }
    String nl = fields.scalar("nl").orElse(null);
    String en = fields.scalar("en").orElse(null);
    if (nl == null) {
      yaml.problem(node, "missingDutch", what);
    }
    if (englishRequired && en == null) {
      yaml.problem(node, "missingEnglish", what);
    }
    for (String value : Stream.of(nl, en).filter(java.util.Objects::nonNull).toList()) {
      int characters = value.codePointCount(0, value.length());
      if (maxLength > 0 && characters > maxLength) {
        yaml.problem(node, "tooLong", what, characters, maxLength);
      } else if (maxLength == 0 && YamlChecker.utf8Length(value) > TEXT_BYTES) {
        yaml.problem(node, "tooLongBytes", what, YamlChecker.utf8Length(value), TEXT_BYTES);
      }
    }
    return new LocalizedText(nl == null ? "" : nl, en);
  }

  /** {nl: Eén, twee} reads as the keys "nl" and "twee": the usual cause is a comma in the text. */
  private boolean commaInText(MappingNode mapping, ScalarNode key, String what) {
    if (mapping.getFlowStyle() != FlowStyle.FLOW) {
      return false;
    }
    yaml.problem(key, "commaInText", key.getValue(), what);
    return true;
  }

  private static <E> List<String> codesOf(E[] values, Function<E, String> code) {
    return Stream.of(values).map(code).toList();
  }

  static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }

  /** The allowed key closest to a misspelt one, if it is close enough to be a typo. */
  static Optional<String> closest(String key, Set<String> allowed) {
    return YamlChecker.closest(key, allowed);
  }
}
