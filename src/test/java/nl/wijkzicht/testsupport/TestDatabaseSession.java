package nl.wijkzicht.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.wijkzicht.devserver.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts an empty embedded MariaDB before the integration tests and stops it after them, so the
 * Flyway migrations run on an empty database in every run. Active only in the failsafe run (which
 * sets {@code test.db.dir}) and only when {@code test.db.embedded} is not false; with {@code
 * -Dtest.db.embedded=false} the tests use the external server named by {@code test.db.url}. Payara
 * Micro, started by Arquillian, inherits the database settings as environment variables.
 */
public class TestDatabaseSession implements LauncherSessionListener {

  private EmbeddedMariaDb db;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String dir = System.getProperty("test.db.dir");
    if (dir == null || dir.isBlank() || "false".equals(System.getProperty("test.db.embedded"))) {
      return;
    }
    Path root = Path.of(dir);
    Path data = root.resolve("data");
    deleteRecursively(data);
    try {
      db =
          EmbeddedMariaDb.start(
              root.resolve("base"),
              data,
              Integer.parseInt(System.getProperty("test.db.port")),
              "wijkzicht_test",
              System.getProperty("test.db.user"),
              System.getProperty("test.db.password"));
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot start the embedded MariaDB for the tests in " + root, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (db != null) {
      try {
        db.close();
      } catch (Exception e) {
        System.err.println("Could not stop the embedded MariaDB: " + e);
      }
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
