package nl.wijkzicht.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The load test of issue 17 (docs/performance.md, "Load"): a working day on the generated national
 * study. Inspectors open one interview each and autosave answers as they type; coordinators open
 * the dashboard, the map and its data; readers without an account open the published pages and a
 * PDF; everyone but the readers logs in first. Every autosave writes a note that says who wrote it
 * and its sequence number; after the run the database must hold, for every interview, the last note
 * the server confirmed ("Opgeslagen"): nothing typed is lost.
 *
 * <p>Settings (system properties): {@code load.users} (50), {@code load.ramp} seconds (60), {@code
 * load.minutes} each user keeps working (3); the server, study and database as in {@link
 * LoadTarget} ({@code load.base}, {@code load.study}, {@code load.public}, {@code load.db.port},
 * {@code load.db.password}, required for the database check, {@code load.password}).
 */
public class WorkdaySimulation extends Simulation {

  static final String BASE = LoadTarget.BASE;
  static final int USERS = Integer.getInteger("load.users", 50);
  static final int RAMP = Integer.getInteger("load.ramp", 60);
  static final int MINUTES = Integer.getInteger("load.minutes", 3);
  static final long STUDY = LoadTarget.STUDY;
  static final long PUBLIC_STUDY = LoadTarget.PUBLIC_STUDY;
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  /** Inspectors half the users, readers 40 %, coordinators the rest. */
  static final int INSPECTORS = Math.max(1, USERS / 2);

  static final int READERS = Math.max(1, USERS * 2 / 5);
  static final int COORDINATORS = Math.max(1, USERS - INSPECTORS - READERS);

  /** Per interview: the highest sequence number whose save the server confirmed. */
  static final Map<Long, Integer> CONFIRMED = new ConcurrentHashMap<>();

  final List<Long> interviews = LoadTarget.editableInterviews(INSPECTORS);

  /**
   * Each simulated person has an account of their own, as in real life: Wijkzicht checks one
   * password of an account at a time (docs/security.md), so 100 people sharing demo-inspecteur
   * would queue behind each other's password hash and the test would measure that queue.
   */
  final List<String> inspectorAccounts =
      accounts("load-inspecteur-", "demo-inspecteur", INSPECTORS, true);

  final List<String> coordinatorAccounts =
      accounts("load-coordinator-", "demo-coordinator", COORDINATORS, false);
  final List<Long> publications = LoadTarget.publications();

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("nl-NL,nl;q=0.9")
          .acceptEncodingHeader("gzip, deflate")
          .userAgentHeader("Wijkzicht load test");

  /** The ViewState and CSP nonce of the page just loaded, for the next post. */
  static ChainBuilder page(String name, String path) {
    return exec(
        http(name)
            .get(path)
            .check(status().is(200))
            .check(regex(LoadTarget.VIEW_STATE_REGEX).saveAs("viewState"))
            .check(regex(LoadTarget.NONCE_REGEX).saveAs("nonce")));
  }

  static ChainBuilder login(String user) {
    return page("login page", "/login.xhtml")
        .exec(
            withForm(http("login").post("/login.xhtml"), LoadTarget.loginForm(user))
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .disableFollowRedirect()
                .check(status().is(302)));
  }

  static HttpRequestActionBuilder withForm(
      HttpRequestActionBuilder request, Map<String, String> form) {
    for (Map.Entry<String, String> field : form.entrySet()) {
      request = request.formParam(field.getKey(), field.getValue());
    }
    return request;
  }

  ScenarioBuilder inspectors() {
    Iterator<Map<String, Object>> feeder = interviewFeeder();
    AtomicInteger sequence = new AtomicInteger();
    return scenario("inspector")
        .feed(feeder)
        .exec(login("#{user}"))
        .exec(page("interview page", "/study/interview.xhtml?id=#{interview}"))
        .during(Duration.ofMinutes(MINUTES))
        .on(
            repeat(5)
                .on(
                    exec(session ->
                            session
                                .remove("saved")
                                .set(
                                    "note",
                                    "load "
                                        + RUN
                                        + " interview "
                                        + session.getLong("interview")
                                        + " save "
                                        + sequence.incrementAndGet()))
                        .exec(autosave())
                        .exec(
                            session -> {
                              if (session.contains("saved")) {
                                String note = session.getString("note");
                                int n = Integer.parseInt(note.substring(note.lastIndexOf(' ') + 1));
                                CONFIRMED.merge(session.getLong("interview"), n, Math::max);
                              }
                              return session;
                            })
                        .pause(Duration.ofSeconds(2), Duration.ofSeconds(6)))
                // Now and then the inspector opens the interview again (its answers shown).
                .exec(page("interview page", "/study/interview.xhtml?id=#{interview}")));
  }

  /** One autosave of the first question's note, as the page's Ajax does it. */
  static ChainBuilder autosave() {
    return exec(
        withForm(
                http("autosave")
                    .post("/study/interview.xhtml?id=#{interview}")
                    .header("Faces-Request", "partial/ajax"),
                LoadTarget.autosaveForm("#{note}"))
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .formParam("primefaces.nonce", "#{nonce}")
            .check(status().is(200))
            .check(regex("(" + LoadTarget.SAVED + ")").saveAs("saved")));
  }

