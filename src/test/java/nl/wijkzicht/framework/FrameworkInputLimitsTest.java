package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkProblem;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import org.junit.jupiter.api.Test;

/**
 * What MariaDB would refuse is refused by the reader at its line, and no input crashes it: each
 * rule of issue 12 on a variant of the minimal valid file (src/test/resources/frameworks/valid).
 */
class FrameworkInputLimitsTest {

  private static final String FILE = "minimaal/1.0.yaml";

  private static String minimal() throws IOException {
    return Files.readString(
        Path.of("src/test/resources/frameworks/valid/minimaal/1.0.yaml"), StandardCharsets.UTF_8);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  private static FrameworkProblem single(String text) {
    FrameworkReadResult result = FrameworkYamlReader.read(FILE, text);
    assertThat(result.definition()).isNull();
    assertThat(result.problems()).hasSize(1);
    FrameworkProblem problem = result.problems().get(0);
    assertThat(problem.file()).isEqualTo(FILE);
    assertThat(problem.message()).isNotBlank().doesNotStartWith("framework.problem");
    assertThat(problem.message(Locale.ENGLISH)).isNotBlank().doesNotStartWith("framework.problem");
    return problem;
  }

  @Test
  void codesThatDifferOnlyInCaseAreDuplicatesAsInTheDatabase() throws IOException {
    FrameworkProblem problem = single(replace(minimal(), "code: Q2", "code: q1"));
    assertThat(problem.line()).isEqualTo(34);
    assertThat(problem.key()).isEqualTo("framework.problem.duplicateCodeCase");
    assertThat(problem.message())
        .isEqualTo(
            "Code \"q1\" verschilt alleen in hoofdletters of kleine letters van \"Q1\" (regel 30);"
                + " de database ziet dat als dezelfde code. Kies een andere code.");
    // Options and scale levels share their unique keys in the same way.
    assertThat(single(replace(minimal(), "{code: nee,", "{code: JA,")).line()).isEqualTo(40);
    assertThat(single(replace(minimal(), "{code: nb,", "{code: GOED,")).line()).isEqualTo(13);
  }

  @Test
  void aValueWithoutAVisibleCharacterIsMissing() throws IOException {
    for (String blank : List.of("\"   \"", "\"\u00a0\"", "\"\u200b\"", "\"\u2060\u00a0\u200d\"")) {
      FrameworkProblem code = single(replace(minimal(), "code: Q2", "code: " + blank));
      assertThat(code.line()).as(blank).isEqualTo(34);
      assertThat(code.key()).isEqualTo("framework.problem.blankValue");
      assertThat(code.message()).contains("geen zichtbare tekst");

      FrameworkProblem dutch =
          single(replace(minimal(), "text: {nl: Vraag een?}", "text: {nl: " + blank + "}"));
      assertThat(dutch.line()).isEqualTo(31);
      assertThat(dutch.key()).isEqualTo("framework.problem.missingDutch");

      FrameworkProblem role =
          single(replace(minimal(), "roles: [huisarts]", "roles: [huisarts, " + blank + "]"));
      assertThat(role.line()).isEqualTo(32);
      assertThat(role.key()).isEqualTo("framework.problem.blankValue");
    }
  }

  @Test
  void aTextKeepsNoInvisibleCharactersAtItsEnds() throws IOException {
    FrameworkReadResult result =
        FrameworkYamlReader.read(
            FILE, replace(minimal(), "{nl: Thema een}", "{nl: \"\u00a0Thema een\u200b \"}"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.definition().themes().get(0).title().nl()).isEqualTo("Thema een");
  }

  @Test
  void aCharacterThatOnlyLooksLatinIsNamed() throws IOException {
    // "Т" is the Cyrillic capital TE.
    FrameworkProblem problem = single(replace(minimal(), "code: T1", "code: \u04221"));
    assertThat(problem.line()).isEqualTo(22);
    assertThat(problem.key()).isEqualTo("framework.problem.invalidCodeCharacter");
    assertThat(problem.message())
        .contains("\"\u04221\"")
        .contains("plaats 1")
        .contains("\"\u0422\" U+0422 cyrillic capital letter te");
    FrameworkProblem hidden = single(replace(minimal(), "code: N1", "code: \"N\u200b1\""));
    assertThat(hidden.line()).isEqualTo(25);
    assertThat(hidden.message()).contains("U+200B zero width space").contains("plaats 2");
  }

  @Test
  void explicitTagsAreRefused() throws IOException {
    FrameworkProblem problem = single(replace(minimal(), "weight: 1", "weight: !!int 1"));
    assertThat(problem.line()).isEqualTo(28);
    assertThat(problem.key()).isEqualTo("framework.problem.tag");
    assertThat(problem.message()).contains("tag:yaml.org,2002:int").contains("niet toegestaan");
    assertThat(
            single(replace(minimal(), "title: {nl: Norm een}", "title: !mijn {nl: Norm een}"))
                .line())
        .isEqualTo(26);
  }

  @Test
  void theVersionMustBeAQuotedStringWithPartsThatFit() throws IOException {
    FrameworkProblem unquoted = single(replace(minimal(), "version: \"1.0\"", "version: 1.0"));
    assertThat(unquoted.line()).isEqualTo(3);
    assertThat(unquoted.key()).isEqualTo("framework.problem.versionNotQuoted");
    assertThat(unquoted.message()).contains("version: \"1.0\"");

    FrameworkReadResult huge =
        FrameworkYamlReader.read(
            "minimaal/1.99999999999.yaml",
            replace(minimal(), "version: \"1.0\"", "version: \"1.99999999999\""));
    assertThat(huge.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.key()).isEqualTo("framework.problem.versionPart");
            });
  }

