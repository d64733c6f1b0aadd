package nl.wijkzicht.reply.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.reply.boundary.VisitReportService;
import nl.wijkzicht.reply.control.VisitReportRenderer;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.web.ServletCalls;

/**
 * /reply/report?visit=N: the visit report PDF of a final visit (issue 15), for the visit's provider
 * and staff of its study ({@link VisitReportService} checks and logs). Signed out 401, refused 403
 * (another organisation: logged DENIED; not final yet), unknown or malformed id 404. Never cached.
 */
@WebServlet("/reply/report")
public class VisitReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private VisitReportService reports;
  @Inject private CurrentUser currentUser;
  @Inject private DatabaseStatus databaseStatus;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (!databaseStatus.isReady()) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Actor actor = currentUser.actor();
    if (actor.isAnonymous()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    Optional<Long> visitId = ServletCalls.id(request.getParameter("visit"));
    if (visitId.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<byte[]> pdf = ServletCalls.call(response, () -> reports.pdf(actor, visitId.get()));
    if (pdf.isEmpty()) {
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + VisitReportRenderer.fileName(visitId.get()) + "\"");
    response.setContentLength(pdf.get().length);
    response.getOutputStream().write(pdf.get());
  }
}
