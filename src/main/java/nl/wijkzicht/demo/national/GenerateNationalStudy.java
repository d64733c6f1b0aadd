package nl.wijkzicht.demo.national;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.demo.national.NationalPlan.Size;

/**
 * The command that runs the {@link NationalStudyGenerator} against a running Wijkzicht database
 * (docs/performance.md, "National study generator"):
 *
 * <pre>
 * WIJKZICHT_HOME=... mvn -o -q -Pgenerate-national process-classes -Dwijkzicht.demo=true \
 *     -Dwijkzicht.db.port=3316 -Dnational.seed=2026 [-Dnational.municipalities=3]
 *     [-Dnational.replace=true | -Dnational.delete=true]
 * </pre>
 *
 * <p>Settings are system properties or environment variables, as for the application: {@code
 * wijkzicht.demo} / {@code WIJKZICHT_DEMO} (must be true), {@code wijkzicht.db.url} / {@code
 * WIJKZICHT_DB_URL} (default: the start command's embedded database on {@code wijkzicht.db.port}),
 * {@code wijkzicht.db.user} / {@code WIJKZICHT_DB_USER} (default {@code wijkzicht}) and {@code
 * wijkzicht.db.password} / {@code WIJKZICHT_DB_PASSWORD} (default: the password the start command
 * keeps in {@code $WIJKZICHT_HOME/db-password}). Exit code 0 when generated, 2 when refused, 1 on
 * error.
 */
public final class GenerateNationalStudy {

  private GenerateNationalStudy() {}

  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(setting("national.seed", "2026"));
    int municipalities = Integer.parseInt(setting("national.municipalities", "0"));
    boolean replace = Boolean.parseBoolean(setting("national.replace", "false"));
    boolean demo = Boolean.parseBoolean(setting("wijkzicht.demo", "false"));
    String url =
        Optional.ofNullable(setting("wijkzicht.db.url", null))
            .orElse(
                "jdbc:mariadb://127.0.0.1:" + setting("wijkzicht.db.port", "3316") + "/wijkzicht");
    String user = setting("wijkzicht.db.user", "wijkzicht");
    String password = setting("wijkzicht.db.password", null);
    if (!demo) {
      // Say no before touching any database.
      System.err.println(NationalStudyGenerator.refusal(false, null).orElseThrow());
      System.exit(2);
    }
    if (password == null) {
      password = startCommandPassword();
    }
    NationalStudyGenerator.Options options =
        new NationalStudyGenerator.Options(seed, Size.scaledTo(municipalities), replace);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      Optional<String> refusal = NationalStudyGenerator.refusal(true, connection);
      if (refusal.isPresent()) {
        System.err.println(refusal.get());
        System.exit(2);
      }
      if (Boolean.parseBoolean(setting("national.delete", "false"))) {
        connection.setAutoCommit(false);
        NationalStudyGenerator.delete(connection, options);
        connection.commit();
        System.out.println(
            "Deleted \"" + options.title() + "\" and the providers named " + options.marker());
        return;
      }
      System.out.println(
          "Generating \"" + options.title() + "\" into " + url + " (" + options.size() + ") ...");
      NationalStudyGenerator.Result result;
      try {
        result = NationalStudyGenerator.generate(connection, options, System.out::println);
      } catch (IllegalStateException e) {
        System.err.println("Refused: " + e.getMessage() + " (-Dnational.replace=true replaces it)");
        System.exit(2);
        return;
      }
      System.out.printf(
          Locale.ROOT,
          "Generated study %d in %.1f s; content hash %s%n",
          result.studyId(),
          result.took().toMillis() / 1000.0,
          result.contentHash());
      System.out.println("Rows written per table:");
      long total = 0;
      for (Map.Entry<String, Long> row : result.rows().entrySet()) {
        System.out.printf(Locale.ROOT, "  %-20s %,12d%n", row.getKey(), row.getValue());
        total += row.getValue();
      }
      System.out.printf(Locale.ROOT, "  %-20s %,12d%n", "total", total);
      printSize(connection, result.rows().keySet());
    }
  }

  /** Data and index length per table of the schema (information_schema, after ANALYZE TABLE). */
  private static void printSize(Connection connection, java.util.Set<String> tables)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("ANALYZE TABLE " + String.join(", ", tables));
    }
    System.out.println("Database size after generation (information_schema, whole schema):");
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name, table_rows, data_length, index_length FROM"
                    + " information_schema.tables WHERE table_schema = DATABASE() ORDER BY"
                    + " data_length + index_length DESC")) {
      long data = 0;
      long index = 0;
      System.out.printf(
          Locale.ROOT, "  %-26s %12s %10s %10s%n", "table", "rows (est.)", "data MiB", "index MiB");
      while (r.next()) {
        data += r.getLong(3);
        index += r.getLong(4);
        if (r.getLong(3) + r.getLong(4) >= 1 << 20) {
          System.out.printf(
              Locale.ROOT,
              "  %-26s %,12d %10.1f %10.1f%n",
              r.getString(1),
              r.getLong(2),
              r.getLong(3) / 1048576.0,
              r.getLong(4) / 1048576.0);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "  %-26s %12s %10.1f %10.1f  (together %.1f MiB)%n",
          "all tables",
          "",
          data / 1048576.0,
          index / 1048576.0,
          (data + index) / 1048576.0);
    }
  }

  /** A system property, else the environment variable of the same name (WIJKZICHT_DB_URL style). */
  static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String startCommandPassword() throws IOException {
    String home = System.getenv("WIJKZICHT_HOME");
    Path dir =
        home == null || home.isBlank()
            ? Path.of(System.getProperty("user.home"), ".wijkzicht")
            : Path.of(home);
    Path file = dir.resolve("db-password");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "No database password given and "
              + file
              + " does not exist: set WIJKZICHT_DB_PASSWORD or WIJKZICHT_HOME.");
    }
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }
}