  @Test
  void numbersBeyondAnIntAreNotNumbers() throws IOException {
    FrameworkProblem problem = single(replace(minimal(), "weight: 1", "weight: 99999999999"));
    assertThat(problem.line()).isEqualTo(28);
    assertThat(problem.key()).isEqualTo("framework.problem.notANumber");
  }

  @Test
  void textsAreMeasuredAsTheDatabaseStoresThem() throws IOException {
    // TEXT holds 65,535 bytes: 21,846 euro signs are 65,538 bytes but only 21,846 characters.
    String euros = "€".repeat(21_846);
    FrameworkProblem text =
        single(replace(minimal(), "text: {nl: Vraag een?}", "text: {nl: \"" + euros + "\"}"));
    assertThat(text.line()).isEqualTo(31);
    assertThat(text.key()).isEqualTo("framework.problem.tooLongBytes");
    assertThat(text.message()).contains("65538 bytes").contains("65535");
    assertThat(
            FrameworkYamlReader.read(
                    FILE,
                    replace(
                        minimal(),
                        "text: {nl: Vraag een?}",
                        "text: {nl: \"" + "€".repeat(21_845) + "\"}"))
                .problems())
        .isEmpty();

    // VARCHAR(300) counts characters: 300 emoji fit (600 Java chars), 301 do not.
    String emoji = "\uD83D\uDE00";
    assertThat(
            FrameworkYamlReader.read(
                    FILE, replace(minimal(), "{nl: Thema een}", "{nl: " + emoji.repeat(300) + "}"))
                .problems())
        .isEmpty();
    FrameworkProblem title =
        single(replace(minimal(), "{nl: Thema een}", "{nl: " + emoji.repeat(301) + "}"));
    assertThat(title.line()).isEqualTo(23);
    assertThat(title.message()).contains("301 tekens");
  }

  @Test
  void deepNestingIsRefusedWithItsLine() throws IOException {
    String deep = minimal() + "extra: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    FrameworkProblem problem = single(deep);
    assertThat(problem.key()).isEqualTo("framework.problem.tooDeep");
    assertThat(problem.line()).isEqualTo(41);
    assertThat(problem.toString()).startsWith(FILE + ":41:").contains("te diep genest");
  }

  @Test
  void anAliasBombIsRefusedWithItsLine() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = String.valueOf((char) (c - 1));
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)))
          .append("]\n");
    }
    FrameworkProblem problem = single(bomb.toString());
    assertThat(problem.key()).isEqualTo("framework.problem.tooManyAliases");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).contains("meer dan 20 verwijzingen");
  }

  @Test
  void aTooLargeFileSaysTooLargeNotInvalidYaml() throws IOException {
    String large = minimal() + ("# " + "x".repeat(98) + "\n").repeat(11_000);
    FrameworkProblem problem = single(large);
    assertThat(problem.key()).isEqualTo("framework.problem.tooLarge");
    assertThat(problem.message())
        .startsWith("Het bestand is te groot:")
        .contains("1048576")
        .doesNotContain("YAML");
    assertThat(problem.message(Locale.ENGLISH)).startsWith("The file is too large:");
    assertThat(FrameworkYamlReader.MAX_BYTES).isEqualTo(1024 * 1024);
  }

  @Test
  void invalidUtf8GivesItsLineAndColumn() throws IOException {
    byte[] good = minimal().getBytes(StandardCharsets.UTF_8);
    String text = minimal();
    int at = text.indexOf("Thema een");
    byte[] bytes = good.clone();
    int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    bytes[offset] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    FrameworkReadResult result = FrameworkYamlReader.read(FrameworkFile.of(FILE, bytes));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.toString())
                  .startsWith(FILE + ":23:17: Het bestand is geen geldige UTF-8-tekst: byte 0xC3");
            });
    assertThat(FrameworkYamlReader.read(FrameworkFile.of(FILE, good)).problems()).isEmpty();
  }

  @Test
  void lineEndsAndAByteOrderMarkDoNotChangeTheContent() throws IOException {
    String lf = minimal();
    String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
    assertThat(FrameworkYamlReader.normalize(crlf)).isEqualTo(lf);
    assertThat(FrameworkYamlReader.read(FILE, crlf).definition())
        .isEqualTo(FrameworkYamlReader.read(FILE, lf).definition());
    // The line numbers stay those of the editor.
    FrameworkProblem problem = single(replace(crlf, "weight: 1", "weight: een"));
    assertThat(problem.line()).isEqualTo(28);
  }

  @Test
  void aControlCharacterIsNamedAtItsLine() throws IOException {
    FrameworkProblem problem = single(replace(minimal(), "Vraag een?", "Vraag\u0007 een?"));
    assertThat(problem.toString())
        .startsWith(FILE + ":31:29: Het teken U+0007 bel is niet toegestaan");
  }

  @Test
  void emojiAtAnyPlaceRead() throws IOException {
    // snakeyaml-engine 2.10 itself fails when a surrogate pair straddles its 1024-char buffer.
    for (int shift = 0; shift < 4; shift++) {
      String text =
          replace(
              minimal(),
              "text: {nl: Vraag een?}",
              "text: {nl: \"" + "x".repeat(shift) + "\uD83D\uDE00".repeat(600) + "\"}");
      assertThat(FrameworkYamlReader.read(FILE, text).problems()).as("shift %d", shift).isEmpty();
    }
  }

  @Test
  void aFrameworkCodeIsLowerCaseAsTheDatabaseComparesWithoutCase() throws IOException {
    FrameworkReadResult result =
        FrameworkYamlReader.read(
            "Minimaal/1.0.yaml", replace(minimal(), "code: minimaal", "code: Minimaal"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .startsWith(
                      "De code van een toetsingskader (\"Minimaal\") bestaat uit kleine letters");
            });
  }
}
