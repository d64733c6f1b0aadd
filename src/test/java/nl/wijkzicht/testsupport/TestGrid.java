package nl.wijkzicht.testsupport;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * A Hazelcast grid of two real members for unit tests of what Wijkzicht keeps in Payara's data
 * grid: its own cluster name, loopback only, TCP/IP discovery over ten ports from {@code firstPort}
 * (away from Hazelcast's 5701 and Payara's 6900 range used by running servers; each test class its
 * own range), no multicast, no phone-home.
 */
public final class TestGrid {

  private TestGrid() {}

  /** Two members joined in one grid: {@code [a, b]}. */
  public static HazelcastInstance[] twoMembers(String name, int firstPort) {
    String cluster = name + "-" + ProcessHandle.current().pid();
    HazelcastInstance a = Hazelcast.newHazelcastInstance(config(cluster, firstPort));
    HazelcastInstance b = Hazelcast.newHazelcastInstance(config(cluster, firstPort));
    if (a.getCluster().getMembers().size() != 2) {
      throw new IllegalStateException("The two test members did not form one grid");
    }
    return new HazelcastInstance[] {a, b};
  }

  private static Config config(String cluster, int firstPort) {
    Config config = new Config().setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    // The members are listed and on loopback: no need to wait 5 s for others before joining (the
    // default), which made each grid test class take seconds longer than its tests.
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.getNetworkConfig().setPort(firstPort).setPortCount(10).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (int port = firstPort; port < firstPort + 10; port++) {
      join.getTcpIpConfig().addMember("127.0.0.1:" + port);
    }
    return config;
  }
}
