package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.wijkzicht.security.control.LoginThrottle;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock = new Clock() {
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
      assertThat(throttle.allows("10.0.0.1")).isTrue();
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.allows("10.0.0.1")).isFalse();
    assertThat(throttle.allows("10.0.0.2")).as("other addresses are not affected").isTrue();
    now = now.plus(Duration.ofMinutes(11));
    assertThat(throttle.allows("10.0.0.1")).isTrue();
  }

  @Test
  void forgetsFailuresAfterASuccessfulLogin() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10), clock);
    throttle.failed("10.0.0.1");
    throttle.succeeded("10.0.0.1");
    throttle.failed("10.0.0.1");
    assertThat(throttle.allows("10.0.0.1")).isTrue();
  }
}
