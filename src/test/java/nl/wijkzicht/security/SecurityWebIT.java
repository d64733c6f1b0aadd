package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.security.control.PageRules;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.ItAccounts;
import nl.wijkzicht.testsupport.TestSupportClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security as an attacker and each role see it over HTTP: the authorisation matrix of every page ×
 * role (anonymous and a provider of another organisation included), sessions, brute force, forged
 * form posts, stored script/SQL, and response headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityWebIT {

  private static final String PASSWORD = DemoDataLoader.DEMO_PASSWORD;

  /** Who: the demo accounts; "other-provider" belongs to another organisation than provider 1. */
  private static final Map<String, String> ACCOUNTS =
      Map.of(
          "admin", "demo-beheerder",
          "coordinator", "demo-coordinator",
          "inspector", "demo-inspecteur",
          "provider", "demo-zorgaanbieder",
          "other-provider", "demo-zorgaanbieder2");

  private static final List<String> WHO =
      List.of("anonymous", "admin", "coordinator", "inspector", "provider", "other-provider");

  /** Expected access per page (with the query a real link uses). A new page must be added here. */
  private static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

  static {
    MATRIX.put("/index.xhtml", Set.copyOf(WHO));
    MATRIX.put("/login.xhtml", Set.copyOf(WHO));
    MATRIX.put(
        "/start.xhtml", Set.of("admin", "coordinator", "inspector", "provider", "other-provider"));
    MATRIX.put(
        "/account/password.xhtml",
        Set.of("admin", "coordinator", "inspector", "provider", "other-provider"));
    MATRIX.put(
        "/provider/show.xhtml?id=1", Set.of("admin", "coordinator", "inspector", "provider"));
    MATRIX.put("/framework/list.xhtml", Set.copyOf(WHO));
    MATRIX.put("/framework/show.xhtml?id=1", Set.copyOf(WHO));
    MATRIX.put("/framework/diff.xhtml?from=1&to=1", Set.copyOf(WHO));
    MATRIX.put("/study/list.xhtml", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/study/edit.xhtml", Set.of("admin", "coordinator"));
    // {study}, {visit}, ...: fieldwork this test makes (TestData), with demo-inspecteur on the
    // team.
    MATRIX.put("/study/visits.xhtml?study={study}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/study/visit.xhtml?id={visit}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put(
        "/study/area.xhtml?study={study}&area={area}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/study/tracer.xhtml?id={tracer}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put(
        "/study/interview.xhtml?id={interview}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put(
        "/study/finding.xhtml?kind=VISIT&id={visit}&study={study}&norm=CC.1",
        Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/study/scores.xhtml?study={study}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put(
        "/study/explain.xhtml?study={study}&area={area}",
        Set.of("admin", "coordinator", "inspector"));
    // {survey}: a survey study this test makes (TestData.surveyStudy), demo-inspecteur on its team.
    MATRIX.put("/survey/results.xhtml?id={survey}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/survey/import.xhtml?id={survey}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/study/map.xhtml?study={study}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/provider/list.xhtml", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put("/provider/import.xhtml", Set.of("admin", "coordinator"));
    MATRIX.put("/provider/edit.xhtml?id=1", Set.of("admin", "coordinator"));
    MATRIX.put("/region/list.xhtml", Set.of("admin", "coordinator", "inspector"));
    // Region 1 is a demo region.
    MATRIX.put("/region/edit.xhtml?id=1", Set.of("admin", "coordinator"));
    MATRIX.put("/admin/users.xhtml", Set.of("admin"));
    MATRIX.put("/admin/accesslog.xhtml", Set.of("admin"));
    // --- issue 15: second factor. The login's code and enrolment steps need a pending login (a
    // right password in this session): without one everybody is sent back to the login page
    // (LOGIN_STEPS); the account page is every signed-in user's.
    MATRIX.put("/login/code.xhtml", Set.of());
    MATRIX.put("/login/enrol.xhtml", Set.of());
    MATRIX.put(
        "/account/second-factor.xhtml",
        Set.of("admin", "coordinator", "inspector", "provider", "other-provider"));
    // Issue 15 (reply): {replyVisit} is a visit of demo-zorgaanbieder's De Linde sent for reply
    // (TestData#replying), demo-inspecteur on the team; the other provider is refused.
    MATRIX.put(
        "/reply/index.xhtml",
        Set.of("admin", "coordinator", "inspector", "provider", "other-provider"));
    MATRIX.put(
        "/reply/visit.xhtml?id={replyVisit}",
        Set.of("admin", "coordinator", "inspector", "provider"));
    // --- issue 15: notifications (every signed-in user's own list).
    MATRIX.put(
        "/notifications.xhtml",
        Set.of("admin", "coordinator", "inspector", "provider", "other-provider"));
    // --- report H1 --- issue 16: the internal report pages, for the study's people only.
    MATRIX.put("/study/report.xhtml?study={study}", Set.of("admin", "coordinator", "inspector"));
    MATRIX.put(
        "/study/area-report.xhtml?study={study}&area={area}",
        Set.of("admin", "coordinator", "inspector"));
    // --- report H3 --- issue 16: publishing (study leads) and the public pages (everyone);
    // {publishedStudy} and {publication}: a study with a published area report
    // (PublishTestSupportServlet).
    MATRIX.put("/study/publish.xhtml?study={study}", Set.of("admin", "coordinator"));
    MATRIX.put("/public/index.xhtml", Set.copyOf(WHO));
    MATRIX.put("/public/study.xhtml?study={publishedStudy}", Set.copyOf(WHO));
    MATRIX.put("/public/area.xhtml?publication={publication}", Set.copyOf(WHO));
    MATRIX.put("/public/dictionary.xhtml", Set.copyOf(WHO));
  }

  // --- report H3 ---
  /** The pages open to anonymous visitors before issue 16; every later one is under /public/. */
  private static final Set<String> PUBLIC_BEFORE_ISSUE_16 =
      Set.of(
          "/index.xhtml",
          "/login.xhtml",
          "/framework/list.xhtml",
          "/framework/show.xhtml",
          "/framework/diff.xhtml",
          "/login/code.xhtml",
          "/login/enrol.xhtml");

  @Test
  void anonymousVisitorsMayOnlyReachPublicPagesAndPublishedMaterial() throws Exception {
    assertThat(
            PageRules.pages().entrySet().stream()
                .filter(e -> e.getValue() == nl.wijkzicht.security.control.Permission.PUBLIC)
                .map(Map.Entry::getKey)
                .filter(p -> !PUBLIC_BEFORE_ISSUE_16.contains(p)))
        .as("public pages")
        .allMatch(p -> p.startsWith("/public/"));
    Browser anonymous = browser("anonymous");
    for (String path :
        List.of(
            "public/report?publication=999999999",
            "public/data?publication=999999999&format=csv",
            "report/job?id=1")) {
      assertThat(anonymous.download(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(anonymous.get("study/publish.xhtml?study=1").statusCode()).isEqualTo(302);
  }

  private long[] published() {
    String answer = publishSupport("op=publishable&min=5");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("study=(\\d+) area=(\\d+)").matcher(answer);
    assertThat(m.find()).as(answer).isTrue();
    long study = Long.parseLong(m.group(1));
    String done = publishSupport("op=publish&study=" + study + "&area=" + m.group(2));
    java.util.regex.Matcher p = java.util.regex.Pattern.compile("publication=(\\d+)").matcher(done);
    assertThat(p.find()).as(done).isTrue();
    return new long[] {study, Long.parseLong(p.group(1))};
  }

  private String publishSupport(String query) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(uri().resolve("test-support/publish?" + query))
                  .timeout(java.time.Duration.ofSeconds(180))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Pages that send everyone without a pending login back to the login page (issue 15). */
  private static final Set<String> LOGIN_STEPS = Set.of("/login/code.xhtml", "/login/enrol.xhtml");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private final Map<String, Browser> browsers = new HashMap<>();

  @Test
  void everyPageHasARuleAndAnExpectedAccessForEveryRole() throws IOException {
    Set<String> pages;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      pages =
          files
              .map(
                  p -> "/" + Path.of("src/main/webapp").relativize(p).toString().replace('\\', '/'))
              .filter(
                  p ->
                      p.endsWith(".xhtml")
                          && !p.startsWith("/WEB-INF/")
                          && !p.startsWith("/resources/"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> expected =
        MATRIX.keySet().stream().map(p -> p.replaceAll("\\?.*", "")).collect(Collectors.toSet());
    assertThat(pages)
        .as("pages in src/main/webapp vs. this test's matrix")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(PageRules.pages().keySet())
        .as("pages vs. PageRules")
        .containsExactlyInAnyOrderElementsOf(pages);
  }

  @Test
  void authorisationMatrix() throws Exception {
    int checked = 0;
    TestSupportClient.Made made = TestSupportClient.fieldwork(uri(), "PLANNED");
    long survey = TestSupportClient.survey(uri());
    long replyVisit = TestSupportClient.replying(uri(), true).visit();
    long[] published = published(); // --- report H3 ---
    for (Map.Entry<String, Set<String>> page : MATRIX.entrySet()) {
      String path =
          page.getKey()
              .substring(1)
              .replace("{study}", Long.toString(made.study()))
              .replace("{visit}", Long.toString(made.visit()))
              .replace("{area}", Long.toString(made.area()))
              .replace("{tracer}", Long.toString(made.tracer()))
              .replace("{interview}", Long.toString(made.interview()))
              .replace("{survey}", Long.toString(survey))
              .replace("{replyVisit}", Long.toString(replyVisit))
              .replace("{publishedStudy}", Long.toString(published[0]))
              .replace("{publication}", Long.toString(published[1]));
      for (String who : WHO) {
        HttpResponse<String> response = browser(who).get(path);
        String cell = page.getKey() + " as " + who;
        if (page.getValue().contains(who)) {
          assertThat(response.statusCode()).as(cell).isEqualTo(200);
        } else if ("anonymous".equals(who) || LOGIN_STEPS.contains(page.getKey())) {
          assertThat(response.statusCode()).as(cell).isEqualTo(302);
          assertThat(response.headers().firstValue("Location"))
              .as(cell)
              .get()
              .asString()
              .endsWith("/login.xhtml");
        } else {
          assertThat(response.statusCode()).as(cell).isEqualTo(403);
          assertThat(response.body()).as(cell).contains("Geen toegang");
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(MATRIX.size() * WHO.size());
  }

  @Test
  void aRefusedPageExplainsWhatItIsForAndWhereToGoWithoutAccusing() throws Exception {
    HttpResponse<String> study = browser("provider").get("study/list.xhtml");
    assertThat(study.statusCode()).isEqualTo(403);
    assertThat(study.body())
        .contains("Geen toegang tot deze pagina")
        .contains("niet voor uw account bedoeld")
        .contains("onderzoeken en bezoeken van de inspectie")
        .contains("Op de startpagina staat wat voor u klaarstaat")
        .contains("id=\"home\"")
        .doesNotContain("De poging is vastgelegd");
    HttpResponse<String> admin = browser("provider").get("admin/users.xhtml");
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("beheerpagina (accounts en toegangslog)");
  }

  @Test
  void renewsTheSessionIdAtLoginAndSetsSafeCookieFlags() throws Exception {
    Browser browser = new Browser(uri());
    HttpResponse<String> loginPage = browser.get("login.xhtml");
    String before = browser.sessionId().orElseThrow();
    assertThat(loginPage.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("JSESSIONID")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    HttpResponse<String> login = browser.login("demo-inspecteur", PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(browser.sessionId()).get().isNotEqualTo(before);
    assertThat(loginPage.uri().toString()).doesNotContain("jsessionid");
  }

  @Test
  void logoutEndsTheSessionSoAReplayedCookieGetsTheLoginPage() throws Exception {
    Browser browser = new Browser(uri());
    browser.login("demo-coordinator", PASSWORD);
    assertThat(browser.get("account/password.xhtml").statusCode()).isEqualTo(200);
    String stolen = browser.sessionId().orElseThrow();
    HttpResponse<String> logout =
        browser.post(
            "account/password.xhtml", Map.of("headerForm", "headerForm", "headerForm:logout", ""));
    assertThat(logout.statusCode()).isEqualTo(302);

    Browser attacker = new Browser(uri());
    attacker.useSessionId(stolen);
    HttpResponse<String> replay = attacker.get("account/password.xhtml");
    assertThat(replay.statusCode()).isEqualTo(302);
    assertThat(replay.headers().firstValue("Location")).get().asString().endsWith("/login.xhtml");
  }

  @Test
  void locksAnAccountAfterRepeatedWrongPasswords() throws Exception {
    Browser attacker = new Browser(uri());
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> attempt =
          attacker.login(ItAccounts.BRUTE_FORCE_TARGET, "wrong-password-" + i);
      assertThat(attempt.statusCode()).isEqualTo(200);
      assertThat(attempt.body()).contains("Inloggen is niet gelukt");
    }
    HttpResponse<String> rightPassword =
        attacker.login(ItAccounts.BRUTE_FORCE_TARGET, ItAccounts.PASSWORD);
    assertThat(rightPassword.statusCode())
        .as("locked: even the right password is refused")
        .isEqualTo(200);
    assertThat(rightPassword.body()).contains("Inloggen is niet gelukt");
    assertThat(attacker.get("account/password.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void refusesAFormPostWithAForgedOrForeignViewState() throws Exception {
    Browser admin = browser("admin");
    admin.get("admin/users.xhtml");
    String adminViewState = admin.viewState().orElseThrow();

    HttpResponse<String> forged =
        admin.post("admin/users.xhtml", createUser("it-forged", "Forged", "-123:456"));
    assertThat(forged.body()).doesNotContain("it-forged");

    Browser other = new Browser(uri());
    other.login("demo-inspecteur", PASSWORD);
    HttpResponse<String> foreign =
        other.post("admin/users.xhtml", createUser("it-foreign", "Foreign", adminViewState));
    assertThat(foreign.statusCode()).isEqualTo(403);

    assertThat(admin.get("admin/users.xhtml").body()).doesNotContain("it-forged", "it-foreign");
  }

  @Test
  void storesScriptAndSqlInTextFieldsAndShowsThemHarmlessly() throws Exception {
    String payload =
        "<script>alert('x')</script>\"><img src=x onerror=alert(1)> O'Brien'); DROP TABLE app_user;--";
    Browser admin = browser("admin");
    admin.get("admin/users.xhtml");
    // "0-..." sorts first in the account list (by username, 25 a page), whatever accounts other
    // tests made.
    HttpResponse<String> created =
        admin.post(
            "admin/users.xhtml",
            createUser(
                "0-it-xss-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                payload,
                admin.viewState().orElseThrow()));
    assertThat(created.body()).contains("it-xss");

    String page = admin.get("admin/users.xhtml").body();
    assertThat(page)
        .contains("&lt;script&gt;alert(")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>alert(")
        .doesNotContain("<img src=x");
    assertThat(browser("anonymous").get("index.xhtml").statusCode())
        .as("the table is still there")
        .isEqualTo(200);

    HttpResponse<String> login =
        new Browser(uri()).login("<script>alert(1)</script>", "whatever-password");
    assertThat(login.body()).doesNotContain("<script>alert(1)</script>");

    Browser visitor = new Browser(uri());
    visitor.get("index.xhtml");
    Map<String, String> search = new LinkedHashMap<>();
    search.put("jakarta.faces.partial.ajax", "true");
    search.put("jakarta.faces.source", "municipalitiesForm:search");
    search.put("jakarta.faces.partial.execute", "municipalitiesForm:search");
    search.put("jakarta.faces.partial.render", "municipalitiesForm:municipalities");
    search.put("jakarta.faces.behavior.event", "input");
    search.put("municipalitiesForm", "municipalitiesForm");
    search.put("municipalitiesForm:search", "<script>alert(2)</script>' OR '1'='1");
    HttpResponse<String> searched = visitor.post("index.xhtml", search);
    assertThat(searched.statusCode()).isEqualTo(200);
    assertThat(searched.body())
        .contains("Geen gemeenten gevonden")
        .doesNotContain("<script>alert(2)</script>");
  }

  @Test
  void sendsSecurityHeadersAndNoServerDetails() throws Exception {
    HttpResponse<String> start = browser("anonymous").get("index.xhtml");
    assertThat(start.headers().firstValue("Server")).isEmpty();
    assertThat(start.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(start.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .asString()
        .contains("frame-ancestors 'self'", "object-src 'none'", "script-src 'self' 'nonce-");
    assertThat(start.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(start.headers().firstValue("Referrer-Policy")).contains("same-origin");

    HttpResponse<String> privatePage = browser("admin").get("admin/users.xhtml");
    assertThat(privatePage.headers().firstValue("Cache-Control")).contains("no-store");
  }

  private static Map<String, String> createUser(String username, String name, String viewState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "usersForm:save");
    fields.put("jakarta.faces.partial.execute", "usersForm:userDialog");
    fields.put("jakarta.faces.partial.render", "usersForm:users usersForm:dialogMessages");
    fields.put("usersForm:save", "usersForm:save");
    fields.put("usersForm", "usersForm");
    fields.put("usersForm:username", username);
    fields.put("usersForm:displayName", name);
    fields.put("usersForm:role_input", "INSPECTOR");
    fields.put("jakarta.faces.ViewState", viewState);
    return fields;
  }

  private Browser browser(String who) throws IOException, InterruptedException {
    Browser browser = browsers.get(who);
    if (browser == null) {
      browser = new Browser(uri());
      if (!"anonymous".equals(who)) {
        HttpResponse<String> login = browser.login(ACCOUNTS.get(who), PASSWORD);
        assertThat(login.statusCode()).as("login of " + who).isEqualTo(302);
      }
      browsers.put(who, browser);
    }
    return browser;
  }

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }
}
