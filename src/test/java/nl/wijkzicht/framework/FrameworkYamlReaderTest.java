package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkProblem;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.framework.entity.RollUpRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader on the minimal valid file, on every shipped framework and on the corpus of broken
 * files in src/test/resources/frameworks/broken: each broken file says in its header which problems
 * (line, key, a fragment of the Dutch message) it must give, and it must give exactly those.
 */
class FrameworkYamlReaderTest {

  private static final Path CORPUS = Path.of("src/test/resources/frameworks");
  private static final Pattern AS = Pattern.compile("^# as: (\\S+)$", Pattern.MULTILINE);
  private static final Pattern EXPECT =
      Pattern.compile("^# expect: (\\d+) (\\S+) \\| (.+)$", Pattern.MULTILINE);

  @Test
  void readsTheMinimalFramework() throws IOException {
    FrameworkReadResult result =
        read(CORPUS.resolve("valid/minimaal/1.0.yaml"), "minimaal/1.0.yaml");
    assertThat(result.problems()).isEmpty();
    FrameworkDefinition framework = result.definition();
    assertThat(framework.code()).isEqualTo("minimaal");
    assertThat(framework.version()).isEqualTo("1.0");
    assertThat(framework.title().nl()).isEqualTo("Minimaal kader");
    assertThat(framework.title().in(Locale.ENGLISH)).isEqualTo("Minimal framework");
    assertThat(framework.ratingScale().levels())
        .extracting(l -> l.code())
        .containsExactly("goed", "redelijk", "matig", "slecht");
    assertThat(framework.ratingScale().notAssessed().notAssessed()).isTrue();
    assertThat(framework.ratingScale().notAssessed().score()).isNull();
    assertThat(framework.rollUp().rule()).isEqualTo(RollUpRule.WEIGHTED_PERCENTAGE);
    assertThat(framework.rollUp().bands()).hasSize(4);
    var norm = framework.themes().get(0).norms().get(0);
    assertThat(norm.level()).isEqualTo(NormLevel.CLIENT);
    assertThat(norm.weight()).isEqualTo(1);
    assertThat(norm.questions().get(1).type()).isEqualTo(AnswerType.SINGLE_CHOICE);
    assertThat(norm.questions().get(1).options())
        .extracting(o -> o.code())
        .containsExactly("ja", "nee");
    assertThat(framework.roles()).containsExactly(RespondentRole.HUISARTS, RespondentRole.OUDERE);
  }

  @Test
  void everyShippedFrameworkIsValid() throws IOException {
    List<FrameworkFile> files = FrameworkFile.readDirectory(Path.of("audit-frameworks"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (FrameworkFile file : files) {
      FrameworkReadResult result = FrameworkYamlReader.read(file.name(), file.text());
      assertThat(result.problems()).as(file.name()).isEmpty();
      assertThat(result.definition().source().nl())
          .as(file.name())
          .contains("geen officiële tekst");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFileGivesItsExpectedProblemsWithLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher as = AS.matcher(text);
    assertThat(as.find()).as("header '# as:' in %s", file).isTrue();
    List<String> expected = new ArrayList<>();
    List<String> fragments = new ArrayList<>();
    Matcher expect = EXPECT.matcher(text);
    while (expect.find()) {
      expected.add(expect.group(1) + " " + expect.group(2));
      fragments.add(expect.group(3));
    }
    assertThat(expected).as("header '# expect:' in %s", file).isNotEmpty();

    FrameworkReadResult result = FrameworkYamlReader.read(as.group(1), text);

    assertThat(result.isValid()).isFalse();
    assertThat(result.framework()).as("a broken file never half-loads").isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.key())
        .as("problems of %s: %s", file.getFileName(), result.problems())
        .containsExactlyInAnyOrderElementsOf(expected);
    for (String fragment : fragments) {
      assertThat(result.problems())
          .extracting(FrameworkProblem::message)
          .anySatisfy(m -> assertThat(m).contains(fragment));
    }
    assertThat(result.problems())
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(as.group(1));
              assertThat(p.message(Locale.ENGLISH)).doesNotStartWith("framework.problem");
              assertThat(p.message()).doesNotStartWith("framework.problem");
            });
  }

  @Test
  void theCorpusCoversAtLeastFifteenKindsOfDefect() throws IOException {
    List<String> kinds = new ArrayList<>();
    for (Path file : brokenFiles().toList()) {
      Matcher expect = EXPECT.matcher(Files.readString(file));
      while (expect.find()) {
        kinds.add(expect.group(2));
      }
    }
    assertThat(kinds.stream().distinct().count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void reportsEveryDefectOfAFileAtOnceInLineOrder() throws IOException {
    Path file = CORPUS.resolve("broken/several-defects.yaml");
    FrameworkReadResult result =
        FrameworkYamlReader.read("minimaal/1.0.yaml", Files.readString(file));
    assertThat(result.problems()).hasSize(5);
    assertThat(result.problems()).extracting(FrameworkProblem::line).isSorted();
    assertThat(result.problems().get(0).toString()).matches("minimaal/1\\.0\\.yaml:\\d+:\\d+: .+");
  }

  @Test
  void givesTheSameProblemsInEnglish() throws IOException {
    Path file = CORPUS.resolve("broken/unknown-role.yaml");
    FrameworkReadResult result =
        FrameworkYamlReader.read("minimaal/1.0.yaml", Files.readString(file));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message(Locale.ENGLISH))
                    .startsWith(
                        "Unknown respondent role \"dokter\" in question Q1. Allowed: huisarts, poh"));
  }

  static Stream<Path> brokenFiles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve("broken"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static FrameworkReadResult read(Path file, String name) throws IOException {
    return FrameworkYamlReader.read(name, Files.readString(file, StandardCharsets.UTF_8));
  }
}
