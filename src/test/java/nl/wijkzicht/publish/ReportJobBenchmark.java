package nl.wijkzicht.publish;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.wijkzicht.testsupport.Browser;

/**
 * A benchmark, not a test (docs/performance.md, "Reports on the national study"): against a running
 * Wijkzicht with the generated national study, the demo coordinator presses "PDF maken" on the
 * publishing page for the national report and for the first area, the way the page does (an Ajax
 * post); each job is followed in the database until it ends, and the server's heap is sampled with
 * {@code jstat} every 100 ms meanwhile. Prints per job: time queued, time running (model + PDF),
 * pages, bytes, and the heap before and at its highest. Earlier download jobs of the study are
 * deleted first, so nothing is handed back from the cache.
 *
 * <p>Arguments: base URL, study id, database port, database password, Payara's process id.
 */
public final class ReportJobBenchmark {

  private ReportJobBenchmark() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    long study = Long.parseLong(args[1]);
    String url = "jdbc:mariadb://127.0.0.1:" + args[2] + "/wijkzicht";
    String pid = args[4];
    try (Connection db = DriverManager.getConnection(url, "wijkzicht", args[3])) {
      try (PreparedStatement clear =
          db.prepareStatement(
              "DELETE FROM report_job WHERE study_id = ? AND purpose = 'DOWNLOAD'")) {
        clear.setLong(1, study);
        clear.executeUpdate();
      }
      Browser coordinator = new Browser(base);
      if (coordinator.login("demo-coordinator", "wijkzicht-demo-2026").statusCode() != 302) {
        throw new IllegalStateException("login refused");
      }
      for (String button : new String[] {"scopesForm:generate", "scopesForm:scopes:0:generate"}) {
        coordinator.get("study/publish.xhtml?study=" + study);
        Heap heap = new Heap(pid);
        long before = heap.used();
        Instant pressed = Instant.now();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", button);
        form.put("jakarta.faces.partial.execute", button);
        form.put("jakarta.faces.partial.render", "scopesForm");
        form.put(button, button);
        form.put("scopesForm", "scopesForm");
        int status = coordinator.post("study/publish.xhtml?study=" + study, form).statusCode();
        long answered = Duration.between(pressed, Instant.now()).toMillis();
        String[] row = await(db, study);
        heap.stop();
        System.out.printf(
            "%s: page answered %d ms (HTTP %d); job %s, queued %s ms, ran %s ms, %s pages,"
                + " %s bytes; heap before %d MiB, highest %d MiB%n",
            button.contains(":0:") ? "area (first)" : "national",
            answered,
            status,
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            before / 1024,
            heap.highest.get() / 1024);
        try (PreparedStatement clear = db.prepareStatement("DELETE FROM report_job WHERE id = ?")) {
          clear.setString(1, row[0]);
          clear.executeUpdate();
        }
      }
    }
  }

  /** Waits for the study's newest download job to end: id, queued ms, ran ms, pages, bytes. */
  private static String[] await(Connection db, long study) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(until)) {
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT id, status, TIMESTAMPDIFF(MICROSECOND, requested_at, started_at) DIV 1000,"
                  + " TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) DIV 1000, pages,"
                  + " result_bytes, error FROM report_job WHERE study_id = ?"
                  + " AND purpose = 'DOWNLOAD' ORDER BY id DESC LIMIT 1")) {
        q.setLong(1, study);
        try (ResultSet r = q.executeQuery()) {
          if (r.next() && !r.getString(2).equals("QUEUED") && !r.getString(2).equals("RUNNING")) {
            if (!r.getString(2).equals("DONE")) {
              throw new IllegalStateException("job " + r.getLong(1) + ": " + r.getString(7));
            }
            return new String[] {
              r.getString(1), r.getString(3), r.getString(4), r.getString(5), r.getString(6)
            };
          }
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no job ended within 5 minutes");
  }

  /** The server's heap in use (KiB: survivor, eden and old generation), sampled by jstat. */
  private static final class Heap {
    final AtomicLong highest = new AtomicLong();
    private final Process jstat;
    private final String pid;

    Heap(String pid) throws Exception {
      this.pid = pid;
      jstat = new ProcessBuilder("jstat", "-gc", pid, "100").start();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = lines.readLine()) != null) {
                    long used = parse(line);
                    highest.accumulateAndGet(used, Math::max);
                  }
                } catch (Exception e) {
                  // jstat stopped
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    long used() throws Exception {
      Process once = new ProcessBuilder("jstat", "-gc", pid).start();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(once.getInputStream(), StandardCharsets.UTF_8))) {
        lines.readLine();
        return parse(lines.readLine());
      }
    }

    /** S0U + S1U + EU + OU of a "jstat -gc" line (the header gives 0). */
    private static long parse(String line) {
      String[] f = line.trim().split("\\s+");
      try {
        return Math.round(
            Double.parseDouble(f[2])
                + Double.parseDouble(f[3])
                + Double.parseDouble(f[5])
                + Double.parseDouble(f[7]));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    void stop() {
      jstat.destroy();
    }
  }
}
