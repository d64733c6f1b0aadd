package nl.wijkzicht.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a framework file, for the tests that hold the check to "accepted ⇒ imports"
 * (FrameworkMutationIT, against MariaDB) and "refused ⇒ every problem has file, line and message"
 * (FrameworkMutationTest). The same seed gives the same mutant.
 */
final class FrameworkMutator {

  /** One mutant: its file name ({@code <code>/<version>.yaml}), text and what was done. */
  record Mutant(String name, String text, String description) {}

  private static final Pattern TOP_CODE = Pattern.compile("(?m)^code: .*$");
  private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*[\"']?([^\"'\\s#]*)");
  private static final Pattern CODE = Pattern.compile("(?<=\\bcode:\\s{0,3})[A-Za-z0-9._-]+");
  private static final Pattern VALUE =
      Pattern.compile(
          "(?<=\\b(?:code|nl|en|colour|level|rule|type|score|weight|from|to|min|max):\\s{0,3})"
              + "[^\\s,}\\]][^,}\\]\\n]*");
  private static final Pattern TEXT = Pattern.compile("(?<=\\b(?:nl|en):\\s{0,3})[^,}\\n]+");
  private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(?=[,}\\s])");
  private static final Pattern KEY_LINE =
      Pattern.compile(
          "^\\s*-?\\s*(code|title|text|roles|type|level|label|colour|rule|norms|questions|options"
              + "|source|weight|score|min|max|from|to|version|languages|themes|roll_up|bands"
              + "|levels|not_assessed|rating_scale):.*$");
  private static final Pattern FLOW_PAIR =
      Pattern.compile("(?<=[{,]\\s?)[a-z_]+: (\\{[^}]*\\}|\"[^\"]*\"|[^,}{]+)(, )?");
  private static final Pattern ENUM_VALUE =
      Pattern.compile("(?<=\\b(?:type|level|rule):\\s{0,3})[a-z_]+|(?<=roles: \\[)[a-z_]+");

  private static final String[] INVISIBLE = {
    " ", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u3000", "\u2007", "\u180e",
    "\u00ad", "\u3164", "\u2800", "\u034f", "\t"
  };
  private static final String[][] CONFUSABLE = {
    {"a", "\u0430"}, {"e", "\u0435"}, {"o", "\u043e"}, {"p", "\u0440"}, {"c", "\u0441"},
    {"x", "\u0445"}, {"A", "\u0410"}, {"B", "\u0412"}, {"C", "\u0421"}, {"E", "\u0415"},
    {"H", "\u041d"}, {"K", "\u041a"}, {"M", "\u041c"}, {"O", "\u041f"}, {"P", "\u0420"},
    {"T", "\u0422"}, {"i", "\u0456"}, {"I", "\u0399"}, {"N", "\u039d"}, {"1", "\u0661"}
  };
  private static final String[] TAGS = {
    "!!str ",
    "!!int ",
    "!!binary ",
    "!!map ",
    "!!seq ",
    "!foo ",
    "! ",
    "!!timestamp ",
    "!!set ",
    "!!float ",
    "!!null ",
    "!<tag:yaml.org,2002:str> "
  };
  private static final String[] WRONG = {
    "[a, b]", "{x: 1}", "12", "true", "null", "~", "\"\"", "''", "[]", "{}", "- a", "-1", "1.5"
  };
  private static final String[] NUMBERS = {
    "-1",
    "0",
    "2147483647",
    "2147483648",
    "-2147483649",
    "99999999999",
    "1e3",
    "0x10",
    "+5",
    "007",
    "1_000",
    "3.5",
    "\"4\"",
    "'3'",
    "0o7",
    ".inf",
    "١٢"
  };
  private static final String[] SPECIAL = {
    ":", "#", "&a ", "*a ", "\"", "'", "\t", "{", "}", "[", "]", "\u0000", "\u0007", "\u2028",
    "\u0085", "%", "@", "`", "|", ">", "\\", "\ud800", "\udfff", "- ", "? ", "\r"
  };
  private static final String[] MULTIBYTE = {"é", "€", "\uD83D\uDE00", "a", "\u4e2d", "\u00a0"};

  private final Random random;
  private final List<String> done = new ArrayList<>();

  private FrameworkMutator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A mutant of {@code base}, renamed to framework {@code code} (so that a mutant that imports does
   * not meet the shipped version), with one to three mutations chosen by {@code seed}.
   */
  static Mutant mutate(String base, String code, long seed) {
    return new FrameworkMutator(seed).mutant(base, code);
  }

  private Mutant mutant(String base, String code) {
    String text = TOP_CODE.matcher(base).replaceFirst("code: " + code);
    int count = random.nextInt(10) < 7 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
    for (int i = 0; i < count; i++) {
      text = one(text);
    }
    Matcher version = VERSION.matcher(text);
    String name = code + "/" + (version.find() ? version.group(1) : "1.0") + ".yaml";
    return new Mutant(name, text, String.join(" + ", done));
  }

  private String one(String text) {
    List<BiFunction<FrameworkMutator, String, String>> mutations =
        List.of(
            FrameworkMutator::caseDuplicate,
            FrameworkMutator::caseDuplicate,
            FrameworkMutator::blank,
            FrameworkMutator::blank,
            FrameworkMutator::invisibleInside,
            FrameworkMutator::overlong,
            FrameworkMutator::overlong,
            FrameworkMutator::version,
            FrameworkMutator::confusable,
            FrameworkMutator::tag,
            FrameworkMutator::unquotedVersion,
            FrameworkMutator::deleteKeyLine,
            FrameworkMutator::deleteFlowPair,
            FrameworkMutator::wrongType,
            FrameworkMutator::duplicateLine,
            FrameworkMutator::deleteLine,
            FrameworkMutator::swapLines,
            FrameworkMutator::number,
            FrameworkMutator::lineEnds,
            FrameworkMutator::special,
            FrameworkMutator::escapedText,
            FrameworkMutator::truncate,
            FrameworkMutator::longCode,
            FrameworkMutator::enumCase);
    return mutations.get(random.nextInt(mutations.size())).apply(this, text);
  }

  // The mutations.

  private String caseDuplicate(String text) {
    List<int[]> codes = matches(CODE, text);
    if (codes.size() < 3) {
      return text;
    }
    int[] target = codes.get(1 + random.nextInt(codes.size() - 1));
    int[] source = codes.get(1 + random.nextInt(codes.size() - 1));
    String code = text.substring(source[0], source[1]);
    String changed = random.nextBoolean() ? swapCase(code) : flipOne(code);
    done.add("caseDuplicate " + text.substring(target[0], target[1]) + "->" + changed);
    return replace(text, target, changed);
  }

  private String blank(String text) {
    int[] at = pick(VALUE, text);
    if (at == null) {
      return text;
    }
    StringBuilder blank = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      blank.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
    }
    String quote = random.nextBoolean() ? "\"" : "'";
    done.add("blank " + text.substring(at[0], at[1]).strip() + " -> " + escape(blank.toString()));
    return replace(text, at, quote + blank + quote);
  }

  private String invisibleInside(String text) {
    int[] at = pick(random.nextBoolean() ? CODE : TEXT, text);
    if (at == null) {
      return text;
    }
    String value = text.substring(at[0], at[1]);
    int position = random.nextInt(value.length() + 1);
    String invisible = INVISIBLE[random.nextInt(INVISIBLE.length)];
    done.add("invisibleInside " + value + " at " + position + ": " + escape(invisible));
    return replace(
        text,
        at,
        "\"" + value.substring(0, position) + invisible + value.substring(position) + "\"");
  }

  private String overlong(String text) {
    int[] at = pick(TEXT, text);
    if (at == null) {
      return text;
    }
    String unit = MULTIBYTE[random.nextInt(MULTIBYTE.length)];
    int bytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int characters =
        switch (random.nextInt(3)) {
          case 0 -> 299 + random.nextInt(3);
          case 1 -> 65_535 / bytes - 1 + random.nextInt(3);
          default -> 1 + random.nextInt(2_000);
        };
    done.add("overlong " + characters + " x " + escape(unit));
    return replace(text, at, "\"" + unit.repeat(characters) + "\"");
  }

  private String version(String text) {
    String[] versions = {
      "1." + "9".repeat(5 + random.nextInt(8)),
      "1.0.0.0.0",
      "01.0",
      "1.0 ",
      "\u0661.\u0660",
      "2147483648",
      "999999.999999.999999.999999",
      "1..0",
      "v2",
      "1.0\u200b",
      "",
      "1.0" + "0".repeat(random.nextInt(25))
    };
    String version = versions[random.nextInt(versions.length)];
    done.add("version " + escape(version));
    return text.replaceFirst("(?m)^version: .*$", "version: \"" + version + "\"");
  }

  private String confusable(String text) {
    int[] at = pick(CODE, text);
    if (at == null) {
      return text;
    }
    String code = text.substring(at[0], at[1]);
    for (int tries = 0; tries < 10; tries++) {
      String[] pair = CONFUSABLE[random.nextInt(CONFUSABLE.length)];
      if (code.contains(pair[0])) {
        done.add("confusable " + code + " " + pair[0] + "->" + escape(pair[1]));
        return replace(text, at, code.replaceFirst(Pattern.quote(pair[0]), pair[1]));
      }
    }
    return text;
  }

  private String tag(String text) {
    int[] at = pick(VALUE, text);
    if (at == null) {
      return text;
    }
    String tag = TAGS[random.nextInt(TAGS.length)];
    done.add("tag " + tag.strip() + " on " + text.substring(at[0], at[1]).strip());
    return text.substring(0, at[0]) + tag + text.substring(at[0]);
  }

  private String unquotedVersion(String text) {
    done.add("unquotedVersion");
    return text.replaceFirst("(?m)^version: \"([^\"]*)\"", "version: $1");
  }

  private String deleteKeyLine(String text) {
    List<String> lines = lines(text);
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (KEY_LINE.matcher(lines.get(i)).matches()) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return text;
    }
    int line = candidates.get(random.nextInt(candidates.size()));
    done.add("deleteKeyLine " + (line + 1) + ": " + lines.get(line).strip());
    lines.remove(line);
    return String.join("\n", lines);
  }

  private String deleteFlowPair(String text) {
    int[] at = pick(FLOW_PAIR, text);
    if (at == null) {
      return text;
    }
    done.add("deleteFlowPair " + text.substring(at[0], at[1]));
    return replace(text, at, "");
  }

  private String wrongType(String text) {
    int[] at = pick(VALUE, text);
    if (at == null) {
      return text;
    }
    String wrong = WRONG[random.nextInt(WRONG.length)];
    done.add("wrongType " + text.substring(at[0], at[1]).strip() + " -> " + wrong);
    return replace(text, at, wrong);
  }

  private String duplicateLine(String text) {
    List<String> lines = lines(text);
    int line = random.nextInt(lines.size());
    done.add("duplicateLine " + (line + 1));
    lines.add(line, lines.get(line));
    return String.join("\n", lines);
  }

  private String deleteLine(String text) {
    List<String> lines = lines(text);
    int line = random.nextInt(lines.size());
    done.add("deleteLine " + (line + 1));
    lines.remove(line);
    return String.join("\n", lines);
  }

  private String swapLines(String text) {
    List<String> lines = lines(text);
    int a = random.nextInt(lines.size());
    int b = Math.min(lines.size() - 1, a + 1 + random.nextInt(3));
    done.add("swapLines " + (a + 1) + "," + (b + 1));
    String swap = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, swap);
    return String.join("\n", lines);
  }

  private String number(String text) {
    int[] at = pick(NUMBER, text);
    if (at == null) {
      return text;
    }
    String number = NUMBERS[random.nextInt(NUMBERS.length)];
    done.add("number " + text.substring(at[0], at[1]) + " -> " + number);
    return replace(text, at, number);
  }

  private String lineEnds(String text) {
    int kind = random.nextInt(3);
    done.add("lineEnds " + new String[] {"CRLF", "CR", "BOM+CRLF"}[kind]);
    return switch (kind) {
      case 0 -> text.replace("\n", "\r\n");
      case 1 -> text.replace("\n", "\r");
      default -> "\uFEFF" + text.replace("\n", "\r\n");
    };
  }

  private String special(String text) {
    int position = random.nextInt(text.length() + 1);
    String special = SPECIAL[random.nextInt(SPECIAL.length)];
    done.add("special " + escape(special) + " at " + position);
    return text.substring(0, position) + special + text.substring(position);
  }

  private String escapedText(String text) {
    int[] at = pick(TEXT, text);
    if (at == null) {
      return text;
    }
    String[] escapes = {"\\uD800", "\\uDFFF x", "\\0", "\\x00a", "\\U0001F600", "\\e", "\\N"};
    String escape = escapes[random.nextInt(escapes.length)];
    done.add("escapedText " + escape);
    return replace(text, at, "\"" + escape + " tekst\"");
  }

  private String truncate(String text) {
    int position = text.length() / 2 + random.nextInt(text.length() / 2);
    done.add("truncate at " + position);
    return text.substring(0, position);
  }

  private String longCode(String text) {
    int[] at = pick(CODE, text);
    if (at == null) {
      return text;
    }
    int length = 39 + random.nextInt(3);
    String code = ("Q" + "a".repeat(length)).substring(0, length);
    done.add("longCode " + length);
    return replace(text, at, random.nextBoolean() ? code : code.toUpperCase(java.util.Locale.ROOT));
  }

  private String enumCase(String text) {
    int[] at = pick(ENUM_VALUE, text);
    if (at == null) {
      return text;
    }
    String value = text.substring(at[0], at[1]);
    String changed = random.nextBoolean() ? value.toUpperCase(java.util.Locale.ROOT) : value + "e";
    done.add("enumCase " + value + " -> " + changed);
    return replace(text, at, changed);
  }

  // Helpers.

  private int[] pick(Pattern pattern, String text) {
    List<int[]> found = matches(pattern, text);
    return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
  }

  private static List<int[]> matches(Pattern pattern, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(new int[] {matcher.start(), matcher.end()});
    }
    return found;
  }

  private static String replace(String text, int[] at, String by) {
    return text.substring(0, at[0]) + by + text.substring(at[1]);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  private static String swapCase(String value) {
    StringBuilder result = new StringBuilder();
    for (char c : value.toCharArray()) {
      result.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return result.toString();
  }

  private String flipOne(String value) {
    List<Integer> letters = new ArrayList<>();
    for (int i = 0; i < value.length(); i++) {
      if (Character.isLetter(value.charAt(i))) {
        letters.add(i);
      }
    }
    if (letters.isEmpty()) {
      return value;
    }
    int i = letters.get(random.nextInt(letters.size()));
    char c = value.charAt(i);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return value.substring(0, i) + flipped + value.substring(i + 1);
  }

  private static String escape(String value) {
    StringBuilder result = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c ->
                result.append(
                    c < 0x20 || c > 0x7e
                        ? String.format(java.util.Locale.ROOT, "\\u%04X", c)
                        : String.valueOf((char) c)));
    return result.length() > 40 ? result.substring(0, 40) + "..." : result.toString();
  }
}
