package nl.wijkzicht.testsupport;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import nl.wijkzicht.database.DataSourceConfiguration;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Test-only endpoint, added to the test deployment and never to the application's WAR: lets an HTTP
 * test prepare accounts and look inside the server after a burst.
 *
 * <ul>
 *   <li>{@code POST ?op=account&username=..&password=..}: creates an inspector account.
 *   <li>{@code GET ?op=account&username=..}: {@code failed=N locked=true|false}.
 *   <li>{@code GET ?op=pool&size=N}: takes N connections from the application's pool at once (each
 *       within the pool's wait time) and gives them back; answers {@code free=N} only if all N
 *       came, so a connection kept by a finished request is found.
 *   <li>{@code GET ?op=fieldwork&status=PUBLISHED}: a new study and visit ({@link TestData});
 *       answers {@code study=N visit=M}.
 *   <li>{@code GET ?op=scored}: the same, with findings to score ({@link TestData#scored}).
 *   <li>{@code GET ?op=survey}: a new survey study ({@link TestData#surveyStudy}); answers {@code
 *       survey=N}.
 *   <li>{@code POST ?op=account&..&secondFactor=required}: the same, needing a second factor.
 *   <li>{@code GET ?op=log&username=..}: that user's access-log entries (action outcome id detail).
 *   <li>{@code GET ?op=replying[&provider=demo]}: a visit sent for reply with findings and
 *       shareable evidence ({@link TestData#replying}); answers {@code study=N visit=M provider=P
 *       user=U finding1=F finding2=G}.
 *   <li>{@code GET ?op=denied&username=U}: the number of DENIED access-log entries of U.
 *   <li>{@code GET ?op=backlog}: waits for the access-log backlog to be written.
 * </ul>
 */
@WebServlet("/test-support")
public class TestSupportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private UserService users;
  @Inject private AccessLogBacklog backlog;
  @Inject private TestData testData;
  @Inject private nl.wijkzicht.security.boundary.AccessLogService accessLog;
  @Inject private nl.wijkzicht.security.boundary.SecondFactorStore secondFactors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    switch (String.valueOf(request.getParameter("op"))) {
      case "account" -> {
        AppUser user = users.findByUsername(request.getParameter("username")).orElse(null);
        response
            .getWriter()
            .print(
                user == null
                    ? "unknown"
                    : "failed="
                        + user.getFailedLogins()
                        + " locked="
                        + user.isLocked(java.time.Instant.now()));
      }
      case "fieldwork", "scored" -> {
        String status = request.getParameter("status");
        TestData.Fieldwork made =
            "scored".equals(request.getParameter("op"))
                ? testData.scored()
                : testData.fieldwork(
                    status == null ? VisitStatus.PLANNED : VisitStatus.valueOf(status), true);
        response
            .getWriter()
            .print(
                "study="
                    + made.study().getId()
                    + " visit="
                    + made.visit().getId()
                    + " area="
                    + made.area("GM0321")
                    + " tracer="
                    + made.tracer().getId()
                    + " interview="
                    + made.interview().getId());
      }
      case "survey" -> response.getWriter().print("survey=" + testData.surveyStudy().getId());
      case "replying" -> {
        // ?op=replying[&provider=demo]: a visit sent for reply (TestData#replying), at the demo
        // provider De Linde (demo-zorgaanbieder) or at a new provider with a new account.
        TestData.Replying made =
            testData.replying(
                "demo".equals(request.getParameter("provider")) ? testData.demoProviderId() : null);
        response
            .getWriter()
            .print(
                "study="
                    + made.study().getId()
                    + " visit="
                    + made.visit().getId()
                    + " provider="
                    + made.providerId()
                    + " user="
                    + made.providerUser()
                    + " finding1="
                    + made.finding1()
                    + " finding2="
                    + made.finding2());
      }
      case "denied" ->
          // ?op=denied&username=U: how many DENIED entries the access log has for U (after the
          // backlog is written).
          response.getWriter().print("denied=" + denied(request.getParameter("username")));
      case "pool" ->
          response.getWriter().print(pool(Integer.parseInt(request.getParameter("size"))));
      case "backlog" -> {
        try {
          response
              .getWriter()
              .print(backlog.awaitWritten(Duration.ofSeconds(20)) ? "written" : "pending");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          response.sendError(500);
        }
      }
      case "log" -> {
        // issue 15 (second factor): a user's access-log entries, newest first, one a line.
        for (var entry :
            accessLog.search(
                new nl.wijkzicht.security.control.AccessLogQuery(
                    java.util.Optional.of(request.getParameter("username")),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty()),
                0,
                100)) {
          response
              .getWriter()
              .println(
                  entry.getAction()
                      + " "
                      + entry.getOutcome()
                      + " "
                      + entry.getObjectId()
                      + " "
                      + entry.getDetail());
        }
      }
      default -> response.sendError(400);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"account".equals(request.getParameter("op"))) {
      response.sendError(400);
      return;
    }
    users.createInitial(
        request.getParameter("username"),
        "Test",
        Role.INSPECTOR,
        null,
        request.getParameter("password"),
        false);
    if ("required".equals(request.getParameter("secondFactor"))) {
      // issue 15: this account needs a second factor whatever its role (the test server requires
      // it for no role, so the other tests sign in with a password only).
      users
          .findByUsername(request.getParameter("username"))
          .ifPresent(u -> secondFactors.requireFor(u.getId(), true));
    }
    response.setContentType("text/plain");
    response.getWriter().print("created");
  }

  private long denied(String username) {
    try {
      backlog.awaitWritten(Duration.ofSeconds(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return accessLog.count(
        new nl.wijkzicht.security.control.AccessLogQuery(
            java.util.Optional.of(username),
            java.util.Optional.empty(),
            java.util.Optional.of(nl.wijkzicht.security.entity.AccessOutcome.DENIED),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty()));
  }

  private String pool(int size) {
    return PoolCheck.free(dataSource, size);
  }
}
