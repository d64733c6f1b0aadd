package nl.wijkzicht.notify;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.ItAccounts;
import nl.wijkzicht.testsupport.TestData;

/**
 * Test-only ({@code /test-support/notify}, never in the application's WAR): {@code
 * ?op=provider-visit&status=SENT_FOR_REPLY} makes a new provider with a visit in that status
 * ({@link TestData}) and an account of that provider with the password {@link ItAccounts#PASSWORD};
 * answers {@code visit=N user=NAME}.
 */
@WebServlet("/test-support/notify")
public class NotifyTestSupportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private TestData testData;
  @Inject private UserService users;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    if (!"provider-visit".equals(request.getParameter("op"))) {
      response.sendError(400);
      return;
    }
    String status = request.getParameter("status");
    TestData.Fieldwork made =
        testData.fieldwork(
            status == null ? VisitStatus.SENT_FOR_REPLY : VisitStatus.valueOf(status), false);
    String user = "it-np-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        user,
        "IT Zorgaanbieder",
        Role.PROVIDER,
        made.provider().getId(),
        ItAccounts.PASSWORD,
        false);
    response.getWriter().print("visit=" + made.visit().getId() + " user=" + user);
  }
}
