package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wijkzicht.security.control.GridThrottleStore;
import nl.wijkzicht.security.control.LoginThrottle;
import nl.wijkzicht.testsupport.TestGrid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The login throttle of two cluster instances sharing their counts through a real data grid: two
 * Hazelcast members (the library Payara Micro embeds) joined over TCP/IP on 127.0.0.1, each
 * instance's throttle talking to its own member, as two Payara Micro instances do.
 */
class GridThrottleStoreTest {

  private static HazelcastInstance memberA;
  private static HazelcastInstance memberB;

  @BeforeAll
  static void formCluster() {
    HazelcastInstance[] members = TestGrid.twoMembers("wijkzicht-test", 6960);
    memberA = members[0];
    memberB = members[1];
  }

  @AfterAll
  static void leave() {
    memberB.shutdown();
    memberA.shutdown();
  }

  private static LoginThrottle throttle(HazelcastInstance member, int max) {
    Duration window = Duration.ofMinutes(10);
    return new LoginThrottle(max, window, Clock.systemUTC(), new GridThrottleStore(member, window));
  }

  @Test
  void failuresOnOneInstanceCountOnTheOther() {
    LoginThrottle a = throttle(memberA, 3);
    LoginThrottle b = throttle(memberB, 3);
    a.tryStart("10.1.0.1").orElseThrow().close();
    b.tryStart("10.1.0.1").orElseThrow().close();
    a.tryStart("10.1.0.1").orElseThrow().close();
    assertThat(b.counted("10.1.0.1")).isEqualTo(3);
    assertThat(b.tryStart("10.1.0.1")).as("the address is blocked on every instance").isEmpty();
    assertThat(a.tryStart("10.1.0.1")).isEmpty();
    assertThat(b.tryStart("10.1.0.2")).as("other addresses are not affected").isPresent();
  }

  @Test
  void aSuccessGivesBackOnlyItsOwnPlaceAcrossInstances() {
    LoginThrottle a = throttle(memberA, 3);
    LoginThrottle b = throttle(memberB, 3);
    a.tryStart("10.2.0.1").orElseThrow().close();
    b.tryStart("10.2.0.1").orElseThrow().succeeded();
    assertThat(a.counted("10.2.0.1")).isEqualTo(1);
  }

  @Test
  void parallelChecksOnBothInstancesNeverPassTheLimitTogether() throws Exception {
    LoginThrottle a = throttle(memberA, 10);
    LoginThrottle b = throttle(memberB, 10);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        LoginThrottle on = i % 2 == 0 ? a : b;
        tries.add(
            () -> {
              Optional<LoginThrottle.Attempt> place = on.tryStart("10.3.0.1");
              place.ifPresent(LoginThrottle.Attempt::close); // a failure
              return place.isPresent();
            });
      }
      int passed = 0;
      for (Future<Boolean> result : pool.invokeAll(tries)) {
        passed += result.get() ? 1 : 0;
      }
      assertThat(passed).as("password checks allowed for one address").isEqualTo(10);
      assertThat(a.counted("10.3.0.1")).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }
}
