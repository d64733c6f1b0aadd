package nl.wijkzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
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
    String cluster = "wijkzicht-claims-" + ProcessHandle.current().pid();
    memberA = Hazelcast.newHazelcastInstance(config(cluster));
    memberB = Hazelcast.newHazelcastInstance(config(cluster));
    assertThat(memberB.getCluster().getMembers()).hasSize(2);
  }

  private static Config config(String cluster) {
    Config config = new Config().setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    // Away from Payara's 6900 range (running servers) and GridThrottleStoreTest's 6960.
    config.getNetworkConfig().setPort(6980).setPortCount(10).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (int port = 6980; port < 6990; port++) {
      join.getTcpIpConfig().addMember("127.0.0.1:" + port);
    }
    return config;
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
