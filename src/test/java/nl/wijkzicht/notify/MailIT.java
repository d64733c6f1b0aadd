package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.wijkzicht.notify.boundary.MailOutbox;
import nl.wijkzicht.notify.boundary.ReminderJob;
import nl.wijkzicht.notify.entity.MailKind;
import nl.wijkzicht.notify.entity.MailOutboxEntry;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.control.WorkingDays;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;
import nl.wijkzicht.testsupport.TestMailbox;
import nl.wijkzicht.testsupport.TestMailbox.Received;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification mails end to end: the visit's status change queues them in its transaction, the
 * sender delivers them after commit to the tests' GreenMail (testsupport.TestMailSession), where
 * each recipient's mailbox is read over IMAP. Checks recipient, subject, deadline date and link,
 * that nothing about respondents is in a mail, and that the reminder job run ten times at once
 * sends one reminder.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private TestData testData;
  @Inject private UserService users;
  @Inject private VisitService visits;
  @Inject private ReminderJob reminders;
  @Inject private MailOutbox outbox;

  @Test
  void aVisitSentForReplyMailsTheProvidersUsersTheDeadlineAndTheLink() {
    Fieldwork f = testData.fieldwork(VisitStatus.FINDINGS_DRAFTED, true);
    String quality = providerUser(f, true);
    providerUser(f, false); // No address: no mail, nothing queued for it.
    String other = providerUser(testData.fieldwork(VisitStatus.PLANNED, false), true);

    Visit sent =
        visits.moveTo(
            testData.lead(), f.visit().getId(), f.visit().getVersion(), VisitStatus.SENT_FOR_REPLY);
    LocalDate deadline = sent.getReplyDeadline();

    List<Received> mails = TestMailbox.await(quality, 1, WAIT);
    assertThat(mails)
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.to()).isEqualTo(quality);
              assertThat(mail.from()).contains("wijkzicht@test.invalid");
              assertThat(mail.subject())
                  .isEqualTo(
                      "Wijkzicht: bevindingen ter reactie, reageren uiterlijk "
                          + SHORT.format(deadline));
              assertThat(mail.body())
                  .contains("tot en met " + LONG.format(deadline))
                  .contains(f.provider().getName())
                  .contains("/reply/visit.xhtml?id=" + f.visit().getId())
                  // Nothing about the people interviewed.
                  .doesNotContain(f.interview().getPseudonym())
                  .doesNotContain(f.tracer().getPseudonym());
            });
    List<MailOutboxEntry> queued = outbox.forVisit(f.visit().getId());
    assertThat(queued)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getKind()).isEqualTo(MailKind.SENT_FOR_REPLY);
              assertThat(e.getRecipient()).isEqualTo(quality);
              assertThat(e.getSentAt()).isNotNull();
            });
    assertThat(TestMailbox.of(other)).as("another organisation's user").isEmpty();
  }

  @Test
  void aReplyReceivedMailsTheVisitsInspectors() {
    Fieldwork f = testData.fieldwork(VisitStatus.SENT_FOR_REPLY, false);
    Visit visit = visits.get(testData.lead(), f.visit().getId());
    visits.moveTo(testData.lead(), visit.getId(), visit.getVersion(), VisitStatus.REPLY_RECEIVED);

    // demo-inspecteur is the visit's inspector; demo mode gave it an address.
    String inspector = "demo-inspecteur@wijkzicht.example";
    String link = "/study/visit.xhtml?id=" + visit.getId();
    Received mail = awaitMatching(inspector, link);
    assertThat(mail.subject())
        .isEqualTo("Wijkzicht: reactie ontvangen van " + f.provider().getName());
    assertThat(mail.body()).contains("besluit").contains(f.study().getTitle());
    assertThat(outbox.forVisit(visit.getId()))
        .filteredOn(e -> e.getKind() == MailKind.REPLY_RECEIVED)
        .extracting(MailOutboxEntry::getRecipient)
        .containsExactly(inspector);
  }

  @Test
  void theReminderGoesOutOnceThreeWorkingDaysBeforeTheDeadlineEvenWhenTenRunsMeet()
      throws Exception {
    Fieldwork f = testData.fieldwork(VisitStatus.FINDINGS_DRAFTED, false);
    String quality = providerUser(f, true);
    Visit sent =
        visits.moveTo(
            testData.lead(), f.visit().getId(), f.visit().getVersion(), VisitStatus.SENT_FOR_REPLY);
    LocalDate deadline = sent.getReplyDeadline();
    LocalDate day = deadline;
    while (WorkingDays.between(day, deadline) < 3) {
      day = day.minusDays(1);
    }
    LocalDate threeBefore = day;
    assertThat(TestMailbox.await(quality, 1, WAIT)).as("the sent-for-reply mail").hasSize(1);

    // Four working days before: nothing yet.
    LocalDate fourBefore = threeBefore.minusDays(1);
    while (WorkingDays.between(fourBefore, deadline) < 4) {
      fourBefore = fourBefore.minusDays(1);
    }
    reminders.run(fourBefore);
    assertThat(reminders(f)).isEmpty();

    // Ten instances (or runs) at the same moment: each visit's reminder is claimed once.
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ReminderJob.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      runs.add(
          executor.submit(
              () -> {
                go.await();
                return reminders.run(threeBefore);
              }));
    }
    go.countDown();
    int claimed = 0;
    int skipped = 0;
    for (Future<ReminderJob.Run> run : runs) {
      ReminderJob.Run done = run.get(2, TimeUnit.MINUTES);
      claimed += done.claimed();
      skipped += done.skipped();
    }
    assertThat(claimed).as("claims over all runs").isPositive();
    assertThat(reminders(f)).as("one reminder queued").hasSize(1);
    // A later run the same day, or the next, finds it claimed.
    reminders.run(threeBefore);
    reminders.run(threeBefore.plusDays(1));
    assertThat(reminders(f)).hasSize(1);

    List<Received> mails = TestMailbox.await(quality, 2, WAIT);
    Thread.sleep(2000); // A second reminder would have arrived with the first.
    mails = TestMailbox.of(quality);
    assertThat(mails).hasSize(2);
    Received reminder = mails.get(1);
    assertThat(reminder.subject())
        .isEqualTo("Herinnering Wijkzicht: reageren uiterlijk " + SHORT.format(deadline));
    assertThat(reminder.to()).isEqualTo(quality);
    assertThat(reminder.body())
        .contains("tot en met " + LONG.format(deadline) + " (nog 3 werkdagen)")
        .contains("/reply/visit.xhtml?id=" + f.visit().getId());
    assertThat(skipped).as("the other runs skipped what was claimed").isPositive();
  }

  @Test
  void parallelSendersNeverClaimTheSameMail() throws Exception {
    Fieldwork f = testData.fieldwork(VisitStatus.PLANNED, false);
    long visitId = f.visit().getId();
    java.time.Instant now = java.time.Instant.now();
    for (int i = 0; i < 30; i++) {
      outbox.add(
          new MailOutboxEntry(
              MailKind.REPLY_RECEIVED,
              visitId,
              null,
              "it-claim-" + i + "@zorg.test",
              "IT claim " + i,
              "IT",
              now));
    }
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<MailOutboxEntry>>> claims = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String token = "it-claim-" + UUID.randomUUID();
      claims.add(
          executor.submit(
              () -> {
                go.await();
                return outbox.claim(token, java.time.Instant.now(), 5);
              }));
    }
    go.countDown();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (Future<List<MailOutboxEntry>> claim : claims) {
      for (MailOutboxEntry e : claim.get(2, TimeUnit.MINUTES)) {
        if (e.getVisitId() != null && e.getVisitId() == visitId) {
          assertThat(seen.add(e.getId())).as("mail %d claimed twice", e.getId()).isTrue();
        }
      }
    }
    // The background sender may have claimed some of them too; never one that a run here had.
    assertThat(seen).isNotEmpty();
  }

  private List<MailOutboxEntry> reminders(Fieldwork f) {
    return outbox.forVisit(f.visit().getId()).stream()
        .filter(e -> e.getKind() == MailKind.REPLY_REMINDER)
        .toList();
  }

  /** Waits for a mail to the address whose body contains {@code text}. */
  private static Received awaitMatching(String address, String text) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      for (Received mail : TestMailbox.of(address)) {
        if (mail.body().contains(text)) {
          return mail;
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no mail to " + address + " containing " + text);
  }

  /** A new provider account of the fieldwork's organisation; returns its address (or username). */
  private String providerUser(Fieldwork f, boolean withAddress) {
    String name = "it-m-" + UUID.randomUUID().toString().substring(0, 8);
    String email = name + "@zorg.test";
    users.create(
        testData.actor("demo-beheerder"),
        name,
        "IT Kwaliteitsfunctionaris",
        Role.PROVIDER,
        f.provider().getId(),
        withAddress ? email : null);
    return withAddress ? email : name;
  }
}
