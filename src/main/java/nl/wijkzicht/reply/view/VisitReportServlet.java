package nl.wijkzicht.reply.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.reply.boundary.VisitReportService;
import nl.wijkzicht.reply.control.VisitReportRenderer;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;

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
    String parameter = request.getParameter("visit");
    if (parameter == null || !parameter.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long visitId = Long.parseLong(parameter);
    byte[] pdf;
    try {
      pdf = reports.pdf(actor, visitId);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + VisitReportRenderer.fileName(visitId) + "\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
