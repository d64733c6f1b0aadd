package nl.wijkzicht.publish.view;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.ServletCalls;

/**
 * /public/report?publication=N: the PDF of a published (or superseded) version, for anyone. Not
 * published, withdrawn, unknown or malformed: 404 (logged). The file is checked against its SHA-256
 * first: a damaged file is not served, the publication's page says so (status 500). A published
 * file never changes: ETag = its SHA-256, cacheable for a year, 304 on a match.
 */
@WebServlet("/public/report")
public class PublicReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Request attribute telling the publication page that its PDF is damaged. */
  public static final String DAMAGED = "wijkzicht.pdfDamaged";

  @Inject private PublicReports reports;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<Long> id = ServletCalls.id(request.getParameter("publication"));
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PublicReports.Pdf> found =
        ServletCalls.call(response, () -> reports.pdf(currentUser.actor(), id.get()));
    if (found.isEmpty()) {
      return;
    }
    PublicReports.Pdf pdf = found.get();
    if (pdf.damaged()) {
      response.setHeader("Cache-Control", "no-store");
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      request.setAttribute(DAMAGED, Boolean.TRUE);
      request.getRequestDispatcher("/public/area.xhtml").forward(request, response);
      return;
    }
    if (ServletCalls.notModified(request, response, "\"" + pdf.sha256() + "\"")) {
      return;
    }
    ServletCalls.sendFile(
        response, pdf.file(), "application/pdf", "inline; filename=\"" + pdf.fileName() + "\"");
  }
}
