package nl.wijkzicht.framework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command-line check CI and policy officers run on a directory of framework files. */
class FrameworkCheckTest {

  @Test
  void passesTheShippedFrameworks() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int problems =
        FrameworkCheck.check(
            List.of("audit-frameworks"),
            Locale.forLanguageTag("nl"),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(problems).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("OK    audit-frameworks/samenwerking-huisarts-wijkverpleging/1.0.yaml")
        .contains("3 file(s), 0 problem(s).");
  }

  @Test
  void printsEveryProblemWithFileLineAndColumn() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int problems =
        FrameworkCheck.check(
            List.of("src/test/resources/frameworks/broken"),
            Locale.ENGLISH,
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(problems).isGreaterThan(40);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("FOUT  src/test/resources/frameworks/broken/unknown-role.yaml")
        .containsPattern(
            "src/test/resources/frameworks/broken/unknown-role\\.yaml:\\d+:\\d+: Unknown respondent role \"dokter\"");
  }
}
