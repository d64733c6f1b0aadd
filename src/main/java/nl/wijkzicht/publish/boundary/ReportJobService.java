package nl.wijkzicht.publish.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.AfterCompletion;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;

/**
 * Report PDFs generated in the background (docs/publishing.md): {@link #start} writes a QUEUED row
 * and returns at once; after the commit the job runs on the container's managed executor ({@link
 * JobRunner}). A DONE download job of the same scope and data fingerprint whose file still verifies
 * is handed back instead of generating again, and so is one still running.
 */
@ApplicationScoped
public class ReportJobService {

  private static final System.Logger LOGGER = System.getLogger(ReportJobService.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  @Inject JobRows rows;
  @Inject JobRunner runner;
  @Inject StudyService studies;
  @Inject ReportBuilder builder;
  @Inject PublicationStore store;
  @Inject InstanceName instance;
  @Inject AccessLogService accessLog;

  /**
   * Starts generating the report of a study ({@code areaId} null: national) or hands back the job
   * that already has (or is making) it for unchanged data. Staff of the study; publishing (PUBLISH)
   * only coordinators and admins, through {@link PublishService#publish}.
   */
  @Transactional
  public ReportJob start(Actor actor, long studyId, Long areaId, JobPurpose purpose) {
    if (purpose == JobPurpose.PUBLISH && !AccessPolicy.mayPublish(actor)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, "ReportJob", null).denied().detail("publish"));
      throw NotAllowedException.denied("publish study " + studyId);
    }
    Study study = studies.get(actor, studyId);
    checkArea(study, areaId);
    String scope = ReportJob.scopeOf(areaId);
    String fingerprint = dataVersion(builder, studyId);
    if (purpose == JobPurpose.DOWNLOAD) {
      for (ReportJob same : rows.sameData(studyId, scope, purpose, fingerprint)) {
        if (same.getStatus().isActive()
            || (same.getStatus() == JobStatus.DONE
                && store.check(same.getResultFile(), same.getResultSha256())
                    == PublicationStore.Check.OK)) {
          return same;
        }
      }
    }
    ReportJob job =
        rows.create(
            new ReportJob(
                studyId,
                areaId,
                purpose,
                fingerprint,
                instance.get(),
                actor.username(),
                Instant.now()));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, "ReportJob", job.getId())
            .detail(purpose + " " + scope));
    runAfterCommit(job.getId(), actor);
    return job;
  }

  /**
   * The study's data version as stored with jobs and publications: the SHA-256 of {@link
   * ReportBuilder#fingerprint} (which may be longer than the column; same value ⇔ same report).
   */
  static String dataVersion(ReportBuilder builder, long studyId) {
    return dataVersion(builder.fingerprint(studyId));
  }

  /** The data version of a fingerprint (as the model of a report carries it). */
  static String dataVersion(String fingerprint) {
    return nl.wijkzicht.publish.control.Sha256.of(fingerprint);
  }

  /**
   * Waits for a job to end (no transaction held meanwhile: each look is a transaction of its own):
   * the job as it ended, or empty when it is still queued or running after {@code max}.
   */
  public Optional<ReportJob> awaitEnd(long jobId, java.time.Duration max)
      throws InterruptedException {
    Instant until = Instant.now().plus(max);
    while (Instant.now().isBefore(until)) {
      Optional<ReportJob> job = rows.find(jobId);
      if (job.isPresent() && !job.get().getStatus().isActive()) {
        return job;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  /** A job for its page or download: staff who may read its study. */
  @Transactional
  public ReportJob job(Actor actor, long jobId) {
    ReportJob job =
        rows.find(jobId)
            .orElseThrow(
                () -> {
                  accessLog.record(
                      actor,
                      AccessEvent.of(AccessAction.READ, "ReportJob", jobId)
                          .failed()
                          .detail("unknown id"));
                  return new NotFoundException("report.job.unknown", jobId);
                });
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, "ReportJob", jobId).denied());
      throw NotAllowedException.denied("report job " + jobId);
    }
    studies.get(actor, job.getStudyId());
    return job;
  }

  /** The newest job of a scope (the page finds it again after a reload). */
  @Transactional
  public Optional<ReportJob> latest(Actor actor, long studyId, Long areaId, JobPurpose purpose) {
    studies.get(actor, studyId);
    return rows.latest(studyId, ReportJob.scopeOf(areaId), purpose);
  }

  /** The newest job per scope and purpose of a study (one query), for the publish page. */
  @Transactional
  public List<ReportJob> latestPerScope(Actor actor, long studyId) {
    studies.get(actor, studyId);
    return rows.latestPerScope(studyId);
  }

  private static void checkArea(Study study, Long areaId) {
    if (areaId != null && study.getAreas().stream().noneMatch(a -> a.getId().equals(areaId))) {
      throw new NotFoundException("publish.area.unknown", areaId);
    }
  }

  /** Hands the job to the managed executor once the row is committed (never before). */
  private void runAfterCommit(long jobId, Actor actor) {
    AfterCompletion.onCommit(
        registry,
        () -> {
          try {
            executor.submit(() -> runner.run(jobId, actor));
          } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.ERROR, "Report job " + jobId + " not started", e);
            rows.failed(jobId, "niet gestart: " + e);
          }
        });
  }
}
