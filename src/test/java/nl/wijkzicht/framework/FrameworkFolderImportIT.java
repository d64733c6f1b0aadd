package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkImportReport;
import nl.wijkzicht.framework.control.FrameworkImportResult;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.entity.Framework;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One bad file never stops the rest: a folder with good files beside a deeply nested file, invalid
 * UTF-8, an alias bomb and a too-large file. Every file is in the report, the good ones are
 * imported. And line ends do not change a version's identity, also for versions stored before they
 * were normalised.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkFolderImportIT {

  private static final String SHIPPED = "handreiking-kwetsbare-ouderen-thuis";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private FrameworkService service;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void reportsEveryFileAndImportsTheGoodOnes() throws IOException {
    Path folder = Files.createTempDirectory("frameworks-");
    String shipped = shippedText();
    String good = "map-" + UUID.randomUUID().toString().substring(0, 8);
    write(folder, good + "/1.0.yaml", shipped.replace("code: " + SHIPPED, "code: " + good));
    // The shipped file with Windows line ends: the same version as the one imported at start-up.
    write(folder, SHIPPED + "/1.0.yaml", shipped.replace("\n", "\r\n"));
    write(folder, "diep/1.0.yaml", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    Files.createDirectories(folder.resolve("binair"));
    byte[] bytes = shipped.getBytes(StandardCharsets.UTF_8);
    int code =
        shipped
            .substring(0, shipped.indexOf("\ncode:") + 1)
            .getBytes(StandardCharsets.UTF_8)
            .length;
    bytes[code] = (byte) 0xFF; // the "c" of "code:" on line 5
    Files.write(folder.resolve("binair/1.0.yaml"), bytes);
    StringBuilder bomb = new StringBuilder("code: bom\na: &a [\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
    }
    write(folder, "bom/1.0.yaml", bomb.toString());
    write(folder, "groot/1.0.yaml", "# " + "x".repeat(FrameworkYamlReader.MAX_BYTES) + "\n");

    FrameworkImportReport report =
        service.importFiles(folder.toString(), FrameworkFile.readDirectory(folder));

    Map<String, FrameworkImportResult> results =
        report.results().stream()
            .collect(Collectors.toMap(FrameworkImportResult::file, Function.identity()));
    assertThat(results)
        .containsOnlyKeys(
            good + "/1.0.yaml",
            SHIPPED + "/1.0.yaml",
            "diep/1.0.yaml",
            "binair/1.0.yaml",
            "bom/1.0.yaml",
            "groot/1.0.yaml");
    assertThat(results.get(good + "/1.0.yaml").status()).isEqualTo(Status.IMPORTED);
    assertThat(results.get(SHIPPED + "/1.0.yaml").status()).isEqualTo(Status.UNCHANGED);
    assertThat(service.findVersion(good, "1.0")).isPresent();

    assertProblem(results.get("diep/1.0.yaml"), 1, "te diep genest");
    assertProblem(results.get("binair/1.0.yaml"), 5, "geen geldige UTF-8-tekst: byte 0xFF");
    assertProblem(results.get("bom/1.0.yaml"), 5, "meer dan 20 verwijzingen");
    assertProblem(results.get("groot/1.0.yaml"), 0, "Het bestand is te groot");
  }

  @Test
  void aVersionStoredWithCrlfBeforeNormalisingIsTheSameVersion() throws Exception {
    String code = "crlf-" + UUID.randomUUID().toString().substring(0, 8);
    String lf = shippedText().replace("code: " + SHIPPED, "code: " + code);
    String crlf = lf.replace("\n", "\r\n");
    transaction.begin();
    try {
      // As the import stored it before: the file's own text and the hash of its bytes.
      Framework framework = new Framework(code);
      em.persist(framework);
      em.persist(
          new FrameworkVersion(
              framework,
              FrameworkYamlReader.read(code + "/1.0.yaml", crlf).definition(),
              code + "/1.0.yaml",
              crlf,
              sha256(crlf),
              Instant.now()));
      em.flush();

      assertThat(service.importFile(code + "/1.0.yaml", lf).status()).isEqualTo(Status.UNCHANGED);
      assertThat(service.importFile(code + "/1.0.yaml", crlf).status()).isEqualTo(Status.UNCHANGED);
      assertThat(
              service
                  .importFile(code + "/1.0.yaml", lf.replace("Kwetsbare ouderen", "Ouderen"))
                  .status())
          .isEqualTo(Status.REFUSED_CHANGED);
    } finally {
      transaction.rollback();
    }
  }

  private static void assertProblem(FrameworkImportResult result, int line, String message) {
    assertThat(result.status()).isEqualTo(Status.INVALID);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(result.file());
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message()).contains(message).doesNotContain("Geen geldige YAML");
            });
  }

  private String shippedText() throws IOException {
    Path file = Path.of("audit-frameworks", SHIPPED, "1.0.yaml");
    if (Files.isRegularFile(file)) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    return FrameworkFile.readBundled(getClass().getClassLoader()).stream()
        .filter(f -> f.name().equals(SHIPPED + "/1.0.yaml"))
        .findFirst()
        .orElseThrow()
        .text();
  }

  private static void write(Path folder, String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