  ScenarioBuilder coordinators() {
    AtomicInteger next = new AtomicInteger();
    Iterator<Map<String, Object>> feeder =
        Stream.generate(
                (Supplier<Map<String, Object>>)
                    () ->
                        Map.of(
                            "user",
                            coordinatorAccounts.get(
                                next.getAndIncrement() % coordinatorAccounts.size())))
            .iterator();
    return scenario("coordinator")
        .feed(feeder)
        .exec(login("#{user}"))
        .during(Duration.ofMinutes(MINUTES))
        .on(
            exec(http("dashboard")
                    .get("/study/scores.xhtml?study=" + STUDY)
                    .check(status().is(200)))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .exec(
                    http("map page").get("/study/map.xhtml?study=" + STUDY).check(status().is(200)))
                .exec(
                    http("map data").get("/study/map-data?study=" + STUDY).check(status().is(200)))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));
  }

  ScenarioBuilder readers() {
    Iterator<Map<String, Object>> pdfs =
        Stream.generate(
                (Supplier<Map<String, Object>>)
                    () -> {
                      Map<String, Object> m = new HashMap<>();
                      m.put(
                          "publication",
                          publications.get((int) (Math.random() * publications.size())));
                      return m;
                    })
            .iterator();
    return scenario("reader")
        .during(Duration.ofMinutes(MINUTES))
        .on(
            exec(http("public index").get("/public/index.xhtml").check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .exec(
                    http("public study")
                        .get("/public/study.xhtml?study=" + PUBLIC_STUDY)
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .feed(pdfs)
                .exec(
                    http("public area page")
                        .get("/public/area.xhtml?publication=#{publication}")
                        .check(status().is(200)))
                .exec(
                    http("public PDF")
                        .get("/public/report?publication=#{publication}")
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));
  }

  {
    setUp(
            inspectors().injectOpen(rampUsers(INSPECTORS).during(RAMP)),
            coordinators().injectOpen(rampUsers(COORDINATORS).during(RAMP)),
            readers().injectOpen(rampUsers(READERS).during(RAMP)))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }

  @Override
  public void after() {
    int lost = 0;
    int unconfirmed = 0;
    try (Connection db = LoadTarget.database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT ia.note FROM interview_answer ia JOIN framework_question fq"
                    + " ON fq.id = ia.question_id WHERE ia.interview_id = ? AND ia.note LIKE ?")) {
      for (Map.Entry<Long, Integer> e : CONFIRMED.entrySet()) {
        q.setLong(1, e.getKey());
        q.setString(2, "load " + RUN + " interview " + e.getKey() + " save %");
        String stored = null;
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            stored = r.getString(1);
          }
        }
        int n =
            stored == null ? -1 : Integer.parseInt(stored.substring(stored.lastIndexOf(' ') + 1));
        if (n < e.getValue()) {
          lost++;
          System.out.println(
              "LOST: interview "
                  + e.getKey()
                  + " confirmed "
                  + e.getValue()
                  + ", stored "
                  + stored);
        } else if (n > e.getValue()) {
          // A later save was committed but its answer did not arrive (a time-out): not lost.
          unconfirmed++;
        }
      }
    } catch (Exception e) {
      System.out.println("Database check failed: " + e);
      lost = -1;
    }
    System.out.println(
        "Answers checked in the database: "
            + CONFIRMED.size()
            + " interviews, "
            + (lost == 0 ? "none lost" : lost + " lost")
            + ", "
            + unconfirmed
            + " saved later than their last confirmed save (its answer timed out)"
            + " (run "
            + RUN
            + ")");
  }

  Iterator<Map<String, Object>> interviewFeeder() {
    AtomicInteger next = new AtomicInteger();
    return Stream.generate(
            (Supplier<Map<String, Object>>)
                () -> {
                  int i = next.getAndIncrement();
                  Map<String, Object> m = new HashMap<>();
                  m.put("interview", interviews.get(i % interviews.size()));
                  m.put("user", inspectorAccounts.get(i % inspectorAccounts.size()));
                  return m;
                })
        .iterator();
  }

  /**
   * Accounts {@code prefix001}… like {@code model} (its role and password), created when missing
   * and marked as demo accounts; inspectors are put on the study's team.
   */
  static List<String> accounts(String prefix, String model, int count, boolean onTeam) {
    List<String> names = new ArrayList<>();
    try (Connection db = LoadTarget.database();
        PreparedStatement add =
            db.prepareStatement(
                "INSERT IGNORE INTO app_user (username, display_name, role, password_hash,"
                    + " demo, created_at) SELECT ?, ?, role, password_hash, 1, NOW(3)"
                    + " FROM app_user WHERE username = ?");
        PreparedStatement team =
            db.prepareStatement(
                "INSERT IGNORE INTO study_inspector (study_id, user_id)"
                    + " SELECT ?, id FROM app_user WHERE username = ?")) {
      for (int i = 1; i <= count; i++) {
        String name = String.format("%s%03d", prefix, i);
        add.setString(1, name);
        add.setString(2, "Load test " + name.substring(5));
        add.setString(3, model);
        add.executeUpdate();
        if (onTeam) {
          team.setLong(1, STUDY);
          team.setString(2, name);
          team.executeUpdate();
        }
        names.add(name);
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "The load test makes its accounts in " + LoadTarget.DB + ": " + e, e);
    }
    return names;
  }
}
