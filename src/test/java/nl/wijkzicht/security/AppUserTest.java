package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import org.junit.jupiter.api.Test;

class AppUserTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static final Duration LOCK = AppUser.LOCK_DURATION;

  @Test
  void locksAtTheFifthFailureForTheLockDuration() {
    AppUser user = new AppUser("jan", "Jan", Role.INSPECTOR, null, "hash", false, NOW);
    for (int i = 1; i < AppUser.MAX_FAILED_LOGINS; i++) {
      user.loginFailed(NOW, AppUser.MAX_FAILED_LOGINS, LOCK);
      assertThat(user.getFailedLogins()).isEqualTo(i);
      assertThat(user.isLocked(NOW)).isFalse();
    }
    user.loginFailed(NOW, AppUser.MAX_FAILED_LOGINS, LOCK);
    assertThat(user.isLocked(NOW)).isTrue();
    assertThat(user.isLocked(NOW.plus(LOCK).minusSeconds(1))).isTrue();
    assertThat(user.isLocked(NOW.plus(LOCK))).isFalse();
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    AppUser user = new AppUser("jan", "Jan", Role.INSPECTOR, null, "hash", false, NOW);
    for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
      user.loginFailed(NOW, AppUser.MAX_FAILED_LOGINS, LOCK);
    }
    Instant lockedUntil = user.getLockedUntil();
    user.loginFailed(NOW.plus(Duration.ofMinutes(14)), AppUser.MAX_FAILED_LOGINS, LOCK);
    assertThat(user.getLockedUntil()).isEqualTo(lockedUntil);
    assertThat(user.getFailedLogins()).isEqualTo(AppUser.MAX_FAILED_LOGINS);
  }

  @Test
  void anExpiredLockStartsANewSeries() {
    AppUser user = new AppUser("jan", "Jan", Role.INSPECTOR, null, "hash", false, NOW);
    for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
      user.loginFailed(NOW, AppUser.MAX_FAILED_LOGINS, LOCK);
    }
    Instant after = NOW.plus(LOCK);
    user.loginFailed(after, AppUser.MAX_FAILED_LOGINS, LOCK);
    assertThat(user.getFailedLogins()).isEqualTo(1);
    assertThat(user.isLocked(after)).isFalse();
  }

  @Test
  void successResetsTheFailureCount() {
    AppUser user = new AppUser("jan", "Jan", Role.INSPECTOR, null, "hash", false, NOW);
    user.loginFailed(NOW, AppUser.MAX_FAILED_LOGINS, LOCK);
    user.loginSucceeded(NOW);
    assertThat(user.getFailedLogins()).isZero();
    assertThat(user.getLastLoginAt()).isEqualTo(NOW);
  }

  @Test
  void aProviderAccountNeedsExactlyOneOrganisation() {
    Long practice = 42L;
    assertThatThrownBy(() -> new AppUser("p", "P", Role.PROVIDER, null, "hash", false, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AppUser("i", "I", Role.INSPECTOR, practice, "hash", false, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AppUser("p", "P", Role.PROVIDER, practice, "hash", false, NOW).getProviderId())
        .isEqualTo(practice);
  }
}
