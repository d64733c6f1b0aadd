package nl.wijkzicht.framework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theCheckReportsEveryFileOfAFolderAndPassesTheGoodOnes(@TempDir Path folder)
      throws IOException {
    Path good = folder.resolve("minimaal/1.0.yaml");
    Files.createDirectories(good.getParent());
    Files.copy(Path.of("src/test/resources/frameworks/valid/minimaal/1.0.yaml"), good);
    Path deep = folder.resolve("diep/1.0.yaml");
    Files.createDirectories(deep.getParent());
    Files.writeString(deep, "a: " + "[".repeat(50_000) + "]".repeat(50_000));
    Path binary = folder.resolve("binair/1.0.yaml");
    Files.createDirectories(binary.getParent());
    Files.write(binary, new byte[] {'a', ':', ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
    Path large = folder.resolve("groot/1.0.yaml");
    Files.createDirectories(large.getParent());
    Files.writeString(large, "# " + "x".repeat(2 * 1024 * 1024));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int problems =
        FrameworkCheck.check(
            List.of(folder.toString()),
            Locale.forLanguageTag("nl"),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(problems).isEqualTo(3);
    assertThat(printed)
        .contains("OK    " + folder + "/minimaal/1.0.yaml")
        .contains(folder + "/diep/1.0.yaml:1:")
        .contains(folder + "/binair/1.0.yaml:1:4: Het bestand is geen geldige UTF-8-tekst")
        .contains(folder + "/groot/1.0.yaml: Het bestand is te groot")
        .contains("4 file(s), 3 problem(s).");
  }
}
