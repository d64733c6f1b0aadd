package nl.wijkzicht.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.publish.boundary.PublishService;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.TestData;

/**
 * Test data for publishing (issue 16): a study whose Houten visit rated every norm of the framework
 * "voldoet" and is final (Tiel has no visit), so nothing is open; helpers to wait for a job, change
 * a finding behind the rules' back, and damage a stored file. Test-only.
 */
@ApplicationScoped
public class PublishTestData {

  /** What {@link #publishable} made. */
  public record Made(long study, long area, long visit, long finding) {}

  @Inject TestData data;
  @Inject FindingService findings;
  @Inject VisitService visits;
  @Inject PublishService publishing;
  @Inject nl.wijkzicht.publish.boundary.ReportJobService jobs;
  @Inject PublicationStore store;
  @Inject EntityManager em;
  @Inject Sql sql;

  /** Statements in a transaction of their own (a bean's call of its own method has none). */
  @ApplicationScoped
  public static class Sql {
    @Inject EntityManager em;

    @Transactional
    public void setMinCellSize(long studyId, int size) {
      em.createNativeQuery("UPDATE study SET min_cell_size = ? WHERE id = ?")
          .setParameter(1, size)
          .setParameter(2, studyId)
          .executeUpdate();
      // Studies are in the shared cache: the builder reads the minimum from the entity.
      em.getEntityManagerFactory().getCache().evict(nl.wijkzicht.study.entity.Study.class, studyId);
      nl.wijkzicht.database.ChangeCounter.changed();
    }
  }

  /**
   * A study ready to publish: Houten's visit final with every norm rated "voldoet"; {@code
   * minCellSize} set on the study (the visit rests on one provider).
   */
  public Made publishable(int minCellSize) {
    return publishable(minCellSize, false);
  }

  /**
   * As {@link #publishable(int)}; {@code mixed}: the norms rated along the scale instead (the n-th
   * norm of the t-th theme at scored level (t + n) mod 4, best first), so each theme has its own
   * percentage and level.
   */
  public Made publishable(int minCellSize, boolean mixed) {
    TestData.Fieldwork f = data.fieldwork(VisitStatus.IN_PROGRESS, true);
    var version = f.study().getFrameworkVersion();
    List<Long> scored =
        version.getLevels().stream()
            .filter(l -> !l.getCode().equals("niet_beoordeeld"))
            .map(l -> l.getId())
            .toList();
    var scope =
        new FindingService.ScopeRef(
            FindingService.ScopeKind.VISIT, f.visit().getId(), f.study().getId());
    long first = 0;
    int t = 0;
    for (FrameworkTheme theme : version.getThemes()) {
      int n = 0;
      for (FrameworkNorm norm : theme.getNorms()) {
        long level = scored.get(mixed ? (t + n) % scored.size() : 0);
        n++;
        var finding =
            findings.record(
                data.inspector(),
                scope,
                norm.getId(),
                null,
                level,
                "Motivering " + norm.getCode(),
                List.of(),
                List.of());
        if (first == 0) {
          first = finding.getId();
        }
      }
      t++;
    }
    Visit visit = visits.get(data.lead(), f.visit().getId());
    for (VisitStatus step :
        List.of(
            VisitStatus.FINDINGS_DRAFTED,
            VisitStatus.SENT_FOR_REPLY,
            VisitStatus.REPLY_RECEIVED,
            VisitStatus.FINAL)) {
      if (step == VisitStatus.FINAL) {
        visit = visits.signOff(data.lead(), visit.getId(), visit.getVersion(), null);
      }
      visit = visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), step);
    }
    sql.setMinCellSize(f.study().getId(), minCellSize);
    return new Made(f.study().getId(), f.area("GM0321"), visit.getId(), first);
  }

  public void setMinCellSize(long studyId, int size) {
    sql.setMinCellSize(studyId, size);
  }

  /** Changes a finding's rating to "voldoet niet", bypassing every rule (a later change). */
  @Transactional
  public void changeFinding(long findingId) {
    em.createNativeQuery(
            "UPDATE finding f JOIN study s ON s.id = f.study_id"
                + " JOIN framework_rating_level l ON l.framework_version_id = s.framework_version_id"
                + " AND l.code = 'voldoet_niet'"
                + " SET f.rating_level_id = l.id, f.version = f.version + 1 WHERE f.id = ?")
        .setParameter(1, findingId)
        .executeUpdate();
    nl.wijkzicht.database.ChangeCounter.changed(); // SQL outside JPA: counted by hand.
  }

  /** Publishes as demo-coordinator and waits for the job; the job as it ended. */
  public ReportJob publishAndWait(long studyId, Long areaId) {
    ReportJob job = publishing.publish(data.lead(), studyId, areaId);
    return await(job.getId());
  }

  public ReportJob await(long jobId) {
    try {
      return jobs.awaitEnd(jobId, Duration.ofSeconds(90))
          .orElseThrow(() -> new IllegalStateException("report job " + jobId + " did not finish"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The publication a publish job made. */
  @Transactional
  public ReportPublication publicationOf(ReportJob job) {
    return em.createQuery(
            "SELECT p FROM ReportPublication p WHERE p.pdfFile = :f", ReportPublication.class)
        .setParameter("f", job.getResultFile())
        .getSingleResult();
  }

  @Transactional
  public ReportPublication publication(long id) {
    ReportPublication p = em.find(ReportPublication.class, id);
    p.getSnapshot();
    return p;
  }

  /** Appends a byte to a stored PDF: its SHA-256 no longer matches. */
  public void tamper(String pdfFile) {
    try {
      Files.write(store.file(pdfFile).orElseThrow(), new byte[] {'%'}, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] bytes(String pdfFile) {
    try {
      return Files.readAllBytes(store.file(pdfFile).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A RUNNING job row of that instance, requested and started {@code ago} (cut off, or lost). */
  @Transactional
  public long hangingJob(long studyId, String instance, Duration ago) {
    ReportJob job =
        new ReportJob(
            studyId,
            null,
            nl.wijkzicht.publish.entity.JobPurpose.DOWNLOAD,
            "fp",
            instance,
            "demo-coordinator",
            Instant.now().minus(ago));
    job.start(Instant.now().minus(ago));
    em.persist(job);
    em.flush();
    return job.getId();
  }
}
