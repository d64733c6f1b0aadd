package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.Role;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final Actor ADMIN = Actor.of(1, "a", Role.ADMIN, null);
  private static final Actor COORDINATOR = Actor.of(2, "c", Role.COORDINATOR, null);
  private static final Actor INSPECTOR = Actor.of(3, "i", Role.INSPECTOR, null);
  private static final Actor PROVIDER_7 = Actor.of(4, "p", Role.PROVIDER, 7L);

  @Test
  void grantsEachPermissionToExactlyItsRoles() {
    Map<Permission, Set<Actor>> allowed =
        Map.of(
            Permission.PUBLIC, Set.of(Actor.ANONYMOUS, ADMIN, COORDINATOR, INSPECTOR, PROVIDER_7),
            Permission.AUTHENTICATED, Set.of(ADMIN, COORDINATOR, INSPECTOR, PROVIDER_7),
            Permission.STAFF, Set.of(ADMIN, COORDINATOR, INSPECTOR),
            Permission.COORDINATE, Set.of(ADMIN, COORDINATOR),
            Permission.PROVIDER_OWN, Set.of(ADMIN, COORDINATOR, INSPECTOR, PROVIDER_7),
            Permission.ADMINISTER, Set.of(ADMIN));
    assertThat(allowed.keySet()).containsExactlyInAnyOrder(Permission.values());
    for (Actor actor : Set.of(Actor.ANONYMOUS, ADMIN, COORDINATOR, INSPECTOR, PROVIDER_7)) {
      for (Permission permission : Permission.values()) {
        assertThat(AccessPolicy.permits(actor, permission))
            .as("%s %s", actor.roleName(), permission)
            .isEqualTo(allowed.get(permission).contains(actor));
      }
    }
  }

  @Test
  void letsAProviderReadOnlyItsOwnOrganisation() {
    assertThat(AccessPolicy.mayReadProvider(PROVIDER_7, 7)).isTrue();
    assertThat(AccessPolicy.mayReadProvider(PROVIDER_7, 8)).isFalse();
    assertThat(AccessPolicy.mayReadProvider(Actor.ANONYMOUS, 7)).isFalse();
    assertThat(AccessPolicy.mayReadProvider(INSPECTOR, 8)).isTrue();
  }

  @Test
  void letsOnlyAdminsAdministerAndOnlyLeadsChangeProviders() {
    assertThat(AccessPolicy.mayAdminister(ADMIN)).isTrue();
    assertThat(AccessPolicy.mayAdminister(COORDINATOR)).isFalse();
    assertThat(AccessPolicy.mayChangeProvider(COORDINATOR)).isTrue();
    assertThat(AccessPolicy.mayChangeProvider(INSPECTOR)).isFalse();
    assertThat(AccessPolicy.mayChangeProvider(PROVIDER_7)).isFalse();
  }

  @Test
  void letsAnInspectorReadOnlyTheStudiesAssignedToThem() {
    assertThat(AccessPolicy.mayReadStudy(INSPECTOR, Set.of(3L, 9L))).isTrue();
    assertThat(AccessPolicy.mayReadStudy(INSPECTOR, Set.of(9L))).isFalse();
    assertThat(AccessPolicy.mayReadStudy(COORDINATOR, Set.of())).isTrue();
    assertThat(AccessPolicy.mayReadStudy(ADMIN, Set.of())).isTrue();
    assertThat(AccessPolicy.mayReadStudy(PROVIDER_7, Set.of(4L)))
        .as("a provider is never on a team")
        .isFalse();
    assertThat(AccessPolicy.mayReadStudy(Actor.ANONYMOUS, Set.of())).isFalse();
    assertThat(AccessPolicy.mayChangeStudy(COORDINATOR)).isTrue();
    assertThat(AccessPolicy.mayChangeStudy(INSPECTOR)).isFalse();
  }

  @Test
  void onlyTheProvidersOwnAccountWritesItsReplyAndOnlyStudyLeadsReopen() {
    assertThat(AccessPolicy.mayReplyFor(PROVIDER_7, 7)).isTrue();
    assertThat(AccessPolicy.mayReplyFor(PROVIDER_7, 8)).isFalse();
    assertThat(AccessPolicy.mayReplyFor(ADMIN, 7)).isFalse();
    assertThat(AccessPolicy.mayReplyFor(INSPECTOR, 7)).isFalse();
    assertThat(AccessPolicy.mayReplyFor(Actor.ANONYMOUS, 7)).isFalse();
    assertThat(AccessPolicy.mayReplyFor(Actor.of(5, "q", Role.PROVIDER, null), 7)).isFalse();
    assertThat(AccessPolicy.mayReopenReply(COORDINATOR)).isTrue();
    assertThat(AccessPolicy.mayReopenReply(ADMIN)).isTrue();
    assertThat(AccessPolicy.mayReopenReply(INSPECTOR)).isFalse();
    assertThat(AccessPolicy.mayReopenReply(PROVIDER_7)).isFalse();
  }

  // --- report H1 ---
  @Test
  void letsOnlyLeadsWriteConclusionsAndNeverAProviderReadAReport() {
    assertThat(AccessPolicy.mayWriteConclusions(COORDINATOR)).isTrue();
    assertThat(AccessPolicy.mayWriteConclusions(ADMIN)).isTrue();
    assertThat(AccessPolicy.mayWriteConclusions(INSPECTOR)).isFalse();
    assertThat(AccessPolicy.mayWriteConclusions(PROVIDER_7)).isFalse();
    assertThat(AccessPolicy.mayReadReport(INSPECTOR, Set.of(3L))).isTrue();
    assertThat(AccessPolicy.mayReadReport(INSPECTOR, Set.of(9L))).isFalse();
    assertThat(AccessPolicy.mayReadReport(COORDINATOR, Set.of())).isTrue();
    assertThat(AccessPolicy.mayReadReport(PROVIDER_7, Set.of(4L))).isFalse();
    assertThat(AccessPolicy.mayReadReport(Actor.ANONYMOUS, Set.of())).isFalse();
  }
}
