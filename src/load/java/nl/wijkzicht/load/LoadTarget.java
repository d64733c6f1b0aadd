package nl.wijkzicht.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load test ({@link WorkdaySimulation}), the hot-path benchmark ({@link HotPathBenchmark})
 * and the outage probe ({@link DatabaseOutageProbe}) share: the server and database they run
 * against, how a page's ViewState and CSP nonce are read, the login and autosave forms as the pages
 * post them, and which interviews may still be edited.
 *
 * <p>Settings (system properties): {@code load.base} (http://localhost:8143), {@code load.study}
 * (the generated study, 2), {@code load.public} (the published demo study, 1), {@code load.db.port}
 * (3443), {@code load.db.password} (required: ids are read from the database), {@code
 * load.password} (the demo password).
 */
public final class LoadTarget {

  public static final String BASE = System.getProperty("load.base", "http://localhost:8143");
  public static final long STUDY = Long.getLong("load.study", 2);
  public static final long PUBLIC_STUDY = Long.getLong("load.public", 1);
  public static final String PASSWORD = System.getProperty("load.password", "wijkzicht-demo-2026");
  public static final String DB =
      "jdbc:mariadb://127.0.0.1:" + System.getProperty("load.db.port", "3443") + "/wijkzicht";
  public static final String DB_PASSWORD = System.getProperty("load.db.password", "");

  /** The field the interview page autosaves: the first question's note. */
  public static final String AUTOSAVED = "interviewForm:questions:0:note";

  /** What the autosave's partial response says once the answer is committed. */
  public static final String SAVED = "Opgeslagen";

  /** The ViewState of a Faces page (group 1). */
  public static final String VIEW_STATE_REGEX =
      "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"";

  /** The page's CSP nonce (group 1), which PrimeFaces posts back. */
  public static final String NONCE_REGEX = "nonce=\"([^\"]+)\"";

  private static final Pattern VIEW_STATE = Pattern.compile(VIEW_STATE_REGEX);
  private static final Pattern NONCE = Pattern.compile(NONCE_REGEX);

  private LoadTarget() {}

  public static Connection database() throws SQLException {
    return DriverManager.getConnection(DB, "wijkzicht", DB_PASSWORD);
  }

  /**
   * The login form's fields, as login.xhtml posts them (ViewState and nonce added by the caller).
   */
  public static Map<String, String> loginForm(String user) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:username", user);
    form.put("loginForm:password", PASSWORD);
    form.put("loginForm:login", "");
    return form;
  }

  /**
   * The autosave of the first question's note, as the interview page's Ajax posts it (ViewState and
   * nonce added by the caller); send with the header {@code Faces-Request: partial/ajax}.
   */
  public static Map<String, String> autosaveForm(String note) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", AUTOSAVED);
    form.put("jakarta.faces.partial.execute", AUTOSAVED);
    form.put(
        "jakarta.faces.partial.render",
        "interviewForm:questions:0:status interviewForm:questions:0:conflict");
    form.put("jakarta.faces.behavior.event", "change");
    form.put("jakarta.faces.partial.event", "change");
    form.put("interviewForm", "interviewForm");
    form.put(AUTOSAVED, note);
    return form;
  }

  /** The ViewState in a page, or null. */
  public static String viewState(String html) {
    return first(VIEW_STATE, html);
  }

  /** The CSP nonce in a page, or null. */
  public static String nonce(String html) {
    return first(NONCE, html);
  }

  private static String first(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    return m.find() ? m.group(1) : null;
  }

  /** Interviews an inspector may still type in: not completed, visit in progress. */
  public static List<Long> editableInterviews(int count) {
    return ids(
        "SELECT i.id FROM interview i JOIN visit v ON v.id = i.visit_id WHERE i.study_id = "
            + STUDY
            + " AND NOT i.completed AND v.status = 'IN_PROGRESS' ORDER BY i.id LIMIT "
            + count);
  }

  /** The published reports of the public study. */
  public static List<Long> publications() {
    return ids(
        "SELECT id FROM report_publication WHERE study_id = "
            + PUBLIC_STUDY
            + " AND status = 'PUBLISHED' ORDER BY id");
  }

  public static List<Long> ids(String sql) {
    List<Long> ids = new ArrayList<>();
    try (Connection db = database();
        ResultSet r = db.createStatement().executeQuery(sql)) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    } catch (Exception e) {
      throw new IllegalStateException("The load test reads its ids from " + DB + ": " + e, e);
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("Nothing to load-test in " + DB + ": " + sql);
    }
    return ids;
  }
}
