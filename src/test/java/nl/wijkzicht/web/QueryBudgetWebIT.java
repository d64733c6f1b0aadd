package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements per page, counted on the server per HTTP request ({@link StatementCounter}), on a
 * study of realistic size ({@code StudyOfSize}: four areas, 20 visits, half with a completed
 * interview and findings, tracers with interviews, providers with four locations each). Every page
 * must stay within its budget, and must send exactly as many statements after the study doubled (40
 * visits, twice the providers and tracers, one more study, more access-log entries) and for a
 * visit, tracer and interview with more findings and answers (8 norms rated instead of 3, 16
 * answers instead of 6): no page's statement count may grow with the rows it shows. Budgets and
 * figures: docs/performance.md.
 *
 * <p>Each page is loaded once before it is counted, so reference data (frameworks, municipalities,
 * studies, providers) sits in EclipseLink's shared cache as it does in production.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryBudgetWebIT {

  private static final Pattern MADE =
      Pattern.compile(
          "study=(\\d+) visit=(\\d+) interview=(\\d+) tracer=(\\d+) area=(\\d+) norm=(\\S+)"
              + " provider=(\\d+) region=(\\d+)");

  /**
   * Statement budget per page: the most statements one request for the page may send, every
   * statement counted (the account lookup of the request, reads, the access-log entries it writes).
   * Set to what the pages send now; raise one only for a reason that does not grow with rows, and
   * change docs/performance.md with it.
   */
  static final Map<String, Integer> BUDGETS = new LinkedHashMap<>();

  static {
    // Issue 15: every page of a signed-in user other than an admin counts what awaits the user for
    // the header's bell (one count query, NotificationBell): each budget below that is measured as
    // a coordinator is one more than before; the admin pages' are unchanged.
    BUDGETS.put("home (municipalities, paged)", 7);
    BUDGETS.put("study list", 5);
    BUDGETS.put("study page (visits, calendar)", 8);
    BUDGETS.put("visit", 18);
    BUDGETS.put("interview", 9);
    BUDGETS.put("finding", 31);
    // area +5 and tracer +10 for the care-network sections (issue 14): who does what, and the
    // tracer map (tracer, interviews, area roles, findings, their providers, question roles,
    // saved).
    BUDGETS.put("area", 22);
    BUDGETS.put("tracer", 26);
    BUDGETS.put("region list", 3);
    BUDGETS.put("region", 4);
    BUDGETS.put("provider list", 4);
    BUDGETS.put("provider", 3);
    BUDGETS.put("framework list", 3);
    BUDGETS.put("admin accounts", 5); // + which accounts have a second factor (one query)
    BUDGETS.put("access log", 5);
    BUDGETS.put("start (inspector)", 8);
    BUDGETS.put("start (coordinator)", 7);
    BUDGETS.put("start (admin)", 5);
    BUDGETS.put("start (provider)", 4);
    // --- issue 15: the notifications page (account, list, access log; the bell takes the
    // list's size).
    BUDGETS.put("notifications (coordinator)", 3);
    BUDGETS.put("notifications (provider)", 3);
  }

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
  void noPageSendsMoreStatementsThanItsBudgetNorMoreForMoreRows() throws Exception {
    Matcher made = made("op=make&providers=5&depth=3");
    Map<String, Integer> small = measure(made);
    // Twice the visits, providers and tracers; a visit, tracer and interview with more findings
    // and answers; one more study.
    Matcher grown =
        made("op=grow&providers=5&depth=8&study=" + made.group(1) + "&region=" + made.group(8));
    made("op=make&providers=1&depth=1");
    Map<String, Integer> large = measure(grown);
    StringBuilder table = new StringBuilder("page | budget | 20 visits | 40 visits, deeper\n");
    BUDGETS.forEach(
        (page, budget) ->
            table
                .append(page)
                .append(" | ")
                .append(budget)
                .append(" | ")
                .append(small.get(page))
                .append(" | ")
                .append(large.get(page))
                .append('\n'));
    System.out.println("Statements per page:\n" + table);
    BUDGETS.forEach(
        (page, budget) -> {
          assertThat(small.get(page))
              .as(page + " within its budget\n" + table)
              .isLessThanOrEqualTo(budget);
          assertThat(large.get(page))
              .as(page + " sends no more statements for more rows\n" + table)
              .isEqualTo(small.get(page));
        });
  }

  private Matcher made(String query) throws Exception {
    String answer = support(query).trim();
    Matcher matcher = MADE.matcher(answer);
    assertThat(matcher.find()).as("test data made: " + answer).isTrue();
    return matcher;
  }

  private Map<String, Integer> measure(Matcher made) throws Exception {
    String study = made.group(1);
    Browser lead = login("demo-coordinator");
    Browser admin = login("demo-beheerder");
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("home (municipalities, paged)", count(lead, "index.xhtml"));
    counts.put("study list", count(lead, "study/list.xhtml"));
    counts.put("study page (visits, calendar)", count(lead, "study/visits.xhtml?study=" + study));
    counts.put("visit", count(lead, "study/visit.xhtml?id=" + made.group(2)));
    counts.put("interview", count(lead, "study/interview.xhtml?id=" + made.group(3)));
    counts.put(
        "finding",
        count(
            lead,
            "study/finding.xhtml?kind=VISIT&id="
                + made.group(2)
                + "&study="
                + study
                + "&norm="
                + made.group(6)));
    counts.put("area", count(lead, "study/area.xhtml?study=" + study + "&area=" + made.group(5)));
    counts.put("tracer", count(lead, "study/tracer.xhtml?id=" + made.group(4)));
    counts.put("region list", count(lead, "region/list.xhtml"));
    counts.put("region", count(lead, "region/edit.xhtml?id=" + made.group(8)));
    counts.put("provider list", count(lead, "provider/list.xhtml"));
    counts.put("provider", count(lead, "provider/show.xhtml?id=" + made.group(7)));
    counts.put("framework list", count(lead, "framework/list.xhtml"));
    counts.put("admin accounts", count(admin, "admin/users.xhtml"));
    counts.put("access log", count(admin, "admin/accesslog.xhtml"));
    counts.put("start (inspector)", count(login("demo-inspecteur"), "start.xhtml"));
    counts.put("start (coordinator)", count(lead, "start.xhtml"));
    counts.put("start (admin)", count(admin, "start.xhtml"));
    counts.put("start (provider)", count(login("demo-zorgaanbieder"), "start.xhtml"));
    counts.put("notifications (coordinator)", count(lead, "notifications.xhtml"));
    counts.put(
        "notifications (provider)", count(login("demo-zorgaanbieder"), "notifications.xhtml"));
    return counts;
  }

  /** GET /test-support/statements?query, from the test-only StatementCountServlet. */
  private String support(String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri().resolve("test-support/statements?" + query))
                .timeout(Duration.ofMinutes(10))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private Browser login(String user) throws Exception {
    Browser browser = new Browser(uri());
    browser.login(user, DemoDataLoader.DEMO_PASSWORD);
    return browser;
  }

  /** Loads the page once (warming the shared cache), then counts a second load. */
  private int count(Browser browser, String page) throws Exception {
    assertThat(browser.get(page).statusCode()).as(page).isEqualTo(200);
    String label = UUID.randomUUID().toString();
    HttpResponse<String> counted = browser.get(page, Map.of(StatementCounter.HEADER, label));
    assertThat(counted.statusCode()).as(page).isEqualTo(200);
    String statements = support("label=" + label);
    int count = Integer.parseInt(statements.lines().findFirst().orElseThrow().trim());
    System.out.println("== " + page + ": " + statements);
    return count;
  }
}
