package nl.wijkzicht.framework.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A framework file's name relative to the frameworks directory ({@code <code>/<version>.yaml}) and
 * its content; and the two places they come from: a directory, or the copy bundled in the WAR.
 */
public record FrameworkFile(String name, String text) {

  /** Where the build puts the shipped framework files on the classpath. */
  public static final String BUNDLED = "audit-frameworks";

  /**
   * Every {@code *.yaml} / {@code *.yml} file under the directory except the schema folder, by
   * name.
   */
  public static List<FrameworkFile> readDirectory(Path directory) throws IOException {
    List<FrameworkFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        String name = directory.relativize(path).toString().replace('\\', '/');
        if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith("schema/")) {
          files.add(new FrameworkFile(name, Files.readString(path, StandardCharsets.UTF_8)));
        }
      }
    }
    return files;
  }

  /** The framework files bundled on the classpath (WEB-INF/classes/audit-frameworks), if any. */
  public static List<FrameworkFile> readBundled(ClassLoader loader) {
    URL url = loader.getResource(BUNDLED);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("file".equals(uri.getScheme())) {
        return readDirectory(Path.of(uri));
      }
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
          return readDirectory(zip.getPath(BUNDLED));
        }
      }
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot read bundled frameworks at " + url, e);
    }
  }
}
