package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;

/**
 * The report_job rows, each change in a short transaction of its own (joined when the caller has
 * one): the job thread writes its progress here while rendering, without holding a connection or a
 * lock across the rendering.
 */
@ApplicationScoped
@Transactional
public class JobRows {

  static final String INTERRUPTED = "onderbroken door herstart";

  /** The error of a job left unfinished by an instance that did not come back. */
  static final String ABANDONED = "afgebroken: de server die hem maakte draait niet meer";

  @Inject EntityManager em;

  public ReportJob create(ReportJob job) {
    em.persist(job);
    em.flush();
    return job;
  }

  public Optional<ReportJob> find(long id) {
    return Optional.ofNullable(em.find(ReportJob.class, id));
  }

  public void running(long id) {
    job(id).start(Instant.now());
  }

  /** Raises the progress (never lowers it); one UPDATE. */
  public void progress(long id, int percent) {
    em.createQuery(
            "UPDATE ReportJob j SET j.progress = :p WHERE j.id = :id AND j.progress < :p"
                + " AND j.status = :running")
        .setParameter("p", Math.min(100, percent))
        .setParameter("id", id)
        .setParameter("running", JobStatus.RUNNING)
        .executeUpdate();
  }

  public void done(long id, String file, String sha256, long bytes, int pages) {
    job(id).done(file, sha256, bytes, pages, Instant.now());
  }

  public void failed(long id, String why) {
    ReportJob job = job(id);
    if (job.getStatus().isActive()) {
      job.fail(why, Instant.now());
    }
  }

  /** The newest job of a scope for a purpose (the page shows it after a reload). */
  public Optional<ReportJob> latest(long studyId, String scope, JobPurpose purpose) {
    return em.createQuery(
            "SELECT j FROM ReportJob j WHERE j.studyId = :s AND j.scope = :scope"
                + " AND j.purpose = :purpose ORDER BY j.id DESC",
            ReportJob.class)
        .setParameter("s", studyId)
        .setParameter("scope", scope)
        .setParameter("purpose", purpose)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The jobs of a scope for a purpose with this fingerprint, newest first (done or active). */
  public List<ReportJob> sameData(
      long studyId, String scope, JobPurpose purpose, String fingerprint) {
    return em.createQuery(
            "SELECT j FROM ReportJob j WHERE j.studyId = :s AND j.scope = :scope"
                + " AND j.purpose = :purpose AND j.fingerprint = :f AND j.status <> :failed"
                + " ORDER BY j.id DESC",
            ReportJob.class)
        .setParameter("s", studyId)
        .setParameter("scope", scope)
        .setParameter("purpose", purpose)
        .setParameter("f", fingerprint)
        .setParameter("failed", JobStatus.FAILED)
        .setMaxResults(5)
        .getResultList();
  }

  /** The newest job per scope and purpose of a study. */
  public List<ReportJob> latestPerScope(long studyId) {
    return em.createQuery(
            "SELECT j FROM ReportJob j WHERE j.studyId = :s AND j.id IN"
                + " (SELECT MAX(k.id) FROM ReportJob k WHERE k.studyId = :s"
                + " GROUP BY k.scope, k.purpose)",
            ReportJob.class)
        .setParameter("s", studyId)
        .getResultList();
  }

  /** Whether a job of the scope for the purpose is queued or running (any instance). */
  public boolean active(long studyId, String scope, JobPurpose purpose) {
    return !em.createQuery(
            "SELECT j.id FROM ReportJob j WHERE j.studyId = :s AND j.scope = :scope"
                + " AND j.purpose = :purpose AND j.status IN :active",
            Long.class)
        .setParameter("s", studyId)
        .setParameter("scope", scope)
        .setParameter("purpose", purpose)
        .setParameter("active", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Marks this instance's queued and running jobs requested before {@code before} failed
   * ("onderbroken door herstart"); how many.
   */
  public int interrupted(String instance, Instant before) {
    return failUnfinished(instance, before, INTERRUPTED);
  }

  /**
   * Marks the queued and running jobs of every instance requested before {@code before} failed
   * ("afgebroken"): a job takes seconds, so one still unfinished long after was left by an instance
   * that stopped and never came back (a lost cluster node); how many.
   */
  public int abandoned(Instant before) {
    return failUnfinished(null, before, ABANDONED);
  }

  private int failUnfinished(String instance, Instant before, String reason) {
    var query =
        em.createQuery(
                "SELECT j FROM ReportJob j WHERE j.status IN :active AND j.requestedAt < :before"
                    + (instance == null ? "" : " AND j.instance = :instance"),
                ReportJob.class)
            .setParameter("active", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
            .setParameter("before", before);
    if (instance != null) {
      query.setParameter("instance", instance);
    }
    int count = 0;
    for (ReportJob job : query.getResultList()) {
      job.fail(reason, Instant.now());
      count++;
    }
    return count;
  }

  private ReportJob job(long id) {
    ReportJob job = em.find(ReportJob.class, id);
    if (job == null) {
      throw new IllegalStateException("report job " + id + " is gone");
    }
    return job;
  }
}
