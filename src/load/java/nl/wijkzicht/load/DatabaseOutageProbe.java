package nl.wijkzicht.load;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The database restarted under load (issue 17; docs/performance.md, "Database restarted under
 * load"). Inspectors open their interview and autosave a note every second; readers without an
 * account open the public index and the published study; meanwhile the database is stopped ({@code
 * outage.stop}, a shell command), left down {@code outage.seconds} and started again ({@code
 * outage.start}, which returns once it accepts connections). Every response is classed:
 *
 * <ul>
 *   <li><b>ok</b>: 200 with what the request is for (a page with its form; "Opgeslagen");
 *   <li><b>clean failure</b>: an error status or an Ajax error answered within {@code
 *       outage.slow.ms} (15 s: the pool's wait of 10 s and some), without a stack trace or a class
 *       name in the body;
 *   <li><b>unclean</b>: a stack trace or exception class in the body, no answer (connection
 *       refused, reset, time-out), or an answer slower than {@code outage.slow.ms}.
 * </ul>
 *
 * It prints per phase (before, outage, after) counts and latencies, the statuses seen during the
 * outage with a sample of each body, the time from the database's return to the last failure, and
 * the app's connections in the database afterwards (the pool holds at most 20). Run by {@code
 * src/load/db-restart-under-load.sh}, which supplies the stop and start commands. Exit status 1
 * when anything was unclean, the app did not recover, or a failure came after it had recovered.
 *
 * <p>Settings: those of {@link LoadTarget}; {@code outage.inspectors} (10), {@code outage.readers}
 * (10), {@code outage.before} seconds of load before the stop (30), {@code outage.seconds} down
 * (20), {@code outage.after} seconds of load after the start (60), {@code outage.slow.ms} (15000).
 */
public final class DatabaseOutageProbe {

  static final int INSPECTORS = Integer.getInteger("outage.inspectors", 10);
  static final int READERS = Integer.getInteger("outage.readers", 10);
  static final int BEFORE = Integer.getInteger("outage.before", 30);
  static final int DOWN = Integer.getInteger("outage.seconds", 20);
  static final int AFTER = Integer.getInteger("outage.after", 60);
  static final long SLOW_MS = Long.getLong("outage.slow.ms", 15_000);
  static final String STOP = System.getProperty("outage.stop");
  static final String START = System.getProperty("outage.start");

  /** What must never reach a user: a stack trace line or an exception's class name. */
  static final Pattern LEAK =
      Pattern.compile(
          "\\bat (java|jakarta|org|com|nl|fish|sun)\\.[\\w.$]+\\(|\\w+(Exception|Error):|"
              + "java\\.(lang|sql)\\.|org\\.eclipse\\.persistence|SQLState");

  enum Outcome {
    OK,
    CLEAN,
    UNCLEAN
  }

  record Event(long atMs, long endMs, String kind, int status, long ms, Outcome outcome) {}

  final long t0 = System.currentTimeMillis();
  final List<Event> events = Collections.synchronizedList(new ArrayList<>());
  final Map<String, String> samples = new ConcurrentHashMap<>();
  final AtomicBoolean running = new AtomicBoolean(true);
  volatile long stoppedAt = -1;
  volatile long startedAt = -1;
  volatile long backAt = -1;

  public static void main(String[] args) throws Exception {
    HotPathBenchmark.quietLogging();
    if (STOP == null || START == null) {
      throw new IllegalArgumentException(
          "outage.stop and outage.start (shell commands) are needed");
    }
    System.exit(new DatabaseOutageProbe().run() ? 0 : 1);
  }

  boolean run() throws Exception {
    System.out.println(
        "Database restarted under load: "
            + LoadTarget.BASE
            + ", "
            + INSPECTORS
            + " inspectors autosaving, "
            + READERS
            + " readers, "
            + Instant.now()
            + ", load average "
            + HotPathBenchmark.loadAverage());
    List<Long> interviews = LoadTarget.editableInterviews(INSPECTORS);
    List<Thread> users = new ArrayList<>();
    for (int i = 0; i < INSPECTORS; i++) {
      long interview = interviews.get(i % interviews.size());
      Thread t = new Thread(() -> inspector(interview), "inspector-" + i);
      t.start();
      users.add(t);
    }
    for (int i = 0; i < READERS; i++) {
      Thread t = new Thread(this::reader, "reader-" + i);
      t.start();
      users.add(t);
    }
    Thread.sleep(BEFORE * 1000L);
    stoppedAt = now();
    shell(STOP);
    System.out.printf("database stopped at +%.1f s%n", stoppedAt / 1000.0);
    Thread.sleep(DOWN * 1000L);
    startedAt = now();
    shell(START);
    backAt = now();
    System.out.printf(
        "database started at +%.1f s, accepting connections at +%.1f s%n",
        startedAt / 1000.0, backAt / 1000.0);
    Thread.sleep(AFTER * 1000L);
    running.set(false);
    for (Thread t : users) {
      t.join(SLOW_MS * 5);
    }
    return report();
  }

  void inspector(long interview) {
    FacesClient client = new FacesClient(LoadTarget.BASE);
    String page = "/study/interview.xhtml?id=" + interview;
    boolean loggedIn = false;
    boolean pageLoaded = false;
    int n = 0;
    while (running.get()) {
      if (!loggedIn) {
        loggedIn = record("login", () -> client.get("/login.xhtml"), r -> r.status() == 200);
        loggedIn =
            loggedIn
                && record(
                    "login",
                    () ->
                        client.post("/login.xhtml", LoadTarget.loginForm("demo-inspecteur"), false),
                    r -> r.status() == 302);
      } else if (!pageLoaded) {
        pageLoaded =
            record(
                "interview page",
                () -> client.get(page),
                r -> r.status() == 200 && LoadTarget.viewState(r.body()) != null);
        if (!pageLoaded && lastStatus.get() == 302) {
          loggedIn = false;
        }
      } else {
        String note = "outage probe " + t0 + " interview " + interview + " save " + ++n;
        // A failed save loads the page again (a new view), as a user would.
        pageLoaded =
            record(
                "autosave",
                () -> client.post(page, LoadTarget.autosaveForm(note), true),
                r -> r.status() == 200 && r.body().contains(LoadTarget.SAVED));
      }
      pause(1000);
    }
  }

  void reader() {
    FacesClient client = new FacesClient(LoadTarget.BASE);
    while (running.get()) {
      record("public index", () -> client.get("/public/index.xhtml"), r -> r.status() == 200);
      pause(500);
      record(
          "public study",
          () -> client.get("/public/study.xhtml?study=" + LoadTarget.PUBLIC_STUDY),
          r -> r.status() == 200);
      pause(500);
    }
  }

  /** The status of this thread's last answer: an inspector logs in again after a redirect. */
  private final ThreadLocal<Integer> lastStatus = ThreadLocal.withInitial(() -> 0);

  boolean record(
      String kind,
      java.util.function.Supplier<FacesClient.Response> request,
      java.util.function.Predicate<FacesClient.Response> ok) {
    long at = now();
    FacesClient.Response r;
    try {
      r = request.get();
    } catch (UncheckedIOException | IllegalStateException e) {
      long took = now() - at;
      events.add(new Event(at, at + took, kind, 0, took, Outcome.UNCLEAN));
      samples.putIfAbsent(kind + " no answer", String.valueOf(e.getCause()));
      return false;
    }
    lastStatus.set(r.status());
    long ms = r.nanos() / 1_000_000;
    Outcome outcome;
    if (ok.test(r)) {
      outcome = ms > SLOW_MS ? Outcome.UNCLEAN : Outcome.OK;
    } else if (LEAK.matcher(r.body()).find() || ms > SLOW_MS) {
      outcome = Outcome.UNCLEAN;
    } else {
      outcome = Outcome.CLEAN;
    }
    if (outcome != Outcome.OK) {
      samples.putIfAbsent(kind + " " + r.status() + " " + outcome, text(r.body()));
    }
    events.add(new Event(at, at + ms, kind, r.status(), ms, outcome));
    return outcome == Outcome.OK;
  }

  /** What a user reads of a body: its title and the text of a main or error element. */
  static String text(String body) {
    String t = body.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ");
    t = t.replaceAll("(?s)<!\\[CDATA\\[|\\]\\]>", " ").replaceAll("<[^>]+>", " ");
    t = t.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + " …" : t;
  }

  boolean report() throws Exception {
    List<Event> all;
    synchronized (events) {
      all = new ArrayList<>(events);
    }
    long lastFailure = -1;
    for (Event e : all) {
      if (e.outcome() != Outcome.OK && e.atMs() >= stoppedAt) {
        lastFailure = Math.max(lastFailure, e.endMs());
      }
    }
    long firstOkAfter = Long.MAX_VALUE;
    for (Event e : all) {
      if (e.outcome() == Outcome.OK && e.atMs() >= backAt) {
        firstOkAfter = Math.min(firstOkAfter, e.endMs());
      }
    }
    System.out.println();
    System.out.println(
        "| phase | requests | ok | failed cleanly | unclean | p50 ms | p95 ms | max ms |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    phase("before (load only)", all, 0, stoppedAt);
    phase("database down", all, stoppedAt, backAt);
    phase("after the database is back", all, backAt, Long.MAX_VALUE);
    System.out.println();
    Map<String, Integer> statuses = new TreeMap<>();
    for (Event e : all) {
      if (e.outcome() != Outcome.OK) {
        statuses.merge(
            e.kind() + " → " + (e.status() == 0 ? "no answer" : e.status()) + " " + e.outcome(),
            1,
            Integer::sum);
      }
    }
    System.out.println("Failures by request and status: " + statuses);
    samples.forEach((k, v) -> System.out.println("  sample " + k + ": " + v));
    System.out.printf(
        "Database down %.1f s (stop at +%.1f s, accepting again at +%.1f s).%n",
        (backAt - stoppedAt) / 1000.0, stoppedAt / 1000.0, backAt / 1000.0);
    boolean recovered = lastFailure < backAt + AFTER * 1000L - 5000;
    System.out.printf(
        "First ok request after the database was back: %s; last failure: %s;" + " recovered %s.%n",
        firstOkAfter == Long.MAX_VALUE
            ? "none"
            : String.format("+%.1f s after", (firstOkAfter - backAt) / 1000.0),
        lastFailure < 0
            ? "none"
            : String.format("%+.1f s from the database's return", (lastFailure - backAt) / 1000.0),
        recovered ? "by itself" : "NOT (failures until the end)");
    int connections = appConnections();
    System.out.println(
        "The app's connections in the database after the run: "
            + connections
            + " (pool at most 20)");
    long unclean = all.stream().filter(e -> e.outcome() == Outcome.UNCLEAN).count();
    System.out.println("Load average " + HotPathBenchmark.loadAverage());
    return unclean == 0 && recovered && connections <= 20;
  }

  void phase(String name, List<Event> all, long from, long to) {
    List<Event> in = all.stream().filter(e -> e.atMs() >= from && e.atMs() < to).toList();
    long[] ms = in.stream().mapToLong(e -> e.ms() * 1_000_000).toArray();
    HotPathBenchmark.Stats s =
        ms.length == 0 ? new HotPathBenchmark.Stats(0, 0, 0) : HotPathBenchmark.Stats.of(ms);
    System.out.printf(
        "| %s | %d | %d | %d | %d | %.0f | %.0f | %d |%n",
        name,
        in.size(),
        in.stream().filter(e -> e.outcome() == Outcome.OK).count(),
        in.stream().filter(e -> e.outcome() == Outcome.CLEAN).count(),
        in.stream().filter(e -> e.outcome() == Outcome.UNCLEAN).count(),
        s.p50(),
        s.p95(),
        in.stream().mapToLong(Event::ms).max().orElse(0));
  }

  /** Connections the app holds (user wijkzicht, not this probe's own). */
  static int appConnections() throws Exception {
    try (Connection db = LoadTarget.database();
        ResultSet r =
            db.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.processlist"
                        + " WHERE user = 'wijkzicht' AND id <> CONNECTION_ID()")) {
      r.next();
      return r.getInt(1);
    }
  }

  long now() {
    return System.currentTimeMillis() - t0;
  }

  static void shell(String command) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed (" + p.exitValue() + "): " + command);
    }
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private DatabaseOutageProbe() {}
}
