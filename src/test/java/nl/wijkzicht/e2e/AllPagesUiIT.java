package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.security.control.PageRules;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestSupportClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of security's PageRules at a laptop's 1366x900 and a phone's 390x844: no console
 * error, no serious or critical axe violation (WCAG 2.1 AA, UiBrowser), on the phone no page wider
 * than the screen. At the laptop width every role allowed to see a page opens it (console errors
 * and a wrapping header per role); axe checks each page once per width, the first time it is shown
 * (coordinators first, who see the most), and each role's first page (its menu). The phone width
 * opens each page once, by the first role that may (the public pages without logging in). The main
 * pages are then used with the keyboard alone: Tab reaches the main action and Enter activates it.
 * Finally the cold-load transfer of the start page (each role), the interview and the study pages
 * is measured (figures in docs/performance.md) and kept under 400 KiB. The sweep's passes (one per
 * width and role) run side by side in three browsers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllPagesUiIT {

  private static final Map<Role, String> ACCOUNTS =
      Map.of(
          Role.ADMIN, "demo-beheerder",
          Role.COORDINATOR, "demo-coordinator",
          Role.INSPECTOR, "demo-inspecteur",
          Role.PROVIDER, "demo-zorgaanbieder");

  private static final int[][] VIEWPORTS = {{1366, 900}, {390, 844}};

  /** Coordinators see the most of the staff pages (edit and publish actions): they go first. */
  private static final List<Role> RICHEST_FIRST =
      List.of(Role.COORDINATOR, Role.ADMIN, Role.INSPECTOR, Role.PROVIDER);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Test
  void everyPageForEveryRoleAtLaptopAndPhoneWidth() throws Exception {
    TestSupportClient.Made made = TestSupportClient.fieldwork(uri(), "IN_PROGRESS");
    Map<String, String> urls = urls(made);
    assertThat(urls.keySet())
        .as("a URL for every page in PageRules")
        .containsExactlyInAnyOrderElementsOf(PageRules.pages().keySet());
    List<String> wide = java.util.Collections.synchronizedList(new ArrayList<>());
    // One pass per width and role (null: not logged in), each in its own browser; the passes run
    // side by side on a few browsers (the sweep is the longest test of the suite), what each pass
    // opens is fixed beforehand. The phone width opens each page once, by the first role
    // (richest first) that may see it; axe checks a page the first time it is shown at a width.
    List<java.util.concurrent.Callable<Void>> passes = new ArrayList<>();
    for (int[] size : VIEWPORTS) {
      List<String> anonymous =
          PageRules.pages().entrySet().stream()
              .filter(page -> page.getValue() == Permission.PUBLIC)
              .map(Map.Entry::getKey)
              .toList();
      passes.add(() -> pass(null, anonymous, urls, size, wide));
      Set<String> shown = new HashSet<>();
      for (Role role : RICHEST_FIRST) {
        List<String> pages = new ArrayList<>();
        for (var page : new TreeSet<>(PageRules.pages().keySet())) {
          if (PageRules.pages().get(page).roles().contains(role)
              && !page.equals("/login.xhtml")
              && (size[0] >= 1000 || shown.add(page) || pages.isEmpty())) {
            pages.add(page);
          }
        }
        passes.add(() -> pass(role, pages, urls, size, wide));
      }
    }
    var browsers = java.util.concurrent.Executors.newFixedThreadPool(BROWSERS);
    try {
      for (var done : browsers.invokeAll(passes)) {
        try {
          done.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      browsers.shutdownNow();
    }
    assertThat(wide)
        .as(
            "console errors, axe violations, pages wider than a 390 px phone, headers wrapping at 1366 px")
        .isEmpty();
  }

  /** Browsers open side by side in the sweep: on two cores three kept both busy. */
  private static final int BROWSERS = 3;

  /** One role's pass at one width (role null: not logged in); the role's first page gets axe. */
  private Void pass(
      Role role, List<String> pages, Map<String, String> urls, int[] size, List<String> wide) {
    try (UiBrowser browser = new UiBrowser(uri())) {
      if (role != null) {
        browser.login(ACCOUNTS.get(role), DemoDataLoader.DEMO_PASSWORD);
      }
      browser.viewport(size[0], size[1]);
      boolean first = role != null;
      for (String page : pages) {
        visit(browser, urls.get(page), size[0], first, wide);
        first = false;
      }
    }
    return null;
  }

  @Test
  void theMainPagesWorkWithTheKeyboardAlone() {
    TestSupportClient.Made made = TestSupportClient.fieldwork(uri(), "IN_PROGRESS");
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.open("login.xhtml");
      assertThat(browser.tabTo("loginForm:username")).as("Tab reaches the user name").isTrue();
      browser.press("demo-inspecteur");
      browser.press(Keys.TAB);
      browser.press(DemoDataLoader.DEMO_PASSWORD);
      assertThat(browser.tabTo("loginForm:login")).as("Tab reaches Inloggen").isTrue();
      WebElement page = browser.driver().findElement(By.tagName("html"));
      browser.press(Keys.ENTER);
      browser.waitFor().until(UiBrowser.gone(page));
      browser.waitForAjax();
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("login.xhtml");

      browser.open("study/visits.xhtml?study=" + made.study());
      assertThat(browser.tabTo("visitsForm:showCalendar")).as("Tab reaches the calendar").isTrue();
      page = browser.driver().findElement(By.tagName("html"));
      browser.press(Keys.ENTER);
      browser.waitFor().until(UiBrowser.gone(page));
      browser.waitForAjax();
      assertThat(browser.find(By.cssSelector(".fc")).isDisplayed()).isTrue();
      browser.check();

      browser.open("study/interview.xhtml?id=" + made.interview());
      assertThat(browser.tabTo("interviewForm:complete")).as("Tab reaches Afronden").isTrue();
      browser.press(Keys.ENTER);
      browser.waitForAjax();
      browser.waitFor().until(d -> d.findElement(By.id("completeDialog")).isDisplayed());
      assertThat(
              browser
                  .driver()
                  .switchTo()
                  .activeElement()
                  .findElement(By.xpath("ancestor::*[@id='completeDialog']")))
          .as("the focus moved into the dialog")
          .isNotNull();
      browser.press(Keys.ESCAPE);
      browser.waitFor().until(d -> !d.findElement(By.id("completeDialog")).isDisplayed());
    }
  }

  @Test
  void theStartInterviewAndStudyPagesLoadUnder400KiBCold() {
    TestSupportClient.Made made = TestSupportClient.fieldwork(uri(), "IN_PROGRESS");
    try (UiBrowser browser = new UiBrowser(uri())) {
      browser.login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
      Map<String, Long> bytes = new LinkedHashMap<>();
      for (String page :
          List.of(
              "study/interview.xhtml?id=" + made.interview(),
              "study/visits.xhtml?study=" + made.study(),
              "study/visits.xhtml?study=" + made.study() + "&calendar=true",
              "study/visit.xhtml?id=" + made.visit(),
              "index.xhtml")) {
        bytes.put(page.replaceAll("\\?.*?(&|$)", "?…$1"), browser.coldLoadBytes(page));
      }
      System.out.println("Cold-load transfer (bytes): " + bytes);
      assertThat(bytes.get("study/interview.xhtml?…")).isLessThan(400 * 1024);
      assertThat(bytes.get("study/visits.xhtml?…")).isLessThan(400 * 1024);
    }
    // The start page, where every role lands after login (issue 13), for each role.
    Map<Role, Long> start = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      try (UiBrowser browser = new UiBrowser(uri())) {
        browser.login(ACCOUNTS.get(role), DemoDataLoader.DEMO_PASSWORD);
        start.put(role, browser.coldLoadBytes("start.xhtml"));
      }
    }
    System.out.println("Cold-load transfer of start.xhtml (bytes): " + start);
    assertThat(start.values()).allSatisfy(b -> assertThat(b).isLessThan(400 * 1024));
  }

  /**
   * Opens a page and checks it: console errors always, axe the first time this run shows the page
   * at this width and in this language, and on a role's first page (its menu).
   */
  private static void visit(
      UiBrowser browser, String url, int width, boolean firstOfRole, List<String> wide) {
    try {
      browser.openMaybeDenied(url, firstOfRole);
    } catch (AssertionError e) {
      wide.add(e.getMessage()); // All pages are visited; the test lists every problem at the end.
    }
    if (width >= 1000 && browser.headerWraps()) {
      wide.add(url + ": the header wraps at " + width + " px");
    }
    if (width < 1000 && browser.overflowsHorizontally()) {
      wide.add(
          url
              + " as "
              + browser
                  .driver()
                  .findElement(By.tagName("html"))
                  .getText()
                  .lines()
                  .findFirst()
                  .orElse(""));
    }
  }

  /**
   * A URL for each page, with the objects of one fieldwork study (ids found by following links).
   */
  private Map<String, String> urls(TestSupportClient.Made made) {
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("/index.xhtml", "index.xhtml");
    urls.put("/start.xhtml", "start.xhtml");
    urls.put("/login.xhtml", "login.xhtml");
    urls.put("/account/password.xhtml", "account/password.xhtml");
    urls.put("/study/list.xhtml", "study/list.xhtml");
    urls.put("/study/edit.xhtml", "study/edit.xhtml?id=" + made.study());
    urls.put("/study/visits.xhtml", "study/visits.xhtml?study=" + made.study());
    urls.put("/study/visit.xhtml", "study/visit.xhtml?id=" + made.visit());
    urls.put(
        "/study/area.xhtml", "study/area.xhtml?study=" + made.study() + "&area=" + made.area());
    urls.put("/study/tracer.xhtml", "study/tracer.xhtml?id=" + made.tracer());
    urls.put("/study/interview.xhtml", "study/interview.xhtml?id=" + made.interview());
    urls.put("/study/map.xhtml", "study/map.xhtml?study=" + made.study());
    urls.put("/study/scores.xhtml", "study/scores.xhtml?study=" + made.study());
    urls.put(
        "/study/explain.xhtml",
        "study/explain.xhtml?study=" + made.study() + "&area=" + made.area());
    long survey = TestSupportClient.survey(uri());
    urls.put("/survey/results.xhtml", "survey/results.xhtml?id=" + survey);
    urls.put("/survey/import.xhtml", "survey/import.xhtml?id=" + survey);
    urls.put("/region/list.xhtml", "region/list.xhtml");
    urls.put("/provider/list.xhtml", "provider/list.xhtml");
    urls.put("/provider/import.xhtml", "provider/import.xhtml");
    urls.put("/framework/list.xhtml", "framework/list.xhtml");
    urls.put("/admin/users.xhtml", "admin/users.xhtml");
    urls.put("/admin/accesslog.xhtml", "admin/accesslog.xhtml");
    // --- issue 15: second factor (the login steps show the login page without a pending login;
    // TotpUiIT checks them with one).
    urls.put("/login/code.xhtml", "login/code.xhtml");
    urls.put("/login/enrol.xhtml", "login/enrol.xhtml");
    urls.put("/account/second-factor.xhtml", "account/second-factor.xhtml");
    // Issue 15: a visit of demo-zorgaanbieder's De Linde sent for reply, demo-inspecteur on the
    // team.
    urls.put("/reply/index.xhtml", "reply/index.xhtml");
    urls.put(
        "/reply/visit.xhtml",
        "reply/visit.xhtml?id=" + TestSupportClient.replying(uri(), true).visit());
    // --- issue 15: notifications.
    urls.put("/notifications.xhtml", "notifications.xhtml");
    // --- report H1 --- issue 16: the internal report pages of the fieldwork study.
    urls.put("/study/report.xhtml", "study/report.xhtml?study=" + made.study());
    urls.put(
        "/study/area-report.xhtml",
        "study/area-report.xhtml?study=" + made.study() + "&area=" + made.area());
    // --- report H3 --- issue 16: the coordinator's publishing page and the public pages, over a
    // study with a published national report and area report (PublishTestSupportServlet).
    urls.put("/study/publish.xhtml", "study/publish.xhtml?study=" + made.study());
    java.util.regex.Matcher ready =
        java.util.regex.Pattern.compile("study=(\\d+) area=(\\d+)")
            .matcher(publishSupport("op=publishable&min=5"));
    assertThat(ready.find()).isTrue();
    publishSupport("op=publish&study=" + ready.group(1));
    String area = publishSupport("op=publish&study=" + ready.group(1) + "&area=" + ready.group(2));
    urls.put("/public/index.xhtml", "public/index.xhtml");
    urls.put("/public/study.xhtml", "public/study.xhtml?study=" + ready.group(1));
    urls.put(
        "/public/area.xhtml",
        "public/area.xhtml?publication=" + area.replaceAll(".*publication=(\\d+).*", "$1"));
    urls.put("/public/dictionary.xhtml", "public/dictionary.xhtml");
    try (UiBrowser staff = new UiBrowser(uri())) {
      staff.login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
      staff.open("study/visit.xhtml?id=" + made.visit());
      urls.put("/study/finding.xhtml", link(staff, "study/finding.xhtml").orElseThrow());
      staff.open("provider/list.xhtml");
      String provider = link(staff, "provider/show.xhtml").orElseThrow();
      urls.put("/provider/show.xhtml", provider);
      urls.put("/provider/edit.xhtml", provider.replace("show.xhtml", "edit.xhtml"));
      staff.open("region/list.xhtml");
      urls.put("/region/edit.xhtml", link(staff, "region/edit.xhtml").orElse("region/edit.xhtml"));
      staff.open("framework/list.xhtml");
      String framework = link(staff, "framework/show.xhtml").orElseThrow();
      urls.put("/framework/show.xhtml", framework);
      staff.open(framework);
      urls.put(
          "/framework/diff.xhtml",
          link(staff, "framework/diff.xhtml")
              .orElseGet(
                  () -> {
                    String version = framework.replaceAll(".*[?&]id=(\\d+).*", "$1");
                    return "framework/diff.xhtml?from=" + version + "&to=" + version;
                  }));
    }
    // Pages added to PageRules later without a URL here fail the containsExactly check above.
    return urls;
  }

  private Optional<String> link(UiBrowser browser, String path) {
    return browser.driver().findElements(By.cssSelector("a[href*='" + path + "']")).stream()
        .map(a -> a.getAttribute("href"))
        .map(h -> h.substring(h.indexOf(path)))
        .findFirst();
  }

  // --- report H3 ---
  private String publishSupport(String query) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(uri().resolve("test-support/publish?" + query))
                  .timeout(java.time.Duration.ofSeconds(180))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
