package nl.wijkzicht.publish.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wijkzicht.publish.boundary.ReportJobService;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.web.ServletCalls;

/**
 * /report/job?id=N: the PDF a report job made (internal: small cells shown, marked), for staff who
 * may read the job's study ({@link ReportJobService#job} checks and logs). Anonymous: 404, logged
 * as a denial, as for anything unpublished; unknown, malformed or unfinished: 404; another study's
 * job: 403. The file is checked against its SHA-256; a damaged one is not served. Never cached.
 */
@WebServlet("/report/job")
public class JobDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ReportJobService jobs;
  @Inject private PublicationStore store;
  @Inject private CurrentUser currentUser;
  @Inject private AccessLogService accessLog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String id = request.getParameter("id");
    Actor actor = currentUser.actor();
    if (actor.isAnonymous()) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, "ReportJob", id).denied());
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Long> jobId = ServletCalls.id(id);
    if (jobId.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<ReportJob> found = ServletCalls.call(response, () -> jobs.job(actor, jobId.get()));
    if (found.isEmpty()) {
      return;
    }
    ReportJob job = found.get();
    if (job.getStatus() != JobStatus.DONE) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (store.check(job.getResultFile(), job.getResultSha256()) != PublicationStore.Check.OK) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, "ReportJob", job.getId())
              .failed()
              .detail("beschadigd: PDF komt niet overeen met SHA-256"));
      System.getLogger(JobDownloadServlet.class.getName())
          .log(
              System.Logger.Level.ERROR, "Report job " + job.getId() + ": PDF damaged, not served");
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      return;
    }
    ServletCalls.sendFile(
        response,
        store.file(job.getResultFile()).orElseThrow(),
        "application/pdf",
        "attachment; filename=\"wijkzicht-"
            + job.getStudyId()
            + "-"
            + job.getScope().replace(':', '-')
            + "-intern.pdf\"");
  }
}
