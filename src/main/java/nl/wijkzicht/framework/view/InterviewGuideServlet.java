package nl.wijkzicht.framework.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.web.LocaleBacking;

/**
 * /framework/guide.pdf?id=&lt;version id&gt;&amp;role=&lt;role code&gt;: the printable interview
 * guide of one respondent role, in the session's language. Unknown ids or roles get the 404 page.
 */
@WebServlet("/framework/guide.pdf")
public class InterviewGuideServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private FrameworkService service;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private LocaleBacking locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!databaseStatus.isReady()) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Optional<RespondentRole> role =
        Optional.ofNullable(request.getParameter("role")).flatMap(RespondentRole::ofCode);
    Optional<FrameworkVersion> version =
        id(request.getParameter("id")).flatMap(service::findVersion);
    if (role.isEmpty() || version.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = service.interviewGuide(version.get().getId(), role.get(), locale.getLocale());
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    // Codes and versions are validated ([A-Za-z0-9._-]), so the file name needs no escaping.
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"gespreksleidraad-"
            + version.get().getCode()
            + "-"
            + version.get().getVersion()
            + "-"
            + role.get().code()
            + ".pdf\"");
    response.getOutputStream().write(pdf);
  }

  private static Optional<Long> id(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Long.valueOf(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
