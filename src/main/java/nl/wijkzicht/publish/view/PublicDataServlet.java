package nl.wijkzicht.publish.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.publish.control.OpenData;
import nl.wijkzicht.security.boundary.CurrentUser;

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
    String id = request.getParameter("publication");
    String format = String.valueOf(request.getParameter("format"));
    boolean survey = "survey".equals(request.getParameter("table"));
    if (id == null
        || !id.matches("\\d{1,18}")
        || !(format.equals("csv") || format.equals("json"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PublicReports.Data data;
    try {
      data = reports.data(currentUser.actor(), Long.parseLong(id));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + data.sha256() + "-" + format + (survey ? "-survey" : "") + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
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
