package nl.wijkzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium for browser tests. After every page it checks two things and fails the
 * test with the details: no JavaScript error in the console, and no accessibility violation of
 * impact serious or critical under WCAG 2.1 A/AA (axe-core). Screenshot and HTML of a failing page
 * go to target/ui-failures/.
 */
public final class UiBrowser implements AutoCloseable {

  static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** Axe rules switched off everywhere, each with its reason (none so far). */
  static final List<String> DISABLED_RULES = List.of();

  /**
   * Violations accepted only where all their elements match a selector, with the reason (none: the
   * messages' list items no longer carry role="alert", web.MessagesListRenderer).
   */
  static final Map<String, String> ACCEPTED_WHERE = Map.of();

  private final ChromeDriver driver;
  private final URI base;
  private final Set<String> checked = new LinkedHashSet<>();
  private String within;
  private boolean deniedExpected;

  /**
   * Pages (path and language) axe has checked in this run; a page shown again is only checked for
   * errors.
   */
  private static final Set<String> AXE_DONE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public UiBrowser(URI base) {
    requireChromium();
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,900",
        "--lang=nl-NL");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * Without Debian's chromium and chromedriver the browser tests are skipped with a message (a
   * newcomer's mvn verify still runs everything else). In CI (environment CI=true, or
   * -Dwijkzicht.ui.required=true) a missing browser fails the build instead.
   */
  static void requireChromium() {
    boolean present =
        Files.isExecutable(Path.of("/usr/bin/chromium"))
            && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    boolean required =
        Boolean.getBoolean("wijkzicht.ui.required") || "true".equals(System.getenv("CI"));
    if (!present && required) {
      throw new IllegalStateException(
          "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver:"
              + " apt-get install chromium chromium-driver");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        present, "Browser tests skipped: apt-get install chromium chromium-driver to run them");
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a page of the application and checks it. */
  public void open(String path) {
    driver.get(base.resolve(path).toString());
    check(false);
  }

  /**
   * Opens a page that may answer 403 for this account (a role allowed the page but not this
   * object): the error page is checked like any other, the browser's "403" console line is not an
   * error.
   */
  public void openMaybeDenied(String path) {
    openMaybeDenied(path, true);
  }

  /**
   * As {@link #openMaybeDenied(String)}; with {@code axeAlways} false axe runs only the first time
   * this run shows the page at this width and language (the sweep's phone width: what differs
   * between roles there is the menu, checked at the laptop width for every role).
   */
  public void openMaybeDenied(String path, boolean axeAlways) {
    deniedExpected = true;
    try {
      driver.get(base.resolve(path).toString());
      check(axeAlways);
    } finally {
      deniedExpected = false;
    }
  }

  /** Opens a page and checks it with axe even when this run has checked it before. */
  public void openAndCheck(String path) {
    driver.get(base.resolve(path).toString());
    check(true);
  }

  /** Browser viewport size in CSS pixels (the window is sized so the page gets this much). */
  public void viewport(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** True when the page is wider than the viewport (a horizontal scrollbar on a phone). */
  public boolean overflowsHorizontally() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;"));
  }

  /** True when the header's brand, menu and account controls take more than one line. */
  public boolean headerWraps() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var bar = document.querySelector('.app-bar'); if (!bar) return false;"
                    + " var tops = Array.from(bar.children).filter(e => e.offsetParent !== null)"
                    + ".map(e => Math.round(e.getBoundingClientRect().top));"
                    + " return bar.querySelectorAll('.ui-menubar > ul > li').length > 0"
                    + " && (Math.max(...tops) - Math.min(...tops) > 20"
                    + " || bar.querySelector('.ui-menubar').getBoundingClientRect().height > 60);"));
  }

  /**
   * Presses Tab until the element with this id has the focus (at most 150 times), as a keyboard
   * user would; false when it never got the focus.
   */
  public boolean tabTo(String id) {
    org.openqa.selenium.interactions.Actions keys =
        new org.openqa.selenium.interactions.Actions(driver);
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
      Object focused =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var e = document.activeElement; return e ? (e.id || e.tagName + '.' +"
                      + " e.className) : '';");
      if (id.equals(focused)) {
        return true;
      }
      path.add(String.valueOf(focused));
    }
    System.out.println("Tab never reached " + id + "; focus went " + path);
    return false;
  }

  /** Presses a key on whatever has the focus. */
  public void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
  }

  /**
   * The bytes a cold load of this page moves over the network: the page and every resource it loads
   * (scripts, styles, fonts, images), compressed as sent, headers included, with the browser's
   * cache emptied first (Resource Timing transferSize).
   */
  public long coldLoadBytes(String path) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    try {
      driver.get(base.resolve(path).toString());
      waitForAjax();
      Number bytes =
          (Number)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return performance.getEntriesByType('navigation')"
                          + ".concat(performance.getEntriesByType('resource'))"
                          + ".reduce((sum, e) => sum + (e.transferSize || 0), 0);");
      return bytes.longValue();
    } finally {
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
  }

  public void login(String username, String password) {
    open("login.xhtml");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), password);
    clickAndWaitForPage(By.id("loginForm:login"));
  }

  public WebElement find(By by) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Types a date as a user would (dd-mm-jjjj) and leaves the field with Tab (its change event runs
   * then): focusing the field must not open the calendar (it opens from its button only, issue 13),
   * and the field must keep the typed text.
   */
  public void date(By by, String ddmmyyyy) {
    WebElement field = find(by);
    field.click();
    assertThat(calendarOpen()).as("calendar opened by focusing %s", by).isFalse();
    field.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        ddmmyyyy,
        org.openqa.selenium.Keys.TAB);
    waitForAjax();
    assertThat(calendarOpen()).as("calendar opened while typing into %s", by).isFalse();
    assertThat(find(by).getAttribute("value")).as("date typed into %s", by).isEqualTo(ddmmyyyy);
  }

  /** Whether a datePicker's calendar is showing. */
  public boolean calendarOpen() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('.ui-datepicker-calendar'))"
                    + ".some(e => e.offsetParent !== null);"));
  }

  /**
   * Picks an item of a PrimeFaces selectOneMenu by its visible label, through the widget as a
   * keyboard choice would (its change behaviours run): clicking an item of the overlay while it was
   * still opening selected nothing in CI runs, and clicking again threw a console error.
   */
  public void pick(String menuId, String label) {
    choose(menuId, label);
    waitForAjax();
  }

  /**
   * Chooses an item of a PrimeFaces selectOneMenu by its label through the widget (selectValue,
   * then triggerChange so the menu's change behaviours run, as a keyboard choice does): clicking an
   * item of the overlay right after the page loaded sometimes selected nothing in CI.
   */
  public void choose(String menuId, String label) { // label: the whole label, else a part of it
    find(By.id(menuId));
    waitForAjax();
    Object chosen =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                    + " var o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(x => x.text.trim() === arguments[1])"
                    + " || Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(x => x.text.includes(arguments[1]));"
                    + " if (!o) return false; w.selectValue(o.value); w.triggerChange();"
                    + " return true;",
                menuId,
                label);
    assertThat(chosen).as("%s has an item %s", menuId, label).isEqualTo(Boolean.TRUE);
    assertThat(find(By.id(menuId + "_label")).getText()).as("shown in %s", menuId).contains(label);
  }

  public void click(By by) {
    waitFor().until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /**
   * The element's text once it contains every one of {@code expected}: after an Ajax update the old
   * element may still be there, or be replaced between finding and reading it (stale).
   */
  public String waitForText(By by, String... expected) {
    try {
      return waitFor()
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                String text = d.findElement(by).getText();
                for (String part : expected) {
                  if (!text.contains(part)) {
                    return null;
                  }
                }
                return text;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          by + " does not show " + java.util.Arrays.toString(expected) + ": " + find(by).getText(),
          e);
    }
  }

  /**
   * Clicks the index-th element matching the selector, finding it again when the page replaced it
   * between finding and clicking (chromium then answers "stale element" or "node does not belong to
   * the document"; seen in CI right after a page load).
   */
  public void clickNth(By by, int index) {
    waitFor()
        .until(
            d -> {
              List<WebElement> all = d.findElements(by);
              if (all.size() <= index) {
                return false;
              }
              try {
                all.get(index).click();
                return true;
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
              } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return false;
                }
                throw e;
              }
            });
  }

  /** Clicks something that loads a new page, waits for it and checks it. */
  public void clickAndWaitForPage(By by) {
    WebElement old = driver.findElement(By.tagName("html"));
    click(by);
    try {
      waitFor().until(gone(old));
    } catch (org.openqa.selenium.TimeoutException e) {
      keep(driver.getCurrentUrl());
      throw new AssertionError(
          "No new page after clicking "
              + by
              + "; messages: "
              + driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                  .map(WebElement::getText)
                  .filter(t -> !t.isBlank())
                  .toList(),
          e);
    }
    waitForAjax();
    check(false);
  }

  /**
   * True once {@code element} is no longer in the page (a new page replaced it). Selenium's
   * stalenessOf expects a "stale element" error; chromium 156 may answer "Node with given id does
   * not belong to the document" instead, which stalenessOf passes on as a failure (seen in CI).
   */
  public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
    return d -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  /** Waits until PrimeFaces and jQuery have no request running. */
  public void waitForAjax() {
    waitFor()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || (jQuery.active === 0"
                                + " && jQuery(':animated').length === 0));")));
  }

  public WebDriverWait waitFor() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Switches the session's language with the header buttons. */
  public void language(String code) {
    clickAndWaitForPage(By.id("headerForm:lang" + (code.equals("en") ? "En" : "Nl")));
  }

  /** No console error and no serious or critical accessibility violation on the current page. */
  public void check() {
    check(true);
  }

  /**
   * As {@link #check()}, but axe looks only inside {@code cssSelector}: an open modal dialog (the
   * page behind it is dimmed by the mask, which axe would count as low contrast; the page itself
   * was checked before the dialog opened).
   */
  public void checkWithin(String cssSelector) {
    within = cssSelector;
    try {
      check(true);
    } finally {
      within = null;
    }
  }

  /**
   * Console errors always; axe always when {@code always} (a test checking a dialog or state it
   * opened), else the first time this run shows the page in this language (axe takes a second or
   * two).
   */
  private void check(boolean always) {
    waitForAjax();
    String page = driver.getCurrentUrl();
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> !(deniedExpected && m.contains("status of 403")))
            .toList();
    if (!errors.isEmpty()) {
      keep(page);
    }
    assertThat(errors).as("JavaScript errors on %s", page).isEmpty();
    String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
    long width =
        ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;"))
            .longValue();
    String key =
        URI.create(page).getPath() + " [" + lang + "]" + (width < 1000 ? " @" + width : "");
    checked.add(key);
    if (!AXE_DONE.add(key) && !always) {
      return;
    }
    AxeBuilder axe = new AxeBuilder().withTags(WCAG).disableRules(DISABLED_RULES);
    if (within != null) {
      axe.include(within);
    }
    Results results = axe.analyze(driver);
    List<String> violations = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      boolean accepted =
          ACCEPTED_WHERE.containsKey(rule.getId())
              && rule.getNodes().stream()
                  .allMatch(
                      n ->
                          String.valueOf(n.getTarget()).contains(ACCEPTED_WHERE.get(rule.getId())));
      if (!accepted
          && ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))) {
        violations.add(
            rule.getId()
                + " ("
                + rule.getImpact()
                + "): "
                + rule.getHelp()
                + " at "
                + rule.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget()))
                    .limit(5)
                    .collect(Collectors.joining(", ")));
      }
    }
    if (!violations.isEmpty()) {
      keep(page);
    }
    assertThat(violations)
        .as(
            "accessibility violations on %s (%s)",
            page, driver.findElement(By.tagName("html")).getAttribute("lang"))
        .isEmpty();
    checked.add(
        URI.create(page).getPath()
            + " ["
            + driver.findElement(By.tagName("html")).getAttribute("lang")
            + "]");
  }

  /** The pages checked so far, with their language. */
  public Set<String> checked() {
    return checked;
  }

  private void keep(String page) {
    try {
      Path dir = Files.createDirectories(Path.of("target/ui-failures"));
      String name = page.replaceAll("[^A-Za-z0-9]+", "_");
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
