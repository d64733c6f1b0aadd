package nl.wijkzicht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import nl.wijkzicht.publish.boundary.PublishService;
import nl.wijkzicht.publish.boundary.ReportJobService;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * Demo mode (issue 16): the demo study's reports are published once its first visits are complete
 * and before the follow-up visits are planned, the way the inspectorate published in 2020: the nine
 * area reports ("inzichten per gebied") and the national report, each by the demo coordinator
 * through {@link PublishService} (the same checks, jobs and files as on the publishing page). The
 * start waits for each job, so the public pages list all ten when the application is up.
 */
@ApplicationScoped
public class DemoPublisher {

  private static final System.Logger LOGGER = System.getLogger(DemoPublisher.class.getName());

  /** How long the start waits for one report job before it gives up on the rest. */
  static final java.time.Duration JOB_WAIT = java.time.Duration.ofMinutes(2);

  @Inject private DemoTeam team;
  @Inject private VisitService visits;
  @Inject private PublishService publishing;
  @Inject private ReportJobService jobs;

  /** No transaction of its own: each publication commits before its job runs. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  void onFieldworkLoaded(@Observes @Priority(StartupOrder.DEMO_FIELDWORK + 3) DatabaseReady ready) {
    Optional<DemoTeam.Team> found = team.find();
    if (found.isEmpty()) {
      return;
    }
    DemoTeam.Team demo = found.get();
    long studyId = demo.study().getId();
    if (visits.list(demo.lead(), studyId).size() != DemoFieldworkLoader.FIRST_VISITS
        || publishing.overview(demo.lead(), studyId).stream()
            .anyMatch(scope -> !scope.versions().isEmpty())) {
      return;
    }
    long started = System.nanoTime();
    List<Long> scopes = new ArrayList<>();
    for (StudyArea area : demo.study().getAreas()) {
      scopes.add(area.getId());
    }
    scopes.add(null);
    for (Long areaId : scopes) {
      ReportJob job = publishing.publish(demo.lead(), studyId, areaId);
      if (!done(job.getId())) {
        LOGGER.log(
            Level.WARNING,
            "Demo report job {0} did not end well; the remaining demo reports are not published.",
            job.getId());
        return;
      }
    }
    LOGGER.log(
        Level.INFO,
        "Demo reports published (national and {0} areas, fictitious) in {1} ms.",
        scopes.size() - 1,
        (System.nanoTime() - started) / 1_000_000);
  }

  private boolean done(long jobId) {
    try {
      return jobs.awaitEnd(jobId, JOB_WAIT)
          .map(job -> job.getStatus() == JobStatus.DONE)
          .orElse(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
