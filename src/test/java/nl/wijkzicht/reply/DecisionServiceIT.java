package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.reply.boundary.DecisionService;
import nl.wijkzicht.reply.boundary.DecisionService.DecisionInput;
import nl.wijkzicht.reply.boundary.DecisionService.RemarkRow;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.reply.entity.RemarkDecision;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.DecisionTestData;
import nl.wijkzicht.testsupport.DecisionTestData.Replied;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decisions on a provider's remarks, the findings' history after the reply and the sign-off (issue
 * 15) on MariaDB: who may decide and sign off, what a decision needs, what it writes (and that a
 * refusal writes nothing), that final needs the sign-off and the sign-off every decision, parallel
 * deciders of one remark, and what the provider reads when.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private DecisionTestData replies;
  @Inject private TestData data;
  @Inject private DecisionService decisions;
  @Inject private FindingService findings;
  @Inject private VisitService visits;
  @Inject private AccessLogService accessLog;
  @Inject private AccessLogBacklog backlog;

  @Test
  void acceptingChangesTheFindingAndRecordsItsHistoryLinkedToTheRemark() {
    Replied r = replies.replied(2);
    RemarkRow row = staffRow(r, 0);
    long before = row.getFinding().getVersion();
    String ratedBefore = row.getFinding().getRating().getCode();
    FrameworkRatingLevel better = level(r, "voldoet");

    RemarkDecision decision =
        decisions.decide(
            data.inspector(),
            r.remarkIds().get(0),
            null,
            new DecisionInput(
                DecisionOutcome.ACCEPTED,
                "Klopt, de notulen laten het zien.",
                better.getId(),
                "Fictief: er is wel maandelijks overleg (na wederhoor).",
                before));

    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.ACCEPTED);
    List<FindingChange> history = findings.history(data.inspector(), r.findingIds().get(0));
    assertThat(history)
        .extracting(FindingChange::getField)
        .containsExactly(FindingChange.Field.RATING, FindingChange.Field.MOTIVATION);
    assertThat(history.get(0).getBefore()).isEqualTo(ratedBefore);
    assertThat(history.get(0).getAfter()).isEqualTo("voldoet");
    assertThat(history)
        .allSatisfy(c -> assertThat(c.getRemarkId()).isEqualTo(r.remarkIds().get(0)));
    assertThat(history).allSatisfy(c -> assertThat(c.getChangedBy()).isEqualTo("demo-inspecteur"));
    assertThat(decision.getChange().getId()).isEqualTo(history.get(0).getId());
    RemarkRow after = staffRow(r, 0);
    assertThat(after.getFinding().getRating().getCode()).isEqualTo("voldoet");
    assertThat(after.decision().getChange()).isNotNull();
    assertThat(after.changes()).hasSize(2);
    assertThat(staffRow(r, 1).isDecided()).isFalse();
  }

  @Test
  void notAcceptingNeedsAReasonOfTenCharactersAndARefusalWritesNothing() {
    Replied r = replies.replied(1);
    long remark = r.remarkIds().get(0);

    assertThatThrownBy(
            () ->
                decisions.decide(
                    data.inspector(),
                    remark,
                    null,
                    new DecisionInput(
                        DecisionOutcome.NOT_ACCEPTED, " te kort  ", null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.field() + ":" + p.key())
                    .containsExactly("reason:decision.reason.required"));
    assertThatThrownBy(
            () ->
                decisions.decide(
                    data.inspector(),
                    remark,
                    null,
                    new DecisionInput(null, null, null, null, null)))
        .isInstanceOf(InvalidInputException.class);
    // Accepting without changing the finding is not accepting.
    RemarkRow row = staffRow(r, 0);
    assertThatThrownBy(
            () ->
                decisions.decide(
                    data.inspector(),
                    remark,
                    null,
                    new DecisionInput(
                        DecisionOutcome.ACCEPTED,
                        null,
                        row.getFinding().getRating().getId(),
                        row.getFinding().getMotivation(),
                        row.getFinding().getVersion())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.key())
                    .containsExactly("decision.accepted.unchanged"));
    assertThat(staffRow(r, 0).isDecided()).isFalse();
    assertThat(findings.history(data.inspector(), r.findingIds().get(0))).isEmpty();

    RemarkDecision decision =
        decisions.decide(
            data.inspector(),
            remark,
            null,
            new DecisionInput(
                DecisionOutcome.NOT_ACCEPTED,
                "Het overleg was niet aantoonbaar.",
                null,
                null,
                null));
    assertThat(decision.getReason()).isEqualTo("Het overleg was niet aantoonbaar.");
    assertThat(decision.getChange()).isNull();
    assertThat(findings.history(data.inspector(), r.findingIds().get(0))).isEmpty();
  }

  @Test
  void onlyTheVisitsTeamDecidesProvidersAndOtherCoordinatorsAreDeniedAndLogged() throws Exception {
    Replied r = replies.replied(1);
    long remark = r.remarkIds().get(0);
    DecisionInput input =
        new DecisionInput(
            DecisionOutcome.NOT_ACCEPTED, "Geen nieuwe feiten aangedragen.", null, null, null);

    for (Actor refused : List.of(r.provider(), data.lead(), data.actor("demo-beheerder"))) {
      assertThatThrownBy(() -> decisions.decide(refused, remark, null, input))
          .as(refused.username())
          .isInstanceOfSatisfying(
              NotAllowedException.class, e -> assertThat(e.isDenial()).isTrue());
    }
    assertThat(backlog.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(denials(r.provider().username(), "RemarkDecision")).isEqualTo(1);
    assertThat(denials("demo-coordinator", "RemarkDecision")).isPositive();
    assertThat(staffRow(r, 0).isDecided()).isFalse();
    assertThat(decisions.decide(data.inspector(), remark, null, input).getOutcome())
        .isEqualTo(DecisionOutcome.NOT_ACCEPTED);
  }

  @Test
  void finalNeedsTheSignOffAndTheSignOffNeedsEveryDecisionAndSomeoneOutsideTheTeam()
      throws Exception {
    Replied r = replies.replied(2);
    Visit visit = visits.get(data.lead(), r.visitId());

    assertThatThrownBy(
            () -> visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), VisitStatus.FINAL))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("visit.final.needs_signoff"));
    assertThatThrownBy(() -> visits.signOff(data.lead(), visit.getId(), visit.getVersion(), null))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("visit.signoff.undecided_remarks"));

    decideAll(r);
    Visit decided = visits.get(data.lead(), r.visitId());
    // The inspector did the visit (and is no coordinator); a provider never signs off.
    for (Actor refused : List.of(data.inspector(), r.provider())) {
      assertThatThrownBy(
              () -> visits.signOff(refused, decided.getId(), decided.getVersion(), "akkoord"))
          .as(refused.username())
          .isInstanceOf(NotAllowedException.class);
    }
    assertThat(backlog.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(denials("demo-inspecteur", "Visit")).isPositive();

    Visit signed =
        visits.signOff(data.lead(), decided.getId(), decided.getVersion(), " Gecontroleerd. ");
    assertThat(signed.isSignedOff()).isTrue();
    assertThat(signed.getSignedOffBy()).isEqualTo("demo-coordinator");
    assertThat(signed.getSignOffNote()).isEqualTo("Gecontroleerd.");
    assertThat(signed.getSignedOffAt()).isNotNull();
    assertThatThrownBy(() -> visits.signOff(data.lead(), signed.getId(), signed.getVersion(), null))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("visit.signoff.already"));
    // After the sign-off decisions and findings no longer change.
    RemarkRow row = staffRow(r, 0);
    assertThatThrownBy(
            () ->
                decisions.decide(
                    data.inspector(),
                    r.remarkIds().get(0),
                    row.decision().getVersion(),
                    new DecisionInput(
                        DecisionOutcome.NOT_ACCEPTED,
                        "Toch niet, bij nader inzien.",
                        null,
                        null,
                        null)))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("decision.closed.signed_off"));

    Visit finalVisit =
        visits.moveTo(data.lead(), signed.getId(), signed.getVersion(), VisitStatus.FINAL);
    assertThat(finalVisit.getStatus()).isEqualTo(VisitStatus.FINAL);
  }

  @Test
  void theProviderReadsItsDecisionsOnlyOnceTheVisitIsFinalAndNoOtherOrganisationEver()
      throws Exception {
    Replied r = replies.replied(2);
    Replied other = replies.replied(1);
    assertThat(decisions.forProvider(r.provider(), r.visitId())).as("before final").isEmpty();
    decideAll(r);
    assertThat(decisions.forProvider(r.provider(), r.visitId())).as("decided, not final").isEmpty();
    Visit visit = visits.get(data.lead(), r.visitId());
    visit = visits.signOff(data.lead(), visit.getId(), visit.getVersion(), null);
    visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), VisitStatus.FINAL);

    List<RemarkRow> seen = decisions.forProvider(r.provider(), r.visitId());
    assertThat(seen).hasSize(2).allSatisfy(row -> assertThat(row.isDecided()).isTrue());
    assertThatThrownBy(() -> decisions.forProvider(other.provider(), r.visitId()))
        .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.isDenial()).isTrue());
    assertThatThrownBy(() -> decisions.forStaff(r.provider(), r.visitId()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(backlog.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(denials(other.provider().username(), "RemarkDecision")).isEqualTo(1);
  }

  @Test
  void twentyInspectorsDecidingOneRemarkAtOnceOneWinsTheOthersGetTheConflict() throws Exception {
    Replied r = replies.replied(1);
    long remark = r.remarkIds().get(0);
    RemarkRow row = staffRow(r, 0);
    long findingVersion = row.getFinding().getVersion();
    long rating = level(r, "voldoet_niet").getId();
    List<Callable<RemarkDecision>> deciders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String motivation = "Fictief: aangepast door beslisser " + i + ".";
      deciders.add(
          () ->
              decisions.decide(
                  data.inspector(),
                  remark,
                  null,
                  new DecisionInput(
                      DecisionOutcome.ACCEPTED, null, rating, motivation, findingVersion)));
    }

    int won = 0;
    int conflicts = 0;
    for (Future<RemarkDecision> result : atOnce(deciders)) {
      try {
        result.get(120, TimeUnit.SECONDS);
        won++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ConcurrentChangeException.class);
        conflicts++;
      }
    }
    assertThat(won).isEqualTo(1);
    assertThat(conflicts).isEqualTo(19);
    RemarkRow after = staffRow(r, 0);
    List<FindingChange> history = findings.history(data.inspector(), r.findingIds().get(0));
    assertThat(history).as("only the winner's change").hasSize(2);
    assertThat(after.getFinding().getMotivation()).isEqualTo(history.get(1).getAfter());
    assertThat(after.decision().getChange().getId()).isEqualTo(history.get(0).getId());
  }

  private List<Future<RemarkDecision>> atOnce(List<Callable<RemarkDecision>> tasks)
      throws Exception {
    ManagedExecutorService pool =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RemarkDecision>> futures = new ArrayList<>();
    for (Callable<RemarkDecision> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return task.call();
              }));
    }
    go.countDown();
    for (Future<RemarkDecision> f : futures) {
      try {
        f.get(120, TimeUnit.SECONDS);
      } catch (ExecutionException ignored) {
        // Looked at by the caller.
      }
    }
    return futures;
  }

  private void decideAll(Replied r) {
    for (long remark : r.remarkIds()) {
      decisions.decide(
          data.inspector(),
          remark,
          null,
          new DecisionInput(
              DecisionOutcome.NOT_ACCEPTED,
              "Fictief: de bevinding blijft staan.",
              null,
              null,
              null));
    }
  }

  private RemarkRow staffRow(Replied r, int index) {
    long remark = r.remarkIds().get(index);
    return decisions.forStaff(data.lead(), r.visitId()).stream()
        .filter(row -> row.remark().getId() == remark)
        .findFirst()
        .orElseThrow();
  }

  private FrameworkRatingLevel level(Replied r, String code) {
    return r.fieldwork().study().getFrameworkVersion().getLevels().stream()
        .filter(l -> l.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private int denials(String username, String objectType) {
    return accessLog
        .search(
            new AccessLogQuery(
                Optional.of(username),
                Optional.empty(),
                Optional.of(AccessOutcome.DENIED),
                Optional.of(objectType),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            0,
            50)
        .size();
  }
}
