package nl.wijkzicht.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.publish.boundary.ReportJobService;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.publish.entity.JobStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report jobs on the managed executor (issue 16): the request returns at once with a QUEUED job,
 * progress reaches 100 with a verified file, a second request on unchanged data gets the same file,
 * changed data a new one; a provider may not start one.
 */
@ExtendWith(ArquillianExtension.class)
class ReportJobIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject ReportJobService jobs;
  @Inject PublishTestData publishData;
  @Inject TestData data;
  @Inject PublicationStore store;

  @Test
  void progressReachesAHundredAndUnchangedDataReusesTheFile() {
    TestData.Fieldwork f = data.scored();
    long study = f.study().getId();
    ReportJob started = jobs.start(data.inspector(), study, null, JobPurpose.DOWNLOAD);
    assertThat(started.getStatus()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);
    ReportJob done = publishData.await(started.getId());
    assertThat(done.getStatus()).as(done.getError()).isEqualTo(JobStatus.DONE);
    assertThat(done.getProgress()).isEqualTo(100);
    assertThat(done.getPages()).isPositive();
    assertThat(store.check(done.getResultFile(), done.getResultSha256()))
        .isEqualTo(PublicationStore.Check.OK);
    assertThat(done.getResultBytes()).isPositive();

    ReportJob again = jobs.start(data.lead(), study, null, JobPurpose.DOWNLOAD);
    assertThat(again.getId()).isEqualTo(done.getId());
    assertThat(again.getResultFile()).isEqualTo(done.getResultFile());
    assertThat(jobs.latest(data.lead(), study, null, JobPurpose.DOWNLOAD).orElseThrow().getId())
        .isEqualTo(done.getId());

    // An area's report is a scope of its own.
    ReportJob area = jobs.start(data.lead(), study, f.area("GM0321"), JobPurpose.DOWNLOAD);
    assertThat(area.getId()).isNotEqualTo(done.getId());
    assertThat(publishData.await(area.getId()).getStatus()).isEqualTo(JobStatus.DONE);

    // Changed data: generated again.
    publishData.setMinCellSize(study, 3);
    ReportJob changed = jobs.start(data.lead(), study, null, JobPurpose.DOWNLOAD);
    assertThat(changed.getId()).isNotEqualTo(done.getId());
    ReportJob changedDone = publishData.await(changed.getId());
    assertThat(changedDone.getResultFile()).isNotEqualTo(done.getResultFile());
  }

  @Test
  void aDamagedFileIsNotReusedAndOthersMayNotStartJobs() {
    TestData.Fieldwork f = data.scored();
    long study = f.study().getId();
    ReportJob done =
        publishData.await(jobs.start(data.lead(), study, null, JobPurpose.DOWNLOAD).getId());
    publishData.tamper(done.getResultFile());
    ReportJob fresh = jobs.start(data.lead(), study, null, JobPurpose.DOWNLOAD);
    assertThat(fresh.getId()).isNotEqualTo(done.getId());
    assertThatThrownBy(
            () -> jobs.start(data.actor("demo-zorgaanbieder"), study, null, JobPurpose.DOWNLOAD))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> jobs.start(data.inspector(), study, null, JobPurpose.PUBLISH))
        .isInstanceOf(NotAllowedException.class);
  }
}
