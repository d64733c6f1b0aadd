package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.control.PublicationStore.Kept;
import nl.wijkzicht.publish.control.ReportJson;
import nl.wijkzicht.publish.control.Sha256;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportPdf;
import nl.wijkzicht.report.control.ReportTexts;
import nl.wijkzicht.report.control.Suppression;
import nl.wijkzicht.security.control.Actor;

/**
 * Runs one report job on a managed-executor thread, outside any transaction: builds the model (one
 * transaction of the builder), renders the PDF into a file with its progress written to the row in
 * short transactions of their own (at most every 5 %), then records the result (a download: the job
 * row; a publication: {@link PublicationWriter}). No connection or lock is held while the PDF is
 * rendered. Any failure marks the job FAILED with the reason and removes the file.
 *
 * <p>Published material is rendered from the snapshot: the builder's model is suppressed ({@link
 * Suppression}), written as JSON, read back, and the PDF made from what was read.
 */
@ApplicationScoped
public class JobRunner {

  private static final System.Logger LOGGER = System.getLogger(JobRunner.class.getName());

  /** Reports are made in Dutch, the language the inspectorate publishes in. */
  public static final Locale LANGUAGE = Locale.forLanguageTag("nl");

  @Inject JobRows rows;
  @Inject ReportBuilder builder;
  @Inject PublicationStore store;
  @Inject PublicationWriter writer;

  public void run(long jobId, Actor actor) {
    ReportJob job = rows.find(jobId).orElse(null);
    if (job == null || job.getStatus() != JobStatus.QUEUED) {
      return;
    }
    rows.running(jobId);
    Kept kept = null;
    boolean recorded = false;
    try {
      ReportTexts texts = ReportTexts.of(LANGUAGE);
      IntConsumer progress = progress(jobId);
      long studyId = job.getStudyId();
      Long areaId = job.getAreaId();
      int[] pages = new int[1];
      long started = System.nanoTime();
      long[] modelled = new long[1];
      if (job.getPurpose() == JobPurpose.DOWNLOAD) {
        if (areaId == null) {
          NationalReport report = builder.national(actor, studyId, LANGUAGE);
          modelled[0] = System.nanoTime();
          progress.accept(10);
          kept =
              store.write(
                  out ->
                      pages[0] =
                          ReportPdf.national(
                                  report, texts, out, p -> progress.accept(10 + p * 85 / 100))
                              .pages());
        } else {
          AreaReport report = builder.area(actor, studyId, areaId, LANGUAGE);
          modelled[0] = System.nanoTime();
          progress.accept(30);
          kept = store.write(out -> pages[0] = ReportPdf.area(report, texts, out).pages());
        }
        rows.done(jobId, kept.name(), kept.sha256(), kept.bytes(), pages[0]);
        recorded = true;
        logTimes(job, started, modelled[0], pages[0], kept.bytes());
        return;
      }
      String fingerprint;
      String snapshot;
      String title;
      int minCellSize;
      if (areaId == null) {
        NationalReport published = Suppression.national(builder.national(actor, studyId, LANGUAGE));
        fingerprint = ReportJobService.dataVersion(published.meta().fingerprint());
        snapshot = ReportJson.write(published);
        NationalReport frozen = ReportJson.national(snapshot);
        modelled[0] = System.nanoTime();
        title = frozen.meta().studyTitle();
        minCellSize = frozen.meta().minCellSize();
        progress.accept(10);
        kept =
            store.write(
                out ->
                    pages[0] =
                        ReportPdf.national(
                                frozen, texts, out, p -> progress.accept(10 + p * 85 / 100))
                            .pages());
      } else {
        AreaReport published = Suppression.area(builder.area(actor, studyId, areaId, LANGUAGE));
        fingerprint = ReportJobService.dataVersion(published.meta().fingerprint());
        snapshot = ReportJson.write(published);
        AreaReport frozen = ReportJson.area(snapshot);
        modelled[0] = System.nanoTime();
        title = frozen.area().label() + " – " + frozen.meta().studyTitle();
        minCellSize = frozen.meta().minCellSize();
        progress.accept(30);
        kept = store.write(out -> pages[0] = ReportPdf.area(frozen, texts, out).pages());
      }
      writer.publish(
          jobId,
          actor,
          new ReportPublication.Draft(
              studyId,
              areaId,
              0,
              title,
              fingerprint,
              minCellSize,
              kept.name(),
              kept.sha256(),
              kept.bytes(),
              pages[0],
              snapshot,
              Sha256.of(snapshot)));
      recorded = true;
      logTimes(job, started, modelled[0], pages[0], kept.bytes());
    } catch (Exception | Error e) {
      LOGGER.log(System.Logger.Level.ERROR, "Report job " + jobId + " failed", e);
      rows.failed(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      if (kept != null && !recorded) {
        store.delete(kept.name());
      }
    }
  }

  /** One line per job for the operator: how long the model and the PDF took. */
  private static void logTimes(ReportJob job, long started, long modelled, int pages, long bytes) {
    long ended = System.nanoTime();
    LOGGER.log(
        System.Logger.Level.INFO,
        "Report job {0} ({1} {2}): model {3} ms, PDF {4} ms, {5} pages, {6} bytes.",
        String.valueOf(job.getId()),
        job.getPurpose(),
        job.getScope(),
        String.valueOf((modelled - started) / 1_000_000),
        String.valueOf((ended - modelled) / 1_000_000),
        String.valueOf(pages),
        String.valueOf(bytes));
  }

  /** Writes progress to the row when it has risen by 5 % or reached 100. */
  private IntConsumer progress(long jobId) {
    AtomicInteger written = new AtomicInteger();
    return percent -> {
      int last = written.get();
      if (percent >= last + 5 || (percent >= 100 && last < 100)) {
        written.set(percent);
        rows.progress(jobId, percent);
      }
    };
  }
}
