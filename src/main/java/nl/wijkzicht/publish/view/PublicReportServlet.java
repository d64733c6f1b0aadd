package nl.wijkzicht.publish.view;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.security.boundary.CurrentUser;

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
    String id = request.getParameter("publication");
    if (id == null || !id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PublicReports.Pdf pdf;
    try {
      pdf = reports.pdf(currentUser.actor(), Long.parseLong(id));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (pdf.damaged()) {
      response.setHeader("Cache-Control", "no-store");
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      request.setAttribute(DAMAGED, Boolean.TRUE);
      request.getRequestDispatcher("/public/area.xhtml").forward(request, response);
      return;
    }
    String etag = "\"" + pdf.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
    response.setContentLengthLong(Files.size(pdf.file()));
    Files.copy(pdf.file(), response.getOutputStream());
  }
}
