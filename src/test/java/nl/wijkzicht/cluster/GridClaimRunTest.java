package nl.wijkzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.testsupport.TestGrid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job's firing claimed in a real data grid of two members (the Hazelcast Payara Micro
 * embeds, joined over TCP/IP on 127.0.0.1): one instance runs it, whatever the other's clock says
 * within half a minute.
 */
class GridClaimRunTest {

  private static HazelcastInstance memberA;
  private static HazelcastInstance memberB;

  @BeforeAll
  static void formCluster() {
    HazelcastInstance[] members = TestGrid.twoMembers("wijkzicht-claims", 6980);
    memberA = members[0];
    memberB = members[1];
  }

  @AfterAll
  static void leave() {
    memberB.shutdown();
    memberA.shutdown();
  }

  @Test
  void oneInstanceRunsEachFiring() {
    Instant due = Instant.parse("2026-12-03T07:30:00.120Z");
    Duration keep = Duration.ofMinutes(5);
    assertThat(Grid.claimRun(memberA, "reminders", due, keep)).isTrue();
    assertThat(Grid.claimRun(memberB, "reminders", due.plusSeconds(4), keep))
        .as("the other instance, its clock 4 s ahead")
        .isFalse();
    assertThat(Grid.claimRun(memberB, "reminders", due.minusSeconds(20), keep))
        .as("or 20 s behind")
        .isFalse();
    assertThat(Grid.claimRun(memberA, "reminders", due, keep))
        .as("the claiming instance asking again")
        .isTrue();
    assertThat(Grid.claimRun(memberB, "outbox", due, keep)).as("another job").isTrue();
    assertThat(Grid.claimRun(memberB, "reminders", due.plus(Duration.ofMinutes(2)), keep))
        .as("the next firing")
        .isTrue();
  }
}
