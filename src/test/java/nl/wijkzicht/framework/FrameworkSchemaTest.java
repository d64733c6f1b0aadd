package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.wijkzicht.framework.control.FrameworkFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The published JSON Schema (audit-frameworks/schema) and the Java reader must agree: every shipped
 * file passes the schema, and defects the schema can express are caught by it too.
 */
class FrameworkSchemaTest {

  private static JsonSchema schema;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        Files.newInputStream(Path.of("audit-frameworks/schema/framework.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void everyShippedFrameworkMatchesTheSchema() throws IOException {
    for (FrameworkFile file : FrameworkFile.readDirectory(Path.of("audit-frameworks"))) {
      assertThat(validate(file.text())).as(file.name()).isEmpty();
      assertThat(file.text())
          .as(file.name())
          .startsWith("# yaml-language-server: $schema=../schema/framework.schema.json");
    }
  }

  @Test
  void theMinimalTestFrameworkMatchesTheSchema() throws IOException {
    assertThat(
            validate(
                Files.readString(Path.of("src/test/resources/frameworks/valid/minimaal/1.0.yaml"))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-role",
        "unknown-answer-type",
        "missing-dutch-text",
        "choice-without-options",
        "options-on-open-question",
        "scale-without-bounds",
        "unknown-rule",
        "unknown-top-level-key",
        "string-where-list-expected",
        "text-not-per-language",
        "missing-required-key",
        "unknown-norm-level",
        "invalid-colour",
        "invalid-code",
        "unknown-language",
        "bands-on-majority",
        "comma-in-flow-text",
        "version-not-quoted",
        "look-alike-character"
      })
  void theSchemaAlsoRejectsDefectsItCanExpress(String name) throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/frameworks/broken/" + name + ".yaml"));
    assertThat(validate(text)).as(name).isNotEmpty();
  }

  private static Set<ValidationMessage> validate(String yaml) {
    Object data =
        new Load(
                LoadSettings.builder()
                    .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
                    .build())
            .loadFromString(yaml);
    JsonNode node = JSON.valueToTree(data);
    return schema.validate(node);
  }
}
