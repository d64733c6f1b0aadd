package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.database.DataSourceConfiguration;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.security.boundary.SecondFactorStore;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Base32;
import nl.wijkzicht.security.control.Totp;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.security.entity.SecondFactor;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestSupportClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second factor over HTTP as a user's browser sends it (enrolment, login with a code, a wrong
 * code, a replayed code, recovery codes once, an account that must enrol, parallel use of one
 * code), and inside the server (admin reset, logged; the secret stored encrypted). The test server
 * requires a second factor for no role, so these tests mark their own accounts
 * (TestSupportServlet).
 */
@ExtendWith(ArquillianExtension.class)
class TotpWebIT {

  private static final String PASSWORD = "totp-it-password-2026";
  private static final String ACCOUNT_PAGE = "account/second-factor.xhtml";
  private static final String ENROL_PAGE = "login/enrol.xhtml";
  private static final Pattern SECRET =
      Pattern.compile("<code id=\"secretText\">([A-Z2-7 ]+)</code>");
  private static final Pattern RECOVERY =
      Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Inject private SecondFactorService secondFactor;
  @Inject private SecondFactorStore store;
  @Inject private UserService users;
  @Inject private jakarta.persistence.EntityManager em;
  @Inject private jakarta.transaction.UserTransaction transaction;
  @Inject private nl.wijkzicht.security.boundary.AccessLogService accessLog;
  @Inject private nl.wijkzicht.security.boundary.AccessLogBacklog backlog;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  @RunAsClient
  void anOptionalUserEnrolsThenSignsInWithACodeAndEachRecoveryCodeOnce() throws Exception {
    String name = account(false);
    Browser browser = new Browser(uri());
    assertThat(location(browser.login(name, PASSWORD)))
        .as("no second factor yet: signed in")
        .endsWith("/start.xhtml");
    HttpResponse<String> page = browser.get("account/second-factor.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<svg").contains("<path d=\"M");
    byte[] secret = secret(page.body());

    HttpResponse<String> wrong =
        enrol(browser, ACCOUNT_PAGE, "000000".equals(code(secret, 0)) ? "111111" : "000000");
    assertThat(wrong.body()).doesNotContain("recoveryCodes").contains("secretText");
    HttpResponse<String> enrolled = enrol(browser, ACCOUNT_PAGE, code(secret, 0));
    List<String> recovery = recoveryCodes(enrolled.body());
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(browser.get("account/second-factor.xhtml").body())
        .as("the codes are shown once")
        .doesNotContain(recovery.get(0))
        .doesNotContain("secretText");

    // Password only: not signed in yet, on the code page; the session id changed.
    Browser login = new Browser(uri());
    login.get("login.xhtml");
    String before = login.sessionId().orElseThrow();
    assertThat(location(login.login(name, PASSWORD))).endsWith("/login/code.xhtml");
    String pending = login.sessionId().orElseThrow();
    assertThat(pending).isNotEqualTo(before);
    assertThat(location(login.get("start.xhtml"))).as("not signed in").endsWith("/login.xhtml");
    assertThat(login.get("login/code.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> refused =
        code(login, "000000".equals(code(secret, 1)) ? "111111" : "000000");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("codeForm:code");
    String code = code(secret, 1); // The next step: the enrolment used the current one.
    HttpResponse<String> accepted = code(login, code);
    assertThat(location(accepted)).endsWith("/start.xhtml");
    assertThat(login.sessionId().orElseThrow())
        .as("new session id after the second factor")
        .isNotEqualTo(pending);
    assertThat(login.get("start.xhtml").statusCode()).isEqualTo(200);

    // The same code again, in another login: refused (replay).
    Browser replay = new Browser(uri());
    replay.login(name, PASSWORD);
    replay.get("login/code.xhtml");
    assertThat(code(replay, code).statusCode()).isEqualTo(200);
    assertThat(location(replay.get("start.xhtml"))).endsWith("/login.xhtml");

    // A recovery code works once (typed in capitals without the hyphen, as people do).
    Browser lost = new Browser(uri());
    lost.login(name, PASSWORD);
    lost.get("login/code.xhtml");
    assertThat(location(code(lost, recovery.get(3).replace("-", "").toUpperCase())))
        .endsWith("/start.xhtml");
    Browser again = new Browser(uri());
    again.login(name, PASSWORD);
    again.get("login/code.xhtml");
    assertThat(code(again, recovery.get(3)).statusCode()).isEqualTo(200);
    assertThat(location(again.get("start.xhtml"))).endsWith("/login.xhtml");

    TestSupportClient.get(uri(), "op=backlog");
    String log = TestSupportClient.get(uri(), "op=log&username=" + name);
    assertThat(log)
        .contains("UPDATE ALLOWED")
        .contains("second factor enrolled")
        .contains("LOGIN DENIED")
        .contains("second factor wrong")
        .contains("LOGIN ALLOWED")
        .contains("recovery code wrong")
        .containsPattern("LOGIN ALLOWED \\d+ recovery code");
    assertThat(log.lines().filter(l -> l.endsWith(" second factor")).count())
        .as("logins with a code")
        .isEqualTo(1);
  }

  @Test
  @RunAsClient
  void anAccountThatNeedsASecondFactorMustEnrolBeforeAnythingElse() throws Exception {
    String name = account(true);
    Browser browser = new Browser(uri());
    assertThat(location(browser.get("login/enrol.xhtml")))
        .as("no pending login: back to the password")
        .endsWith("/login.xhtml");
    assertThat(location(browser.login(name, PASSWORD))).endsWith("/login/enrol.xhtml");
    for (String page :
        List.of("start.xhtml", "account/password.xhtml", "account/second-factor.xhtml")) {
      assertThat(location(browser.get(page))).as(page).endsWith("/login.xhtml");
    }
    assertThat(location(browser.get("login/code.xhtml")))
        .as("the code step is not the step due")
        .endsWith("/login/enrol.xhtml");
    HttpResponse<String> page = browser.get("login/enrol.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    byte[] secret = secret(page.body());
    String before = browser.sessionId().orElseThrow();
    HttpResponse<String> done = enrol(browser, ENROL_PAGE, code(secret, 0));
    assertThat(recoveryCodes(done.body())).hasSize(10);
    assertThat(browser.sessionId().orElseThrow()).isNotEqualTo(before);
    assertThat(browser.get("start.xhtml").statusCode()).as("signed in").isEqualTo(200);
    assertThat(browser.get("account/second-factor.xhtml").body())
        .contains("enrolledText")
        .as("required: no way to remove it")
        .doesNotContain("removeForm");

    Browser next = new Browser(uri());
    assertThat(location(next.login(name, PASSWORD))).endsWith("/login/code.xhtml");
  }

  @Test
  @RunAsClient
  void oneCodeSentInParallelSignsInOnce() throws Exception {
    String name = account(true);
    Browser enrolling = new Browser(uri());
    enrolling.login(name, PASSWORD);
    byte[] secret = secret(enrolling.get("login/enrol.xhtml").body());
    enrol(enrolling, ENROL_PAGE, code(secret, 0));

    int parallel = 12;
    List<Browser> browsers = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      Browser b = new Browser(uri());
      assertThat(location(b.login(name, PASSWORD))).endsWith("/login/code.xhtml");
      b.get("login/code.xhtml");
      browsers.add(b);
    }
    String code = code(secret, 1);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (Browser b : browsers) {
        Callable<String> post = () -> String.valueOf(location(code(b, code)));
        results.add(pool.submit(post));
      }
      int signedIn = 0;
      for (Future<String> result : results) {
        if (result.get().endsWith("/start.xhtml")) {
          signedIn++;
        }
      }
      assertThat(signedIn).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestSupportClient.get(uri(), "op=pool&size=" + DataSourceConfiguration.MAX_POOL_SIZE))
        .isEqualTo("free=" + DataSourceConfiguration.MAX_POOL_SIZE);
  }

  @Test
  void anAdministratorResetsASecondFactorLoggedAndTheUserEnrolsAgain() throws Exception {
    String name = "it-totp-reset-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(name, "Reset", Role.INSPECTOR, null, PASSWORD, false);
    long id = users.findByUsername(name).orElseThrow().getId();
    store.requireFor(id, true);
    SecondFactorService.Enrolment enrolment = secondFactor.newEnrolment(name);
    List<String> codes =
        secondFactor.confirmEnrolment(
            name, enrolment.secret(), Totp.code(enrolment.secret(), Totp.step(Instant.now())));
    assertThat(codes).hasSize(10);
    transaction.begin();
    SecondFactor stored;
    try {
      stored = em.find(SecondFactor.class, id);
    } finally {
      transaction.commit();
    }
    assertThat(stored.getSecret())
        .as("encrypted")
        .startsWith("v1:")
        .doesNotContain(Base32.encode(enrolment.secret()));
    assertThat(secondFactor.afterPassword(name)).isEqualTo(SecondFactorService.Next.CODE);

    Actor inspector = UserService.actorOf(users.findByUsername("demo-inspecteur").orElseThrow());
    assertThatThrownBy(() -> secondFactor.reset(inspector, id))
        .isInstanceOf(NotAllowedException.class);
    assertThat(secondFactor.afterPassword(name)).isEqualTo(SecondFactorService.Next.CODE);

    Actor admin = UserService.actorOf(users.findByUsername("demo-beheerder").orElseThrow());
    assertThat(secondFactor.enrolledIds(admin)).contains(id);
    assertThat(secondFactor.reset(admin, id)).isTrue();
    assertThat(secondFactor.enrolledIds(admin)).doesNotContain(id);
    assertThat(secondFactor.afterPassword(name)).isEqualTo(SecondFactorService.Next.ENROL);

    assertThat(log("demo-beheerder")).contains("UPDATE ALLOWED " + id + " second factor reset");
    // The refusal rolled back its transaction; the backlog writes its entry after it.
    assertThat(backlog.awaitWritten(java.time.Duration.ofSeconds(10))).isTrue();
    assertThat(log("demo-inspecteur")).contains("UPDATE DENIED " + id + " second factor reset");
  }

  @Test
  void requiredByRoleUnlessADemoAccount() {
    // The test server lists no role (WIJKZICHT_2FA_REQUIRED_ROLES=none): the demo accounts and the
    // accounts other tests make sign in with a password only.
    assertThat(secondFactor.afterPassword("demo-coordinator"))
        .isEqualTo(SecondFactorService.Next.DONE);
    assertThat(secondFactor.afterPassword("demo-zorgaanbieder"))
        .isEqualTo(SecondFactorService.Next.DONE);
  }

  // --- helpers

  private List<String> log(String username) {
    return accessLog
        .search(
            new nl.wijkzicht.security.control.AccessLogQuery(
                java.util.Optional.of(username),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of("User"),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()),
            0,
            200)
        .stream()
        .map(
            e -> e.getAction() + " " + e.getOutcome() + " " + e.getObjectId() + " " + e.getDetail())
        .toList();
  }

  private String account(boolean required) throws Exception {
    String name = "it-totp-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        uri()
                            .resolve(
                                "test-support?op=account&username="
                                    + name
                                    + "&password="
                                    + PASSWORD
                                    + (required ? "&secondFactor=required" : "")))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.body()).isEqualTo("created");
    return name;
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElse("(status " + response.statusCode() + ")");
  }

  private static byte[] secret(String page) {
    Matcher matcher = SECRET.matcher(page);
    assertThat(matcher.find()).as("the secret as text on the page").isTrue();
    return Base32.decode(matcher.group(1));
  }

  private static List<String> recoveryCodes(String page) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = RECOVERY.matcher(page);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  /** The code the app shows now, or {@code ahead} steps later. */
  private static String code(byte[] secret, int ahead) {
    return Totp.code(secret, Totp.step(Instant.now()) + ahead);
  }

  private static HttpResponse<String> enrol(Browser browser, String page, String code)
      throws Exception {
    return browser.post(
        page, Map.of("enrolForm", "enrolForm", "enrolForm:code", code, "enrolForm:confirm", ""));
  }

  private static HttpResponse<String> code(Browser browser, String code) throws Exception {
    return browser.post(
        "login/code.xhtml",
        Map.of("codeForm", "codeForm", "codeForm:code", code, "codeForm:verify", ""));
  }
}
