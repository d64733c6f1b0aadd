package nl.wijkzicht.framework.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
 * its content; and the two places they come from: a directory, or the copy bundled in the WAR. A
 * file that cannot be read as text (too large, not UTF-8, an I/O error) has no text but a {@code
 * problem}, so that one such file never stops the others from being checked and imported.
 */
public record FrameworkFile(String name, String text, FrameworkProblem problem) {

  public FrameworkFile(String name, String text) {
    this(name, text, null);
  }

  /** The file from its bytes: UTF-8 text, or the problem why not (with the line of a bad byte). */
  public static FrameworkFile of(String name, byte[] bytes) {
    if (bytes.length > YamlChecker.MAX_BYTES) {
      return tooLarge(name, bytes.length);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String bad = String.format(java.util.Locale.ROOT, "0x%02X", bytes[offset] & 0xff);
      return new FrameworkFile(
          name,
          null,
          new FrameworkProblem(
              name, line, offset - lineStart + 1, YamlChecker.P + "encoding", List.of(bad)));
    }
    decoder.flush(out);
    return new FrameworkFile(name, out.flip().toString(), null);
  }

  private static FrameworkFile tooLarge(String name, long size) {
    return new FrameworkFile(
        name,
        null,
        new FrameworkProblem(
            name, 0, 0, YamlChecker.P + "tooLarge", List.of(size, YamlChecker.MAX_BYTES)));
  }

  private static FrameworkFile read(String name, Path path) {
    try {
      long size = Files.size(path);
      if (size > YamlChecker.MAX_BYTES) {
        return tooLarge(name, size); // not read into memory at all
      }
      return of(name, Files.readAllBytes(path));
    } catch (IOException e) {
      return new FrameworkFile(
          name,
          null,
          new FrameworkProblem(
              name, 0, 0, YamlChecker.P + "unreadableFile", List.of(String.valueOf(e))));
    }
  }

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
          files.add(read(name, path));
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
