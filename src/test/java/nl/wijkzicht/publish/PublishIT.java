package nl.wijkzicht.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.publish.boundary.InstanceName;
import nl.wijkzicht.publish.boundary.JobRecovery;
import nl.wijkzicht.publish.boundary.JobRows;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.publish.boundary.PublishService;
import nl.wijkzicht.publish.control.OpenItem;
import nl.wijkzicht.publish.control.ReportJson;
import nl.wijkzicht.publish.control.Sha256;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.PublicationStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing on MariaDB (issue 16): refusals that list what is open, a frozen version that later
 * changes do not touch, the next version superseding it, withdrawal, a damaged file not served,
 * unpublished material not found, ten parallel publishes making one version, and a job cut off by a
 * restart marked failed. The pages and files over HTTP are in {@link PublishWebIT}.
 */
@ExtendWith(ArquillianExtension.class)
class PublishIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject PublishTestData publishData;
  @Inject TestData data;
  @Inject PublishService publishing;
  @Inject PublicReports reports;
  @Inject JobRows rows;
  @Inject JobRecovery recovery;
  @Inject InstanceName instance;

  @Test
  void publishingIsRefusedListingWhatIsOpen() {
    TestData.Fieldwork f = data.scored(); // visit in progress, most norms of theme 2 unrated
    long houten = f.area("GM0321");
    assertThatThrownBy(() -> publishing.publish(data.lead(), f.study().getId(), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              List<String> keys = e.getProblems().stream().map(p -> p.key()).toList();
              assertThat(keys.get(0)).isEqualTo("publish.open");
              assertThat(keys).contains("publish.open.visit_not_final", "publish.open.unrated");
            });
    List<OpenItem> open = publishing.openItems(data.lead(), f.study().getId(), houten);
    assertThat(open)
        .anySatisfy(
            o -> {
              assertThat(o.kind()).isEqualTo(OpenItem.VISIT_NOT_FINAL);
              assertThat(o.arguments().get(0)).isEqualTo("Houten");
              assertThat(o.arguments().get(1)).isEqualTo(String.valueOf(f.visit().getId()));
            })
        .anySatisfy(o -> assertThat(o.kind()).isEqualTo(OpenItem.UNRATED))
        .allSatisfy(o -> assertThat(o.areaId()).isEqualTo(houten));
    // Tiel has no visit: nothing open there.
    assertThat(publishing.openItems(data.lead(), f.study().getId(), f.area("GM0281"))).isEmpty();
    // A visit sent for reply without a reply is listed as open reply too.
    TestData.Fieldwork sent = data.fieldwork(VisitStatus.SENT_FOR_REPLY, false);
    assertThat(publishing.openItems(data.lead(), sent.study().getId(), null))
        .extracting(OpenItem::kind)
        .contains(OpenItem.REPLY_OPEN, OpenItem.VISIT_NOT_FINAL);
    // Inspectors do not publish.
    assertThatThrownBy(() -> publishing.publish(data.inspector(), f.study().getId(), null))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aPublishedVersionStaysFrozenAndTheNextOneSupersedesIt() {
    PublishTestData.Made made = publishData.publishable(1);
    ReportJob job = publishData.publishAndWait(made.study(), null);
    assertThat(job.getStatus()).as(job.getError()).isEqualTo(JobStatus.DONE);
    assertThat(job.getProgress()).isEqualTo(100);
    ReportPublication v1 = publishData.publicationOf(job);
    assertThat(v1.getNumber()).isEqualTo(1);
    assertThat(v1.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(Sha256.of(v1.getSnapshot())).isEqualTo(v1.getSnapshotSha256());
    assertThat(Sha256.of(publishData.bytes(v1.getPdfFile()))).isEqualTo(v1.getPdfSha256());
    assertThat(ReportJson.national(v1.getSnapshot()).meta().suppressed()).isTrue();
    byte[] pdfBefore = publishData.bytes(v1.getPdfFile());
    String snapshotBefore = v1.getSnapshot();
    // Unchanged data: nothing to publish.
    assertThatThrownBy(() -> publishing.publish(data.lead(), made.study(), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).key()).isEqualTo("publish.unchanged"));

    publishData.changeFinding(made.finding());

    ReportPublication stillV1 = publishData.publication(v1.getId());
    assertThat(stillV1.getSnapshot()).isEqualTo(snapshotBefore);
    assertThat(publishData.bytes(v1.getPdfFile())).isEqualTo(pdfBefore);
    assertThat(reports.publication(Actor.ANONYMOUS, v1.getId()).national())
        .isEqualTo(ReportJson.national(snapshotBefore));

    ReportJob second = publishData.publishAndWait(made.study(), null);
    assertThat(second.getStatus()).as(second.getError()).isEqualTo(JobStatus.DONE);
    ReportPublication v2 = publishData.publicationOf(second);
    assertThat(v2.getNumber()).isEqualTo(2);
    assertThat(v2.getSnapshot()).isNotEqualTo(snapshotBefore);
    ReportPublication old = publishData.publication(v1.getId());
    assertThat(old.getStatus()).isEqualTo(PublicationStatus.SUPERSEDED);
    assertThat(old.getSupersededById()).isEqualTo(v2.getId());
    assertThat(reports.publication(Actor.ANONYMOUS, v1.getId()).successorNumber()).isEqualTo("2");
    // The superseded version's PDF stays retrievable.
    assertThat(reports.pdf(Actor.ANONYMOUS, v1.getId()).damaged()).isFalse();
  }

  @Test
  void withdrawingNeedsAReasonAndRemovesThePdfButLeavesTheNotice() {
    PublishTestData.Made made = publishData.publishable(5);
    ReportPublication p =
        publishData.publicationOf(publishData.publishAndWait(made.study(), made.area()));
    assertThatThrownBy(() -> publishing.withdraw(data.lead(), p.getId(), "  kort "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).field()).isEqualTo("reason"));
    assertThatThrownBy(() -> publishing.withdraw(data.inspector(), p.getId(), "Een goede reden."))
        .isInstanceOf(NotAllowedException.class);
    publishing.withdraw(data.lead(), p.getId(), "Rekenfout in thema 2 ontdekt.");
    var page = reports.publication(Actor.ANONYMOUS, p.getId());
    assertThat(page.publication().isWithdrawn()).isTrue();
    assertThat(page.publication().withdrawReason()).isEqualTo("Rekenfout in thema 2 ontdekt.");
    assertThat(page.area()).isNull();
    assertThatThrownBy(() -> reports.pdf(Actor.ANONYMOUS, p.getId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> reports.data(Actor.ANONYMOUS, p.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDamagedFileIsNotServedAndUnknownIdsAreNotFound() {
    PublishTestData.Made made = publishData.publishable(5);
    ReportPublication p =
        publishData.publicationOf(publishData.publishAndWait(made.study(), made.area()));
    assertThat(reports.pdf(Actor.ANONYMOUS, p.getId()).damaged()).isFalse();
    publishData.tamper(p.getPdfFile());
    PublicReports.Pdf pdf = reports.pdf(Actor.ANONYMOUS, p.getId());
    assertThat(pdf.damaged()).isTrue();
    assertThat(pdf.file()).isNull();
    assertThatThrownBy(() -> reports.pdf(Actor.ANONYMOUS, 999_999_999L))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> reports.study(Actor.ANONYMOUS, data.fieldwork().study().getId()))
        .as("a study without publications")
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tenParallelPublishesOfOneScopeMakeOneVersion() throws Exception {
    PublishTestData.Made made = publishData.publishable(5);
    ManagedExecutorService pool =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<Object> task =
          () -> {
            go.await();
            try {
              return publishing.publish(data.lead(), made.study(), made.area());
            } catch (WijkzichtException e) {
              return e;
            }
          };
      futures.add(pool.submit(task));
    }
    go.countDown();
    List<ReportJob> started = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Future<Object> future : futures) {
      Object result = future.get(60, TimeUnit.SECONDS);
      if (result instanceof ReportJob job) {
        started.add(job);
      } else {
        refusals.add(((WijkzichtException) result).getMessageKey());
      }
    }
    assertThat(started).hasSize(1);
    assertThat(refusals)
        .hasSize(9)
        .allMatch(k -> k.equals("publish.running") || k.equals("publish.unchanged"));
    ReportJob done = publishData.await(started.get(0).getId());
    assertThat(done.getStatus()).isEqualTo(JobStatus.DONE);
    assertThat(publishData.publicationOf(done).getNumber()).isEqualTo(1);
    assertThat(publishing.overview(data.lead(), made.study()))
        .filteredOn(s -> made.area() == (s.areaId() == null ? -1 : s.areaId()))
        .singleElement()
        .satisfies(s -> assertThat(s.versions()).hasSize(1));
  }

  @Test
  void aJobCutOffByARestartIsMarkedFailed() {
    PublishTestData.Made made = publishData.publishable(5);
    // Minutes old, not half an hour: JobWatch (every ten minutes) leaves these alone.
    long hanging = publishData.hangingJob(made.study(), instance.get(), Duration.ofMinutes(2));
    long otherInstance =
        publishData.hangingJob(made.study(), "een-andere-instantie", Duration.ofMinutes(2));
    assertThat(recovery.recover(java.time.Instant.now().minusSeconds(60)))
        .isGreaterThanOrEqualTo(1);
    ReportJob job = rows.find(hanging).orElseThrow();
    assertThat(job.getStatus()).isEqualTo(JobStatus.FAILED);
    assertThat(job.getError()).isEqualTo("onderbroken door herstart");
    assertThat(rows.find(otherInstance).orElseThrow().getStatus()).isEqualTo(JobStatus.RUNNING);
  }

  @Test
  void aJobLeftByAServerThatNeverCameBackIsMarkedFailedAfterHalfAnHour() {
    PublishTestData.Made made = publishData.publishable(5);
    long lost = publishData.hangingJob(made.study(), "een-verdwenen-node", Duration.ofMinutes(40));
    long working = publishData.hangingJob(made.study(), "een-werkende-node", Duration.ofMinutes(2));
    assertThat(recovery.abandon(Instant.now().minus(JobRecovery.ABANDONED_AFTER)))
        .isGreaterThanOrEqualTo(1);
    ReportJob job = rows.find(lost).orElseThrow();
    assertThat(job.getStatus()).isEqualTo(JobStatus.FAILED);
    assertThat(job.getError()).startsWith("afgebroken");
    assertThat(rows.find(working).orElseThrow().getStatus())
        .as("a job of minutes ago is still running somewhere")
        .isEqualTo(JobStatus.RUNNING);
  }
}
