package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.LoginResult;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.PasswordHasher;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, ownership and the access log inside Payara on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class SecurityServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private UserService users;
  @Inject private ProviderService providers;
  @Inject private AccessLogService accessLog;
  @Inject private AccessLogBacklog backlog;
  @Inject private PasswordHasher hasher;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void storesPasswordsAsSaltedPbkdf2WithOwaspIterations() {
    AppUser inspector = users.findByUsername("demo-inspecteur").orElseThrow();
    AppUser coordinator = users.findByUsername("demo-coordinator").orElseThrow();
    String[] parts = inspector.getPasswordHash().split(":");
    assertThat(parts[0]).isEqualTo(PasswordHasher.ALGORITHM);
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    assertThat(inspector.getPasswordHash())
        .as("same password, different salt")
        .isNotEqualTo(coordinator.getPasswordHash());
    assertThat(inspector.getPasswordHash()).doesNotContain(DemoDataLoader.DEMO_PASSWORD);
  }

  @Test
  void deniesAndLogsAProviderReadingAnotherOrganisation() throws InterruptedException {
    CareProvider own = providers.findByName("Huisartsenpraktijk De Linde (fictief)").orElseThrow();
    Actor other = UserService.actorOf(users.findByUsername("demo-zorgaanbieder2").orElseThrow());
    Actor owner = UserService.actorOf(users.findByUsername("demo-zorgaanbieder").orElseThrow());

    assertThat(providers.get(owner, own.getId()).getName()).contains("De Linde");
    AccessLogQuery denied =
        new AccessLogQuery(
            Optional.of("demo-zorgaanbieder2"),
            Optional.empty(),
            Optional.of(AccessOutcome.DENIED),
            Optional.of("CareProvider"),
            Optional.of(own.getId().toString()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    long before = accessLog.count(denied);

    assertThatThrownBy(() -> providers.get(other, own.getId()))
        .isInstanceOf(NotAllowedException.class);

    // The refusal rolled back its transaction; the entry is written again after it, by the backlog.
    assertThat(backlog.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(accessLog.count(denied)).isEqualTo(before + 1);
    assertThat(accessLog.search(denied, 0, 10))
        .allSatisfy(e -> assertThat(e.getRole()).isEqualTo("PROVIDER"));
  }

  @Test
  void refusesAccountManagementToNonAdminsAndLogsIt() {
    Actor inspector = UserService.actorOf(users.findByUsername("demo-inspecteur").orElseThrow());
    assertThatThrownBy(() -> users.create(inspector, "it-sneaky", "Sneaky", Role.ADMIN, null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(users.findByUsername("it-sneaky")).isEmpty();
  }

  @Test
  void locksAfterFiveFailuresAndRefusesEvenTheRightPassword() {
    String name = "it-lock-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(name, "Lock test", Role.INSPECTOR, null, "a-long-enough-password", false);
    for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
      assertThat(users.authenticate(name, "wrong")).isIn(LoginResult.INVALID, LoginResult.LOCKED);
    }
    assertThat(users.authenticate(name, "a-long-enough-password")).isEqualTo(LoginResult.LOCKED);
  }

  @Test
  void attemptsOnALockedAccountDoNotExtendTheLock() {
    String name = "it-keep-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(name, "Lock test", Role.INSPECTOR, null, "a-long-enough-password", false);
    for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
      users.authenticate(name, "wrong");
    }
    AppUser locked = users.findByUsername(name).orElseThrow();
    for (int i = 0; i < 3; i++) {
      assertThat(users.authenticate(name, "wrong")).isEqualTo(LoginResult.LOCKED);
    }
    AppUser after = users.findByUsername(name).orElseThrow();
    assertThat(after.getLockedUntil()).isEqualTo(locked.getLockedUntil());
    assertThat(after.getFailedLogins()).isEqualTo(AppUser.MAX_FAILED_LOGINS);
  }

  @Test
  void everyLoginBranchChecksExactlyOnePassword() {
    String name = "it-same-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(name, "Timing test", Role.INSPECTOR, null, "a-long-enough-password", false);
    assertThat(hashesFor(() -> users.authenticate("it-nobody-" + name, "wrong")))
        .as("unknown")
        .isEqualTo(1);
    assertThat(hashesFor(() -> users.authenticate(name, "wrong"))).as("wrong").isEqualTo(1);
    assertThat(hashesFor(() -> users.authenticate(name, "a-long-enough-password")))
        .as("right")
        .isEqualTo(1);
    for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
      users.authenticate(name, "wrong");
    }
    assertThat(
            hashesFor(
                () -> assertThat(users.authenticate(name, "wrong")).isEqualTo(LoginResult.LOCKED)))
        .as("locked")
        .isEqualTo(1);
  }

  private long hashesFor(Runnable login) {
    long before = hasher.verifications();
    login.run();
    return hasher.verifications() - before;
  }

  @Test
  void newAccountsGetATemporaryPasswordThatMustBeChangedUnderThePolicy() {
    Actor admin = UserService.actorOf(users.findByUsername("demo-beheerder").orElseThrow());
    String name = "it-new-" + UUID.randomUUID().toString().substring(0, 8);
    String temporary = users.create(admin, name, "Nieuw", Role.INSPECTOR, null);
    assertThat(users.mustChangePassword(name)).isTrue();
    assertThat(users.authenticate(name, temporary)).isEqualTo(LoginResult.SUCCESS);

    Actor self = users.actorFor(name);
    assertThatThrownBy(() -> users.changeOwnPassword(self, temporary, "kort"))
        .isInstanceOfSatisfying(
            nl.wijkzicht.InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("password.too_short"));
    assertThatThrownBy(
            () -> users.changeOwnPassword(self, "not-the-current", "een goede lange zin"))
        .isInstanceOfSatisfying(
            nl.wijkzicht.InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("account.password.current_wrong"));
    users.changeOwnPassword(self, temporary, "een goede lange zin");
    assertThat(users.mustChangePassword(name)).isFalse();
    assertThat(users.authenticate(name, "een goede lange zin")).isEqualTo(LoginResult.SUCCESS);
  }

  @Test
  void theAccessLogCannotBeChangedOrEmptiedByTheApplication() throws Exception {
    Actor admin = UserService.actorOf(users.findByUsername("demo-beheerder").orElseThrow());
    accessLog.record(
        admin, AccessEvent.of(nl.wijkzicht.security.entity.AccessAction.READ, "Test", "1"));
    long before = accessLog.count(AccessLogQuery.all());

    assertThat(nativeUpdateFails("UPDATE access_log SET username = 'someone-else'")).isTrue();
    assertThat(nativeUpdateFails("DELETE FROM access_log")).isTrue();
    assertThat(accessLog.deleteExpired()).as("nothing is past the retention period").isZero();
    assertThat(accessLog.count(AccessLogQuery.all())).isGreaterThanOrEqualTo(before);
  }

  private boolean nativeUpdateFails(String sql) throws Exception {
    transaction.begin();
    try {
      em.createNativeQuery(sql).executeUpdate();
      transaction.commit();
      return false;
    } catch (RuntimeException e) {
      transaction.rollback();
      return true;
    }
  }
}
