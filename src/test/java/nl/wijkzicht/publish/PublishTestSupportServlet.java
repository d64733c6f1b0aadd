package nl.wijkzicht.publish;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import nl.wijkzicht.publish.boundary.PublishService;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.testsupport.TestData;

/**
 * Test-only ({@code GET /test-support/publish}) for the publishing web and browser tests:
 *
 * <ul>
 *   <li>{@code ?op=publishable&min=N[&mixed=true]}: a study ready to publish ({@link
 *       PublishTestData}; mixed: the norms rated along the scale); answers {@code study=S area=A
 *       visit=V finding=F} (A: Houten, the area with the visit).
 *   <li>{@code ?op=publish&study=S[&area=A]}: publishes as demo-coordinator and waits; answers
 *       {@code job=J status=DONE publication=P}.
 *   <li>{@code ?op=change&finding=F}: the finding rated "voldoet niet" behind the rules' back.
 *   <li>{@code ?op=tamper&publication=P}: damages the stored PDF.
 *   <li>{@code ?op=withdraw&publication=P&reason=..}: withdraws as demo-coordinator.
 *   <li>{@code ?op=logged&type=T&id=I}: the number of FAILED or DENIED access-log entries on that
 *       object (after the backlog is written).
 * </ul>
 */
@WebServlet("/test-support/publish")
public class PublishTestSupportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PublishTestData publishData;
  @Inject PublishService publishing;
  @Inject TestData data;
  @Inject AccessLogBacklog backlog;
  @Inject Counter counter;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    var out = response.getWriter();
    switch (String.valueOf(request.getParameter("op"))) {
      case "publishable" -> {
        String min = request.getParameter("min");
        PublishTestData.Made made =
            publishData.publishable(
                min == null ? 5 : Integer.parseInt(min),
                "true".equals(request.getParameter("mixed")));
        out.print(
            "study="
                + made.study()
                + " area="
                + made.area()
                + " visit="
                + made.visit()
                + " finding="
                + made.finding());
      }
      case "publish" -> {
        String area = request.getParameter("area");
        ReportJob job =
            publishData.publishAndWait(
                Long.parseLong(request.getParameter("study")),
                area == null ? null : Long.parseLong(area));
        out.print("job=" + job.getId() + " status=" + job.getStatus());
        if (job.getStatus() == nl.wijkzicht.publish.entity.JobStatus.DONE) {
          out.print(" publication=" + publishData.publicationOf(job).getId());
        } else {
          out.print(" error=" + job.getError());
        }
      }
      case "change" -> {
        publishData.changeFinding(Long.parseLong(request.getParameter("finding")));
        out.print("changed");
      }
      case "tamper" -> {
        ReportPublication p =
            publishData.publication(Long.parseLong(request.getParameter("publication")));
        publishData.tamper(p.getPdfFile());
        out.print("tampered");
      }
      case "withdraw" -> {
        publishing.withdraw(
            data.lead(),
            Long.parseLong(request.getParameter("publication")),
            request.getParameter("reason"));
        out.print("withdrawn");
      }
      case "logged" -> {
        try {
          backlog.awaitWritten(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.print(counter.refused(request.getParameter("type"), request.getParameter("id")));
      }
      default -> response.sendError(400);
    }
  }

  /** Counts refusals in the access log. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Counter {
    @Inject EntityManager em;

    @Transactional
    public long refused(String type, String id) {
      return ((Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM access_log WHERE object_type = ? AND object_id = ?"
                          + " AND outcome IN ('FAILED', 'DENIED')")
                  .setParameter(1, type)
                  .setParameter(2, id)
                  .getSingleResult())
          .longValue();
    }
  }
}
