package nl.wijkzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wijkzicht.e2e.UiBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Against the running local cluster (src/cluster/cluster.sh start), never part of {@code mvn
 * verify}: {@code mvn -Pcluster verify} (docs/deployment.md, "Cluster"). Not named *IT so that the
 * plain build's failsafe never picks it up.
 *
 * <ul>
 *   <li>A node lost mid-edit: an inspector, signed in through the load balancer, types an interview
 *       answer; the node serving the session is killed (kill -9) while the text is half typed; the
 *       inspector finishes it, types another and rates a finding. No new login, and everything
 *       typed is in the database. The killed node is started again at the end and rejoins.
 *   <li>EclipseLink's shared cache stays coherent: a provider renamed on node A shows its new name
 *       on node B, which had the old one cached.
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLossCluster {

  private static final String PASSWORD = "wijkzicht-demo-2026";
  private static final Path HOME =
      Path.of(
          System.getProperty(
              "cluster.home", System.getProperty("user.home") + "/.wijkzicht-cluster"));
  private static final URI LB =
      URI.create(System.getProperty("cluster.url", "http://127.0.0.1:8190/"));
  private static final URI NODE_A =
      URI.create(System.getProperty("cluster.node.a", "http://127.0.0.1:8180/"));
  private static final URI NODE_B =
      URI.create(System.getProperty("cluster.node.b", "http://127.0.0.1:8181/"));
  private static final String DB_URL =
      "jdbc:mariadb://127.0.0.1:" + System.getProperty("cluster.db.port", "3390") + "/wijkzicht";

  private static final List<String> KILLED = new ArrayList<>();

  @BeforeAll
  static void clusterRuns() throws IOException {
    assertThat(HOME.resolve("run/node-a.pid"))
        .as("the cluster runs: src/cluster/cluster.sh start (WZ_CLUSTER_HOME=%s)", HOME)
        .exists();
    assertThat(HOME.resolve("run/node-b.pid")).exists();
  }

  /** Starts the nodes this test killed again, so the cluster is whole for the next run. */
  @AfterAll
  static void restartKilled() throws Exception {
    for (String node : KILLED) {
      Process restart =
          new ProcessBuilder("src/cluster/cluster.sh", "restart", node).inheritIO().start();
      restart.getOutputStream().close();
      assertThat(restart.waitFor(6, TimeUnit.MINUTES)).isTrue();
      assertThat(restart.exitValue()).as("node %s restarted and ready", node).isZero();
    }
  }

  @Test
  @Order(2)
  void aNodeLostMidEditLosesNothingAndNeedsNoNewLogin() throws Exception {
    long[] visitAndDay = visitInProgress();
    long visit = visitAndDay[0];
    String heldOn =
        java.time.LocalDate.ofEpochDay(visitAndDay[1])
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    String first = "Notitie voor de crash " + UUID.randomUUID();
    String secondStart = "Begonnen op de ene node, ";
    String secondEnd = "afgemaakt op de andere " + UUID.randomUUID();
    String motivation = "Motivering na de crash " + UUID.randomUUID();
    try (UiBrowser inspector = new UiBrowser(LB)) {
      inspector.login("demo-inspecteur", PASSWORD);
      inspector.open("study/visit.xhtml?id=" + visit);
      inspector.choose("interviewForm:role", "Huisarts");
      inspector.date(By.id("interviewForm:heldOn_input"), heldOn);
      inspector.clickAndWaitForPage(By.id("interviewForm:start"));
      String interviewPage = inspector.driver().getCurrentUrl();
      long interview = Long.parseLong(interviewPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));

      List<WebElement> notes =
          inspector.driver().findElements(By.cssSelector("textarea[data-field='note']"));
      assertThat(notes).hasSizeGreaterThan(1);
      notes.get(0).sendKeys(first, Keys.TAB);
      waitSaved(inspector, 1);

      // Half an answer typed, not yet sent; then the node holding the session dies.
      notes.get(1).sendKeys(secondStart);
      String node = servingNode(inspector);
      long killedAt = System.nanoTime();
      kill(node);

      // The rest of the answer, and leaving the field: the autosave goes to the other node.
      notes.get(1).sendKeys(secondEnd, Keys.TAB);
      waitSaved(inspector, 2);
      long failover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
      System.out.printf(
          "[cluster] node %s killed; first autosave on the other node confirmed after %d ms%n",
          node, failover);
      assertThat(servingNode(inspector)).as("now served by the other node").isNotEqualTo(node);
      assertThat(inspector.driver().getCurrentUrl()).isEqualTo(interviewPage);

      // Rating a finding on the surviving node, still without logging in.
      inspector.clickAndWaitForPage(By.id("trailBack"));
      assertThat(inspector.driver().getCurrentUrl()).doesNotContain("login.xhtml");
      inspector.clickAndWaitForPage(By.xpath("//*[@id='norms']//a[contains(., 'Beoordelen')]"));
      assertThat(inspector.driver().getCurrentUrl()).contains("finding.xhtml");
      inspector.clickNth(By.cssSelector("#findingForm .ui-radiobutton-box"), 1);
      inspector.type(By.id("findingForm:motivation"), motivation);
      inspector.clickAndWaitForPage(By.id("findingForm:saveNext"));
      assertThat(inspector.driver().getCurrentUrl()).doesNotContain("login.xhtml");

      try (Connection db = database()) {
        assertThat(notes(db, interview)).contains(first, secondStart + secondEnd);
        assertThat(count(db, "SELECT COUNT(*) FROM finding WHERE motivation = ?", motivation))
            .as("the rated finding")
            .isEqualTo(1);
      }
    }
  }

  @Test
  @Order(1)
  void aProviderRenamedOnOneNodeIsRenamedOnTheOther() throws Exception {
    long provider;
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT id FROM care_provider ORDER BY id LIMIT 1");
        ResultSet row = query.executeQuery()) {
      row.next();
      provider = row.getLong(1);
    }
    String name = "Zorggroep hernoemd " + UUID.randomUUID().toString().substring(0, 8);
    try (UiBrowser onB = new UiBrowser(alive(NODE_B, NODE_A));
        UiBrowser onA = new UiBrowser(alive(NODE_A, NODE_B))) {
      onB.login("demo-beheerder", PASSWORD);
      onB.open("provider/show.xhtml?id=" + provider);
      String before = onB.find(By.id("providerName")).getText();
      assertThat(before).isNotEqualTo(name); // B has the provider in its shared cache now.

      onA.login("demo-beheerder", PASSWORD);
      onA.open("provider/edit.xhtml?id=" + provider);
      onA.type(By.id("providerForm:name"), name);
      onA.clickAndWaitForPage(By.id("providerForm:save"));

      onB.open("provider/show.xhtml?id=" + provider);
      assertThat(onB.find(By.id("providerName")).getText())
          .as("node B's cache got node A's change")
          .isEqualTo(name);
      onA.open("provider/edit.xhtml?id=" + provider);
      onA.type(By.id("providerForm:name"), before);
      onA.clickAndWaitForPage(By.id("providerForm:save"));
    }
  }

  /** The node's own URL when it runs, else the other's (after the node-loss test killed it). */
  private static URI alive(URI node, URI other) {
    try {
      var client = java.net.http.HttpClient.newHttpClient();
      var request =
          java.net.http.HttpRequest.newBuilder(node.resolve("health/ready"))
              .timeout(Duration.ofSeconds(3))
              .build();
      if (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()
          == 200) {
        return node;
      }
    } catch (IOException e) {
      // Down.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return other;
  }

  private static void waitSaved(UiBrowser browser, int atLeast) {
    browser
        .waitFor()
        .withTimeout(Duration.ofSeconds(60))
        .until(d -> d.findElements(By.cssSelector("[data-state='saved']")).size() >= atLeast);
  }

  private static String servingNode(UiBrowser browser) {
    Cookie cookie = browser.driver().manage().getCookieNamed("WZNODE");
    assertThat(cookie).as("HAProxy's sticky cookie").isNotNull();
    return cookie.getValue();
  }

  private static void kill(String node) throws IOException {
    Path pidFile = HOME.resolve("run/node-" + node + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    assertThat(process.destroyForcibly()).as("kill -9 node %s", node).isTrue();
    process.onExit().join();
    Files.delete(pidFile);
    KILLED.add(node);
  }

  /** A demo visit in progress of demo-inspecteur, and a day in its study's period (epoch day). */
  private static long[] visitInProgress() throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT v.id, s.starts_on FROM visit v JOIN visit_inspector vi ON vi.visit_id = v.id"
                    + " JOIN study s ON s.id = v.study_id"
                    + " JOIN app_user u ON u.id = vi.user_id"
                    + " WHERE v.status = 'IN_PROGRESS' AND u.username = 'demo-inspecteur'"
                    + " ORDER BY v.id LIMIT 1");
        ResultSet row = query.executeQuery()) {
      assertThat(row.next()).as("a demo visit in progress for demo-inspecteur").isTrue();
      return new long[] {row.getLong(1), row.getDate(2).toLocalDate().plusDays(1).toEpochDay()};
    }
  }

  private static List<String> notes(Connection db, long interview) throws SQLException {
    List<String> notes = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement("SELECT note FROM interview_answer WHERE interview_id = ?")) {
      query.setLong(1, interview);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          notes.add(rows.getString(1));
        }
      }
    }
    return notes;
  }

  private static long count(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Connection database() throws SQLException {
    try {
      return DriverManager.getConnection(
          DB_URL, "wijkzicht", Files.readString(HOME.resolve("db-password")).strip());
    } catch (IOException e) {
      throw new SQLException("no db-password in " + HOME, e);
    }
  }
}
