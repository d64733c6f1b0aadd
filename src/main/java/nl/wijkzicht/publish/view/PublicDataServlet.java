package nl.wijkzicht.publish.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.publish.control.OpenData;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.ServletCalls;

/**
 * /public/data?publication=N&format=csv|json[&table=survey]: the open data of a published version
 * (docs/open-data.md), made from its snapshot. CSV: the area results, or with {@code table=survey}
 * the survey tables. Not published, withdrawn, unknown or malformed: 404 (logged). Immutable like
 * the PDF: ETag from the snapshot's SHA-256 and the format.
 */
@WebServlet("/public/data")
public class PublicDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private PublicReports reports;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id = ServletCalls.id(request.getParameter("publication"));
    String format = String.valueOf(request.getParameter("format"));
    boolean survey = "survey".equals(request.getParameter("table"));
    if (id.isEmpty() || !(format.equals("csv") || format.equals("json"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PublicReports.Data> found =
        ServletCalls.call(response, () -> reports.data(currentUser.actor(), id.get()));
    if (found.isEmpty()) {
      return;
    }
    PublicReports.Data data = found.get();
    String etag = "\"" + data.sha256() + "-" + format + (survey ? "-survey" : "") + "\"";
    if (ServletCalls.notModified(request, response, etag)) {
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    String name = "wijkzicht-publicatie-" + id + (survey ? "-vragenlijst" : "");
    if (format.equals("json")) {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
      OpenData.json(data.source(), data.data(), response.getOutputStream());
    } else {
      response.setContentType("text/csv");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
      if (survey) {
        OpenData.surveyCsv(data.source(), data.data(), response.getOutputStream());
      } else {
        OpenData.areasCsv(data.source(), data.data(), response.getOutputStream());
      }
      response.getOutputStream().flush();
    }
  }
}
