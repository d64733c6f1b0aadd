package nl.wijkzicht.reply.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.reply.control.DecisionRules;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.reply.entity.RemarkDecision;
import nl.wijkzicht.reply.entity.Reply;
import nl.wijkzicht.reply.entity.ReplyRemark;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Decisions on the remarks of a provider's reply (issue 15, docs/reply-decisions.md). The visit's
 * inspector team decides per remark while the reply is in and the visit is not signed off: accepted
 * — the finding's rating and motivation change in the same transaction, recorded as its history,
 * and the decision links to that change — or not accepted with a reason. Staff of the study read
 * the decisions beside the remarks; the provider reads its own once the visit is final.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

  static final String OBJECT = "RemarkDecision";

  /**
   * One remark of a submitted reply with its decision (null: none yet) and the changes of its
   * finding that accepting it made (empty otherwise).
   */
  public record RemarkRow(ReplyRemark remark, RemarkDecision decision, List<FindingChange> changes)
      implements Serializable {

    public Finding getFinding() {
      return remark.getFinding();
    }

    public boolean isDecided() {
      return decision != null;
    }
  }

  /** What the decision form submits for one remark. */
  public record DecisionInput(
      DecisionOutcome outcome,
      String reason,
      Long ratingLevelId,
      String motivation,
      Long findingVersion)
      implements Serializable {}

  @Inject private EntityManager em;
  @Inject private FindingService findings;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /**
   * The remarks of the submitted replies to a visit with their decisions, in the order given, for
   * staff who may read the visit's study.
   */
  public List<RemarkRow> forStaff(Actor actor, long visitId) {
    Visit visit = visit(actor, visitId, AccessAction.READ);
    if (!AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds())) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, OBJECT, null)
              .provider(providerOf(visit))
              .denied()
              .detail("decisions of visit " + visitId));
      throw NotAllowedException.denied("decisions of visit " + visitId);
    }
    List<RemarkRow> rows = rows(visitId, null);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, null)
            .provider(providerOf(visit))
            .detail("decisions of visit " + visitId + " (" + rows.size() + " remarks)"));
    return rows;
  }

  /**
   * The decisions on a provider's own remarks, once the visit is final (or published): its own
   * organisation only (else 403, logged DENIED); before that an empty list (nothing to show yet).
   */
  public List<RemarkRow> forProvider(Actor actor, long visitId) {
    Visit visit = visit(actor, visitId, AccessAction.READ);
    Long providerId = providerOf(visit);
    if (!actor.is(Role.PROVIDER) || !Objects.equals(actor.providerId(), providerId)) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, OBJECT, null)
              .provider(providerId)
              .denied()
              .detail("decisions of visit " + visitId));
      throw NotAllowedException.denied("decisions of visit " + visitId);
    }
    if (!decisionsPublic(visit.getStatus())) {
      return List.of();
    }
    List<RemarkRow> rows = rows(visitId, actor.providerId());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, null)
            .provider(providerId)
            .detail("decisions of visit " + visitId + " (" + rows.size() + " remarks)"));
    return rows;
  }

  /** Whether a provider reads the decisions: once the visit is final. */
  public static boolean decisionsPublic(VisitStatus status) {
    return status == VisitStatus.FINAL || status == VisitStatus.PUBLISHED;
  }

  /** Whether this actor would be allowed to decide on the visit's remarks now (for the form). */
  public static boolean mayDecide(Actor actor, Visit visit) {
    return actor.role().isPresent()
        && DecisionRules.mayDecide(
            actor.role().get(), visit.inspectorIds().contains(actor.userId()))
        && VisitWorkflow.findingsRevisable(visit.getStatus(), visit.isSignedOff());
  }

  /**
   * Records the decision on one remark. {@code expectedVersion}: the decision's version the form
   * showed, null when it showed none. Accepting changes the finding (rating and motivation from
   * {@code input}, based on its version {@code input.findingVersion()}) and must change it; not
   * accepting needs a reason of at least ten characters. Two inspectors deciding one remark at
   * once: the remark's row is locked, so the second sees the first's decision and gets a "changed
   * meanwhile" ({@link ConcurrentChangeException}); nothing of it is written.
   */
  public RemarkDecision decide(
      Actor actor, long remarkId, Long expectedVersion, DecisionInput input) {
    ReplyRemark remark = em.find(ReplyRemark.class, remarkId);
    if (remark == null) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null).failed().detail("remark " + remarkId));
      throw new NotFoundException("decision.remark.unknown", remarkId);
    }
    Reply reply = remark.getReply();
    Visit visit = reply.getVisit();
    Role role = actor.role().orElse(null);
    if (!DecisionRules.mayDecide(role, visit.inspectorIds().contains(actor.userId()))) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null)
              .provider(providerOf(visit))
              .denied()
              .detail("remark " + remarkId + ": not on the visit's team"));
      throw NotAllowedException.denied("decision on remark " + remarkId);
    }
    // A shared lock on the visit keeps a sign-off from passing this decision (VisitService
    // .signOff locks it exclusively); the locking read sees a sign-off committed meanwhile.
    em.refresh(visit, LockModeType.PESSIMISTIC_READ);
    if (!VisitWorkflow.findingsRevisable(visit.getStatus(), visit.isSignedOff())
        || !reply.isSubmitted()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null)
              .provider(providerOf(visit))
              .failed()
              .detail("remark " + remarkId + ": visit " + visit.getStatus()));
      throw new NotAllowedException(
          visit.isSignedOff() ? "decision.closed.signed_off" : "decision.closed",
          "Remark " + remarkId + " cannot be decided now",
          nl.wijkzicht.TextKey.of(visit.getStatus()));
    }
    // Deciders of one remark queue here; the second then finds the first one's decision.
    em.refresh(remark, LockModeType.PESSIMISTIC_WRITE);
    RemarkDecision decision =
        em.createNamedQuery(RemarkDecision.OF_REMARK, RemarkDecision.class)
            .setParameter("remarkId", remarkId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (decision == null
        ? expectedVersion != null
        : !Objects.equals(expectedVersion, decision.getVersion())) {
      throw new ConcurrentChangeException(
          "decision.changed", OBJECT, remarkId, decision == null ? "?" : decision.getDecidedBy());
    }
    List<FieldProblem> problems =
        new ArrayList<>(DecisionRules.problems(input.outcome(), input.reason()));
    if (input.outcome() == DecisionOutcome.ACCEPTED && input.findingVersion() == null) {
      problems.add(new FieldProblem("finding", "decision.finding.version", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("decision.invalid", problems);
    }
    FindingChange change = null;
    if (input.outcome() == DecisionOutcome.ACCEPTED) {
      List<FindingChange> changes =
          findings.revise(
              actor,
              remark.getFinding().getId(),
              input.findingVersion(),
              input.ratingLevelId(),
              input.motivation(),
              remarkId);
      if (changes.isEmpty()) {
        if (decision == null || !decision.isAccepted()) {
          throw InvalidInputException.of("motivation", "decision.accepted.unchanged");
        }
      } else {
        change = changes.get(0);
      }
    }
    boolean created = decision == null;
    if (created) {
      decision = new RemarkDecision(remark);
    }
    decision.decide(
        input.outcome(),
        DecisionRules.reason(input.reason()),
        change,
        Instant.now(clock),
        actor.username());
    if (created) {
      em.persist(decision);
    }
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("decision.changed", OBJECT, remarkId, "?"),
        DatabaseWrite.UniqueKey.of(
            "uk_remark_decision_remark",
            () -> new ConcurrentChangeException("decision.changed", OBJECT, remarkId, "?")));
    accessLog.record(
        actor,
        AccessEvent.of(
                created ? AccessAction.CREATE : AccessAction.UPDATE, OBJECT, decision.getId())
            .provider(providerOf(visit))
            .detail("remark " + remarkId + " " + input.outcome()));
    return decision;
  }

  private Visit visit(Actor actor, long visitId, AccessAction action) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor, AccessEvent.of(action, "Visit", visitId).failed().detail("unknown id"));
      throw new NotFoundException("visit.unknown", visitId);
    }
    return visit;
  }

  static Long providerOf(Visit visit) {
    return visit.getLocation().getProvider().getId();
  }

  /**
   * The remarks of submitted replies to the visit (of one provider, or all when null), each with
   * its decision and the finding changes made when accepting it: three queries.
   */
  List<RemarkRow> rows(long visitId, Long providerId) {
    var query =
        em.createQuery(
            "select m from ReplyRemark m join m.reply r join m.finding f where r.visit.id = :visitId"
                + " and r.status = nl.wijkzicht.reply.entity.ReplyStatus.SUBMITTED"
                + (providerId == null ? "" : " and r.provider.id = :providerId")
                + " order by f.norm.id, m.id",
            ReplyRemark.class);
    query.setParameter("visitId", visitId);
    if (providerId != null) {
      query.setParameter("providerId", providerId);
    }
    List<ReplyRemark> remarks = query.getResultList();
    if (remarks.isEmpty()) {
      return List.of();
    }
    Map<Long, RemarkDecision> decisions = new HashMap<>();
    for (RemarkDecision d :
        em.createNamedQuery(RemarkDecision.OF_VISIT, RemarkDecision.class)
            .setParameter("visitId", visitId)
            .getResultList()) {
      decisions.put(d.getRemark().getId(), d);
    }
    Map<Long, List<FindingChange>> changes = new HashMap<>();
    for (FindingChange c :
        em.createQuery(
                "select c from FindingChange c where c.remarkId in :ids order by c.id",
                FindingChange.class)
            .setParameter("ids", remarks.stream().map(ReplyRemark::getId).toList())
            .getResultList()) {
      changes.computeIfAbsent(c.getRemarkId(), k -> new ArrayList<>()).add(c);
    }
    List<RemarkRow> rows = new ArrayList<>();
    for (ReplyRemark remark : remarks) {
      RemarkDecision decision = decisions.get(remark.getId());
      rows.add(
          new RemarkRow(
              remark,
              decision,
              decision != null && decision.isAccepted()
                  ? changes.getOrDefault(remark.getId(), List.of()).stream()
                      .sorted(FindingChange.ORDER)
                      .toList()
                  : List.of()));
    }
    return rows;
  }
}
