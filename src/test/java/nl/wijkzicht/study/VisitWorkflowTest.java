package nl.wijkzicht.study;

import static nl.wijkzicht.study.entity.VisitStatus.CANCELLED;
import static nl.wijkzicht.study.entity.VisitStatus.FINAL;
import static nl.wijkzicht.study.entity.VisitStatus.FINDINGS_DRAFTED;
import static nl.wijkzicht.study.entity.VisitStatus.IN_PROGRESS;
import static nl.wijkzicht.study.entity.VisitStatus.PLANNED;
import static nl.wijkzicht.study.entity.VisitStatus.PUBLISHED;
import static nl.wijkzicht.study.entity.VisitStatus.REPLY_RECEIVED;
import static nl.wijkzicht.study.entity.VisitStatus.SENT_FOR_REPLY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.VisitStatus;
import org.junit.jupiter.api.Test;

class VisitWorkflowTest {

  @Test
  void aCoordinatorWalksTheWholePathToPublication() {
    VisitStatus[] path = {
      PLANNED, IN_PROGRESS, FINDINGS_DRAFTED, SENT_FOR_REPLY, REPLY_RECEIVED, FINAL, PUBLISHED
    };
    for (int i = 0; i + 1 < path.length; i++) {
      assertThat(VisitWorkflow.allows(path[i], path[i + 1], Role.COORDINATOR))
          .as(path[i] + " -> " + path[i + 1])
          .isTrue();
    }
  }

  @Test
  void anInspectorDoesTheFieldworkButNeitherSendsNorPublishesNorCancels() {
    assertThat(VisitWorkflow.next(PLANNED, Role.INSPECTOR)).containsExactly(IN_PROGRESS);
    assertThat(VisitWorkflow.next(IN_PROGRESS, Role.INSPECTOR)).containsExactly(FINDINGS_DRAFTED);
    assertThat(VisitWorkflow.next(FINDINGS_DRAFTED, Role.INSPECTOR)).containsExactly(IN_PROGRESS);
    assertThat(VisitWorkflow.next(REPLY_RECEIVED, Role.INSPECTOR)).isEmpty();
    assertThat(VisitWorkflow.allows(FINAL, PUBLISHED, Role.INSPECTOR)).isFalse();
  }

  @Test
  void skipsNoStepAndEndsAtPublishedOrCancelled() {
    assertThat(VisitWorkflow.allows(PLANNED, FINAL, Role.ADMIN)).isFalse();
    assertThat(VisitWorkflow.allows(IN_PROGRESS, SENT_FOR_REPLY, Role.COORDINATOR)).isFalse();
    assertThat(VisitWorkflow.next(PUBLISHED, Role.ADMIN)).isEmpty();
    assertThat(VisitWorkflow.next(CANCELLED, Role.ADMIN)).isEmpty();
    assertThat(VisitWorkflow.allows(SENT_FOR_REPLY, CANCELLED, Role.COORDINATOR))
        .as("sent drafts are not withdrawn")
        .isFalse();
  }

  @Test
  void aProviderChangesNoVisitStatus() {
    for (VisitStatus status : VisitStatus.values()) {
      assertThat(VisitWorkflow.next(status, Role.PROVIDER)).isEmpty();
    }
  }

  @Test
  void aProvidersSubmittedReplyIsItsOnlyStep() {
    for (VisitStatus from : VisitStatus.values()) {
      for (VisitStatus to : VisitStatus.values()) {
        assertThat(VisitWorkflow.allows(from, to, Role.PROVIDER))
            .as(from + " -> " + to)
            .isEqualTo(from == SENT_FOR_REPLY && to == REPLY_RECEIVED);
      }
    }
  }

  @Test
  void cancellingAndSteppingBackNeedAReasonForwardStepsDoNot() {
    assertThat(VisitWorkflow.needsReason(PLANNED, CANCELLED)).isTrue();
    assertThat(VisitWorkflow.needsReason(FINDINGS_DRAFTED, IN_PROGRESS)).isTrue();
    assertThat(VisitWorkflow.needsReason(PLANNED, IN_PROGRESS)).isFalse();
    assertThat(VisitWorkflow.needsReason(FINAL, PUBLISHED)).isFalse();
    assertThat(VisitWorkflow.stepKey(PLANNED, IN_PROGRESS)).isEqualTo("visit.step.IN_PROGRESS");
    assertThat(VisitWorkflow.stepKey(FINDINGS_DRAFTED, IN_PROGRESS))
        .isEqualTo("visit.step.back.IN_PROGRESS");
    assertThat(VisitWorkflow.stepKey(IN_PROGRESS, CANCELLED)).isEqualTo("visit.step.CANCELLED");
  }

  @Test
  void everyStepAnyRoleMayTakeHasAButtonText() throws Exception {
    java.util.Properties dutch = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/nl/wijkzicht/i18n/messages.properties");
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      dutch.load(reader);
    }
    for (Role role : Role.values()) {
      for (VisitStatus from : VisitStatus.values()) {
        for (VisitStatus to : VisitWorkflow.next(from, role)) {
          assertThat(dutch).containsKey(VisitWorkflow.stepKey(from, to));
        }
      }
    }
  }
}
