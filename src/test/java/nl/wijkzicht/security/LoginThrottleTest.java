package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wijkzicht.security.control.LoginThrottle;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void blocksAnAddressAfterTooManyFailuresUntilTheyLeaveTheWindow() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.tryStart("10.0.0.1")).isPresent();
    }
    assertThat(throttle.tryStart("10.0.0.1")).isEmpty();
    assertThat(throttle.tryStart("10.0.0.2")).as("other addresses are not affected").isPresent();
    now = now.plus(Duration.ofMinutes(11));
    assertThat(throttle.tryStart("10.0.0.1")).isPresent();
  }

  @Test
  void aSuccessGivesBackOnlyItsOwnPlaceNotEarlierFailures() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);
    throttle.tryStart("10.0.0.1");
    throttle.tryStart("10.0.0.1");
    throttle.tryStart("10.0.0.1").orElseThrow().succeeded();
    assertThat(throttle.counted("10.0.0.1")).isEqualTo(2);
    assertThat(throttle.tryStart("10.0.0.1")).isPresent();
    assertThat(throttle.tryStart("10.0.0.1"))
        .as("19 failures and an own login do not reset the count")
        .isEmpty();
  }

  @Test
  void anAttemptWhosePasswordWasNeverCheckedDoesNotCount() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 5; i++) {
      throttle
          .tryStart("10.0.0.4")
          .orElseThrow()
          .notChecked(); // Busy: the account's turn never came.
    }
    assertThat(throttle.counted("10.0.0.4")).isZero();
    throttle.tryStart("10.0.0.4").orElseThrow().close(); // A wrong password.
    assertThat(throttle.counted("10.0.0.4")).isEqualTo(1);
    assertThat(throttle.tryStart("10.0.0.4")).isPresent();
  }

  @Test
  void aCheckWaitsForRunningChecksInsteadOfBeingRefused() throws Exception {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10), clock);
    LoginThrottle.Attempt first = throttle.tryStart("10.0.0.3").orElseThrow();
    LoginThrottle.Attempt second = throttle.tryStart("10.0.0.3").orElseThrow();
    assertThat(throttle.tryStart("10.0.0.3")).as("full, no waiting").isEmpty();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> third =
          pool.submit(() -> throttle.tryStart("10.0.0.3", Duration.ofSeconds(10)).isPresent());
      first.succeeded(); // A colleague's login went through: the waiting one gets its place.
      assertThat(third.get(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    second.close(); // A failure keeps its place.
    assertThat(throttle.counted("10.0.0.3")).isEqualTo(2);
    assertThat(throttle.tryStart("10.0.0.3", Duration.ofMillis(200)))
        .as("a failure and a running check fill it: refused once the wait is over")
        .isEmpty();
  }

  @Test
  void parallelAttemptsNeverPassTheLimit() throws Exception {
    LoginThrottle throttle = new LoginThrottle(20, Duration.ofMinutes(10), clock);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return throttle.tryStart("10.0.0.9").isPresent();
                }));
      }
      go.countDown();
      int passed = 0;
      for (Future<Boolean> result : results) {
        passed += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(passed).isEqualTo(20);
      assertThat(throttle.counted("10.0.0.9")).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }
}
