package nl.wijkzicht.framework.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Generic YAML checking for one file, independent of what the file describes: safe loading within
 * limits (size, nesting, aliases), no explicit tags, problems with line and column, and values
 * without a visible character counted as missing. The framework grammar ({@link
 * FrameworkYamlReader}) and the scale rules ({@link FrameworkScaleRules}) build on it.
 */
final class YamlChecker {

  /** The largest framework file, in bytes of UTF-8 (the shipped ones are 10 to 22 kB). */
  static final int MAX_BYTES = 1024 * 1024;

  /** The deepest nesting of lists and blocks; a framework needs about eight. */
  static final int MAX_DEPTH = 40;

  /** The most aliases (*name) in a file; a framework needs none. */
  static final int MAX_ALIASES = 20;

  static final String P = "framework.problem.";

  final String file;
  final List<FrameworkProblem> problems = new ArrayList<>();

  YamlChecker(String file) {
    this.file = file;
  }

  /** The text as it is read and hashed: without byte order mark, lines ending in LF only. */
  static String normalize(String text) {
    String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return result.indexOf('\r') < 0 ? result : result.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * The root node of the text, or empty after adding the problem that stops reading (too large,
   * malformed, too deep, too many aliases, tags, empty).
   */
  Optional<Node> load(String text) {
    int bytes = utf8Length(text);
    if (bytes > MAX_BYTES) {
      problems.add(new FrameworkProblem(file, 0, 0, P + "tooLarge", List.of(bytes, MAX_BYTES)));
      return Optional.empty();
    }
    if (!checkCharacters(text)) {
      return Optional.empty();
    }
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(file)
              // The whole text in one window: snakeyaml-engine 2.10 fails with an
              // IndexOutOfBoundsException when an emoji (a surrogate pair) straddles the end of its
              // 1024-character buffer.
              .setBufferSize(text.length() + 1)
              .setMaxAliasesForCollections(MAX_ALIASES)
              .setAllowRecursiveKeys(false)
              .setCodePointLimit(MAX_BYTES + 1)
              .build();
      if (!checkEvents(settings, text)) {
        return Optional.empty();
      }
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
      return Optional.empty();
    } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
      problems.add(
          new FrameworkProblem(file, 0, 0, P + "yaml", List.of(String.valueOf(e.getMessage()))));
      return Optional.empty();
    }
    if (root.isEmpty() || isNull(root.get())) {
      problems.add(new FrameworkProblem(file, 1, 1, P + "empty", List.of()));
      return Optional.empty();
    }
    return root;
  }

  /**
   * Characters YAML does not allow (control characters, lone surrogates, U+FFFE/U+FFFF), reported
   * by name at their line and column; true when there are none.
   */
  private boolean checkCharacters(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c)) {
        problems.add(
            new FrameworkProblem(file, line, column, P + "character", List.of(describe(c))));
        return false;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** YAML 1.2's printable characters (c-printable). */
  private static boolean printable(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Walks the event stream (no tree, no recursion) for what must stop reading before the tree is
   * built: nesting deeper than {@link #MAX_DEPTH}, more than {@link #MAX_ALIASES} aliases. Explicit
   * tags are reported and reading goes on. True when the tree may be built.
   */
  private boolean checkEvents(LoadSettings settings, String text) {
    int depth = 0;
    int aliases = 0;
    boolean tags = false;
    for (Event event : new Parse(settings).parseString(text)) {
      if (event instanceof CollectionStartEvent start) {
        depth++;
        if (depth > MAX_DEPTH) {
          problem(event, "tooDeep", MAX_DEPTH);
          return false;
        }
        tags |= tag(event, start.getTag());
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      } else if (event instanceof ScalarEvent scalar) {
        tags |= tag(event, scalar.getTag());
      } else if (event instanceof AliasEvent) {
        aliases++;
        if (aliases > MAX_ALIASES) {
          problem(event, "tooManyAliases", MAX_ALIASES);
          return false;
        }
      }
    }
    return !tags;
  }

  private boolean tag(Event event, Optional<String> tag) {
    tag.ifPresent(t -> problem(event, "tag", t));
    return tag.isPresent();
  }

  private void problem(Event at, String key, Object... arguments) {
    Optional<Mark> mark = at.getStartMark();
    problems.add(
        new FrameworkProblem(
            file,
            mark.map(m -> m.getLine() + 1).orElse(0),
            mark.map(m -> m.getColumn() + 1).orElse(0),
            P + key,
            Arrays.asList(arguments)));
  }

  // Values.

  /**
   * Whether a character shows nothing: white space of any kind (also no-break spaces), format
   * characters (zero-width space and joiners, byte order mark, soft hyphen), control characters,
   * lone combining marks and the blank fillers some scripts have.
   */
  static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.FORMAT
        || type == Character.CONTROL
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0
        || c == 0x2800
        || c == 0x034F;
  }

  /** True when the value has at least one visible character. */
  static boolean visible(String value) {
    return value.codePoints().anyMatch(c -> !invisible(c));
  }

  /** The value without white space and other invisible characters at its ends. */
  static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && edge(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && edge(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  private static boolean edge(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }

  static int utf8Length(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }

  /** A character for a message: itself, its code point and its Unicode name. */
  static String describe(int c) {
    String name = Character.getName(c);
    String shown = invisible(c) ? "" : "\"" + new String(Character.toChars(c)) + "\" ";
    return shown
        + String.format(Locale.ROOT, "U+%04X", c)
        + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
  }

  // Mappings, lists and scalars.

  /** The values of a mapping by key, after checking for unknown, duplicate and missing keys. */
  final class Fields {
    final MappingNode node;
    final Map<String, Node> values = new LinkedHashMap<>();
    final String where;

    Fields(MappingNode node, String where) {
      this.node = node;
      this.where = where;
    }

    /** The value of a key; null when absent, null or without a visible character. */
    Node get(String key) {
      Node value = values.get(key);
      return value == null || isNull(value) || isBlank(value) ? null : value;
    }

    /** Whether the key is written at all, even with a null or blank value. */
    boolean written(String key) {
      return values.containsKey(key);
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
                  return Optional.of(Integer.valueOf(value));
                } catch (NumberFormatException e) {
                  problem(get(key), "notANumber", what, value);
                  return Optional.empty();
                }
              });
    }
  }

  /**
   * The fields of a mapping. Keys not in {@code allowed} are reported (with a suggestion when it
   * looks like a typo, or through {@code unknown} when that returns true); required keys must have
   * a visible value.
   */
  Fields fields(
      Node node,
      String where,
      Set<String> allowed,
      java.util.function.BiPredicate<MappingNode, ScalarNode> unknown,
      String... required) {
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
      } else if (!allowed.contains(key)) {
        if (unknown != null && unknown.test(mapping, scalarKey)) {
          continue;
        }
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
      Node value = fields.values.get(key);
      if (value != null && !isNull(value) && isBlank(value)) {
        problem(value, "blankValue", where + "." + key);
      } else if (fields.get(key) == null) {
        problem(mapping, "missingKey", key, where);
      }
    }
    return fields;
  }

  <T> List<T> list(Node node, String what, Function<Node, T> reader) {
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

  List<Node> items(Node node, String what) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "notAList", what, kind(node));
      return List.of();
    }
    return sequence.getValue();
  }

  /**
   * A scalar's value without invisible characters at its ends; a value with no visible character is
   * reported as missing and gives empty.
   */
  Optional<String> scalarValue(Node node, String what) {
    if (!(node instanceof ScalarNode scalar)) {
      problem(node, "notAScalar", what, kind(node));
      return Optional.empty();
    }
    if (isNull(node) || isBlank(node)) {
      problem(node, "blankValue", what);
      return Optional.empty();
    }
    return Optional.of(strip(scalar.getValue()));
  }

  static boolean isBlank(Node node) {
    return node instanceof ScalarNode scalar && !visible(scalar.getValue());
  }

  static boolean isQuoted(Node node) {
    return node instanceof ScalarNode scalar
        && (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
            || scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED);
  }

  void problem(Node at, String key, Object... arguments) {
    problems.add(
        new FrameworkProblem(file, line(at), column(at), P + key, Arrays.asList(arguments)));
  }

  static int line(Node node) {
    return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  static int column(Node node) {
    return node == null ? 0 : node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == ScalarStyle.PLAIN
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equals("null"));
  }

  /** How a node looks, for "expected X, found Y" messages: language-neutral YAML words. */
  static String kind(Node node) {
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

  /**
   * A value outside a fixed list: "did you mean ..." when it is a likely typo of an allowed value,
   * else the specific message listing what is allowed. Arguments of the specific message: value,
   * where, allowed values.
   */
  void unknownValue(Node at, String key, String value, String where, List<String> allowed) {
    Optional<String> suggestion = closest(value, new java.util.LinkedHashSet<>(allowed));
    if (suggestion.isPresent()) {
      problem(at, "unknownValueSuggestion", value, where, suggestion.get());
    } else {
      problem(at, key, value, where, String.join(", ", allowed));
    }
  }

  /** The allowed key closest to a misspelt one, if it is close enough to be a typo. */
  static Optional<String> closest(String key, Set<String> allowed) {
    if (key.length() > 100) {
      return Optional.empty();
    }
    return allowed.stream()
        .map(candidate -> Map.entry(candidate, distance(key.toLowerCase(Locale.ROOT), candidate)))
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
