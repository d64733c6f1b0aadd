package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wijkzicht.framework.control.FrameworkFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkFileTest {

  @Test
  void theBuildBundlesTheShippedFrameworksOnTheClassPath() throws IOException {
    List<FrameworkFile> bundled = FrameworkFile.readBundled(getClass().getClassLoader());
    List<FrameworkFile> shipped = FrameworkFile.readDirectory(Path.of("audit-frameworks"));
    assertThat(bundled)
        .extracting(FrameworkFile::name)
        .containsExactlyElementsOf(shipped.stream().map(FrameworkFile::name).toList());
    assertThat(bundled)
        .extracting(FrameworkFile::name)
        .contains("samenwerking-huisarts-wijkverpleging/1.0.yaml")
        .noneMatch(name -> name.startsWith("schema/"));
  }

  @Test
  void readsYamlFilesByRelativeNameAndSkipsTheSchemaFolder(@TempDir Path directory)
      throws IOException {
    Files.createDirectories(directory.resolve("kader"));
    Files.createDirectories(directory.resolve("schema"));
    Files.writeString(directory.resolve("kader/1.0.yaml"), "code: kader");
    Files.writeString(directory.resolve("kader/2.0.yml"), "code: kader");
    Files.writeString(directory.resolve("kader/notes.txt"), "not a framework");
    Files.writeString(directory.resolve("schema/x.yaml"), "not a framework");
    assertThat(FrameworkFile.readDirectory(directory))
        .extracting(FrameworkFile::name)
        .containsExactly("kader/1.0.yaml", "kader/2.0.yml");
  }
}
