package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.notify.boundary.NotificationService;
import nl.wijkzicht.notify.control.Notification;
import nl.wijkzicht.notify.control.NotificationKind;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.control.WorkingDays;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-app notifications on MariaDB: each role's list and count, a provider only its own
 * organisation's visits, the deadline and working days left, late replies.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private NotificationService notifications;
  @Inject private TestData testData;
  @Inject private UserService users;
  @Inject private VisitService visits;

  private static final LocalDate TODAY = LocalDate.now(WorkingDays.ZONE);

  @Test
  void aProviderSeesOnlyItsOwnVisitsAwaitingItsReplyWithTheDeadline() {
    Fieldwork a = testData.fieldwork(VisitStatus.SENT_FOR_REPLY, false);
    Fieldwork b = testData.fieldwork(VisitStatus.SENT_FOR_REPLY, false);
    Actor userA = providerUser(a);
    Actor userB = providerUser(b);
    LocalDate deadline = visits.get(testData.lead(), a.visit().getId()).getReplyDeadline();

    List<Notification> listA = notifications.list(userA, TODAY);
    assertThat(listA)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.visitId()).isEqualTo(a.visit().getId());
              assertThat(n.kind()).isEqualTo(NotificationKind.REPLY_DUE);
              assertThat(n.deadline()).isEqualTo(deadline);
              assertThat(n.daysLeft()).isEqualTo(WorkingDays.between(TODAY, deadline)).isPositive();
              assertThat(n.providerName()).isEqualTo(a.provider().getName());
              assertThat(n.page()).isEqualTo("/reply/visit");
            });
    assertThat(notifications.count(userA, TODAY)).isEqualTo(1);
    assertThat(notifications.list(userB, TODAY))
        .extracting(Notification::visitId)
        .containsExactly(b.visit().getId());

    // The day after the deadline the item is late, by one working day or more.
    LocalDate after = deadline.plusDays(1);
    assertThat(notifications.list(userA, after))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.REPLY_LATE);
              assertThat(n.isLate()).isTrue();
              assertThat(n.getDaysLate()).isEqualTo(WorkingDays.between(deadline, after));
            });
  }

  @Test
  void inspectorsSeeDecisionsDueAndCoordinatorsSignOffsAndLateReplies() {
    Fieldwork replied = testData.fieldwork(VisitStatus.REPLY_RECEIVED, false);
    Fieldwork waiting = testData.fieldwork(VisitStatus.SENT_FOR_REPLY, false);
    long repliedId = replied.visit().getId();
    long waitingId = waiting.visit().getId();
    LocalDate deadline = visits.get(testData.lead(), waitingId).getReplyDeadline();

    // demo-inspecteur is on the replied visit's team: a decision is due.
    List<Notification> inspector = notifications.list(testData.inspector(), TODAY);
    assertThat(inspector)
        .filteredOn(n -> n.visitId() == repliedId)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.DECISION_DUE);
              assertThat(n.page()).isEqualTo("/study/visit");
            });
    assertThat(inspector).noneMatch(n -> n.visitId() == waitingId);
    assertThat(inspector).allMatch(n -> n.kind() == NotificationKind.DECISION_DUE);

    // The coordinator was not on the team: sign-off due; the waiting visit only once it is late.
    Actor lead = testData.lead();
    assertThat(notifications.list(lead, TODAY))
        .filteredOn(n -> n.visitId() == repliedId)
        .singleElement()
        .extracting(Notification::kind)
        .isEqualTo(NotificationKind.SIGN_OFF_DUE);
    assertThat(notifications.list(lead, TODAY)).noneMatch(n -> n.visitId() == waitingId);
    List<Notification> late = notifications.list(lead, deadline.plusDays(1));
    assertThat(late)
        .filteredOn(n -> n.visitId() == waitingId)
        .singleElement()
        .extracting(Notification::kind)
        .isEqualTo(NotificationKind.REPLY_OVERDUE);
    // Late replies come first.
    assertThat(late.get(0).kind()).isEqualTo(NotificationKind.REPLY_OVERDUE);

    // The header's count is the list's length (one count query, the same rules).
    for (Actor actor : List.of(testData.inspector(), lead, testData.actor("demo-beheerder"))) {
      List<Notification> list = notifications.list(actor, TODAY);
      if (list.size() < NotificationService.LIMIT) {
        assertThat(notifications.count(actor, TODAY)).as(actor.username()).isEqualTo(list.size());
      }
    }
    assertThat(notifications.count(lead, deadline.plusDays(1)))
        .isGreaterThanOrEqualTo(notifications.count(lead, TODAY) + 1);
  }

  @Test
  void anonymousVisitorsHaveNoNotifications() {
    assertThatThrownBy(() -> notifications.list(Actor.ANONYMOUS))
        .isInstanceOf(NotAllowedException.class);
    assertThat(notifications.count(Actor.ANONYMOUS)).isZero();
  }

  @Test
  void anAccountsAddressIsCheckedAtItsFieldAndKeptNormalised() {
    String name = "it-e-" + UUID.randomUUID().toString().substring(0, 8);
    Actor admin = testData.actor("demo-beheerder");
    assertThatThrownBy(
            () ->
                users.create(
                    admin, name, "IT", Role.INSPECTOR, null, "iemand@zorg.test\r\nBcc: x@y.nl"))
        .isInstanceOfSatisfying(
            nl.wijkzicht.InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("email");
                          assertThat(p.key()).isEqualTo("account.email.invalid");
                        }));
    assertThat(users.findByUsername(name)).as("nothing half-saved").isEmpty();
    users.create(admin, name, "IT", Role.INSPECTOR, null, " Iemand@Zorg.TEST ");
    var user = users.findByUsername(name).orElseThrow();
    assertThat(user.getEmail()).isEqualTo("Iemand@zorg.test");
    users.update(admin, user.getId(), "IT", Role.INSPECTOR, null, true, "");
    assertThat(users.findByUsername(name).orElseThrow().getEmail()).isNull();
  }

  /** A new provider account of the fieldwork's organisation, with an e-mail address. */
  private Actor providerUser(Fieldwork f) {
    String name = "it-n-" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        testData.actor("demo-beheerder"),
        name,
        "IT Kwaliteitsfunctionaris",
        Role.PROVIDER,
        f.provider().getId(),
        name + "@zorg.test");
    return testData.actor(name);
  }
}
