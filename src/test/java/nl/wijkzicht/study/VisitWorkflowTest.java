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
      assertThat(VisitWorkflow.allows(path[i], path[i + 1], Role.COORDINATOR, true))
          .as(path[i] + " -> " + path[i + 1])
          .isTrue();
    }
  }

  @Test
  void anInspectorDoesTheFieldworkButNeitherSendsNorPublishesNorCancels() {
    assertThat(VisitWorkflow.next(PLANNED, Role.INSPECTOR, true)).containsExactly(IN_PROGRESS);
    assertThat(VisitWorkflow.next(IN_PROGRESS, Role.INSPECTOR, true))
        .containsExactly(FINDINGS_DRAFTED);
    assertThat(VisitWorkflow.next(FINDINGS_DRAFTED, Role.INSPECTOR, true))
        .containsExactly(IN_PROGRESS);
    assertThat(VisitWorkflow.next(REPLY_RECEIVED, Role.INSPECTOR, true)).isEmpty();
    assertThat(VisitWorkflow.allows(FINAL, PUBLISHED, Role.INSPECTOR, true)).isFalse();
  }

  @Test
  void skipsNoStepAndEndsAtPublishedOrCancelled() {
    assertThat(VisitWorkflow.allows(PLANNED, FINAL, Role.ADMIN, true)).isFalse();
    assertThat(VisitWorkflow.allows(IN_PROGRESS, SENT_FOR_REPLY, Role.COORDINATOR, true)).isFalse();
    assertThat(VisitWorkflow.next(PUBLISHED, Role.ADMIN, true)).isEmpty();
    assertThat(VisitWorkflow.next(CANCELLED, Role.ADMIN, true)).isEmpty();
    assertThat(VisitWorkflow.allows(SENT_FOR_REPLY, CANCELLED, Role.COORDINATOR, true))
        .as("sent drafts are not withdrawn")
        .isFalse();
  }

  @Test
  void aProviderChangesNoVisitStatus() {
    for (VisitStatus status : VisitStatus.values()) {
      assertThat(VisitWorkflow.next(status, Role.PROVIDER, true)).isEmpty();
    }
  }

  @Test
  void aProvidersSubmittedReplyIsItsOnlyStep() {
    for (VisitStatus from : VisitStatus.values()) {
      for (VisitStatus to : VisitStatus.values()) {
        assertThat(VisitWorkflow.allows(from, to, Role.PROVIDER, true))
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
        for (VisitStatus to : VisitWorkflow.next(from, role, true)) {
          assertThat(dutch).containsKey(VisitWorkflow.stepKey(from, to));
        }
      }
    }
  }

  @Test
  void finalNeedsTheSignOff() {
    assertThat(VisitWorkflow.next(REPLY_RECEIVED, Role.COORDINATOR, false)).isEmpty();
    assertThat(VisitWorkflow.next(REPLY_RECEIVED, Role.COORDINATOR, true)).containsExactly(FINAL);
    assertThat(VisitWorkflow.allows(REPLY_RECEIVED, FINAL, Role.ADMIN, false)).isFalse();
    assertThat(VisitWorkflow.allows(REPLY_RECEIVED, FINAL, Role.ADMIN, true)).isTrue();
    assertThat(VisitWorkflow.allows(REPLY_RECEIVED, FINAL, Role.INSPECTOR, true)).isFalse();
    assertThat(VisitWorkflow.next(FINDINGS_DRAFTED, Role.COORDINATOR, false))
        .as("other steps do not depend on the sign-off")
        .containsExactlyInAnyOrder(IN_PROGRESS, SENT_FOR_REPLY, CANCELLED);
    assertThat(VisitWorkflow.next(FINAL, Role.COORDINATOR, false)).containsExactly(PUBLISHED);
  }

  @Test
  void aCoordinatorOutsideTheTeamSignsOffOnceAfterEveryRemarkIsDecided() {
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.COORDINATOR, false, false, 0))
        .isEmpty();
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.ADMIN, false, false, 0)).isEmpty();
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.COORDINATOR, true, false, 0))
        .contains(VisitWorkflow.SignOffRefusal.TEAM_MEMBER);
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.INSPECTOR, false, false, 0))
        .contains(VisitWorkflow.SignOffRefusal.ROLE);
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.PROVIDER, false, false, 0))
        .contains(VisitWorkflow.SignOffRefusal.ROLE);
    assertThat(VisitWorkflow.signOffRefusal(SENT_FOR_REPLY, Role.COORDINATOR, false, false, 0))
        .contains(VisitWorkflow.SignOffRefusal.STATUS);
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.COORDINATOR, false, true, 0))
        .contains(VisitWorkflow.SignOffRefusal.ALREADY);
    assertThat(VisitWorkflow.signOffRefusal(REPLY_RECEIVED, Role.COORDINATOR, false, false, 2))
        .contains(VisitWorkflow.SignOffRefusal.UNDECIDED_REMARKS);
    assertThat(VisitWorkflow.SignOffRefusal.TEAM_MEMBER.isDenial()).isTrue();
    assertThat(VisitWorkflow.SignOffRefusal.ROLE.isDenial()).isTrue();
    assertThat(VisitWorkflow.SignOffRefusal.UNDECIDED_REMARKS.isDenial()).isFalse();
  }

  @Test
  void findingsChangeAfterTheReplyOnlyUntilTheSignOff() {
    assertThat(VisitWorkflow.findingsRevisable(REPLY_RECEIVED, false)).isTrue();
    assertThat(VisitWorkflow.findingsRevisable(REPLY_RECEIVED, true)).isFalse();
    assertThat(VisitWorkflow.findingsRevisable(SENT_FOR_REPLY, false))
        .as("not while the provider is replying")
        .isFalse();
    assertThat(VisitWorkflow.findingsRevisable(FINAL, true)).isFalse();
    assertThat(VisitWorkflow.changesAreHistory(SENT_FOR_REPLY)).isTrue();
    assertThat(VisitWorkflow.changesAreHistory(FINDINGS_DRAFTED)).isFalse();
    assertThat(VisitWorkflow.changesAreHistory(CANCELLED)).isFalse();
  }
}
