package nl.wijkzicht.fieldwork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.BatchFetch;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.control.FindingChanges;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.fieldwork.entity.FindingEvidence;
import nl.wijkzicht.fieldwork.entity.FindingScope;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;

/**
 * Findings: per norm and scope (visit, tracer or study area) a rating on the framework's scale, a
 * motivation, the providers concerned and the evidence. A tracer only takes norms at client level.
 */
@ApplicationScoped
@Transactional
public class FindingService {

  static final String OBJECT = "Finding";

  /** Where a finding hangs, as the page addresses it. */
  public enum ScopeKind {
    VISIT,
    TRACER,
    AREA
  }

  /** A scope reference: the kind and the id of the visit, tracer or study area (with its study). */
  public record ScopeRef(ScopeKind kind, long id, long studyId) implements Serializable {}

  /**
   * One evidence item as submitted: kind, the interview answer it quotes (for ANSWER), a
   * description, and whether the care provider may read it during the reply (shareable; an ANSWER
   * is shared only as its description, never the answer or the respondent's pseudonym).
   */
  public record EvidenceInput(
      EvidenceKind kind, Long answerId, String description, boolean shareable)
      implements Serializable {

    /** An item not shared with the provider. */
    public EvidenceInput(EvidenceKind kind, Long answerId, String description) {
      this(kind, answerId, description, false);
    }
  }

  /** One norm of the scope and its finding so far (null: still unrated). */
  public record NormRow(FrameworkTheme theme, FrameworkNorm norm, RatedFinding finding)
      implements Serializable {
    public boolean isRated() {
      return finding != null;
    }
  }

  @Inject private EntityManager em;
  @Inject private FieldworkGuard guard;
  @Inject private StudyService studies;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** Resolves and checks a scope for reading or recording. */
  public FindingScope scope(Actor actor, ScopeRef ref, AccessAction action) {
    return switch (ref.kind()) {
      case VISIT -> FindingScope.of(guard.visit(actor, ref.id(), action));
      case TRACER -> FindingScope.of(guard.tracer(actor, ref.id(), action));
      case AREA -> {
        Study study = studies.get(actor, ref.studyId());
        if (action != AccessAction.READ) {
          guard.mayRecord(actor, study, action, "StudyArea", ref.id());
        }
        StudyArea area =
            study.getAreas().stream()
                .filter(a -> a.getId() == ref.id())
                .findFirst()
                .orElseThrow(
                    () -> new NotFoundException("fieldwork.unknown", "StudyArea", ref.id()));
        yield FindingScope.of(study, area);
      }
    };
  }

  /** The norms a scope can rate: all for a visit or area, client-level norms for a tracer. */
  public static boolean applies(FindingScope scope, FrameworkNorm norm) {
    return scope.tracer() == null || norm.getLevel() == NormLevel.CLIENT;
  }

  /**
   * Every norm that applies to the scope, in framework order, with its finding or null (unrated).
   */
  public List<NormRow> overview(Actor actor, ScopeRef ref) {
    FindingScope scope = scope(actor, ref, AccessAction.READ);
    // What the overview shows, in one query: not the findings with their evidence and providers.
    Map<Long, RatedFinding> findings = new java.util.HashMap<>();
    for (Object[] f :
        em.createQuery(
                "select f.norm.id, f.id, f.version, f.rating, f.motivation, f.updatedBy,"
                    + " f.updatedAt from Finding f where f.scopeKey = :scope",
                Object[].class)
            .setParameter("scope", scope.key())
            .getResultList()) {
      findings.put(
          (Long) f[0],
          new RatedFinding(
              (Long) f[1],
              ((Number) f[2]).longValue(),
              (FrameworkRatingLevel) f[3],
              (String) f[4],
              (String) f[5],
              (Instant) f[6]));
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, scope.key())
            .area(TracerService.code(scope.area()))
            .detail("overview"));
    List<NormRow> rows = new ArrayList<>();
    for (FrameworkTheme theme : scope.study().getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        if (applies(scope, norm)) {
          rows.add(new NormRow(theme, norm, findings.get(norm.getId())));
        }
      }
    }
    return rows;
  }

  /**
   * The whole finding (evidence, providers) for one norm in a scope, if it was rated: for the form
   * that changes it.
   */
  public java.util.Optional<Finding> current(Actor actor, ScopeRef ref, long normId) {
    FindingScope scope = scope(actor, ref, AccessAction.READ);
    return em.createQuery(
            "select f from Finding f where f.scopeKey = :scope and f.norm.id = :normId",
            Finding.class)
        .setParameter("scope", scope.key())
        .setParameter("normId", normId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records (creates or replaces) the finding for one norm in one scope. {@code expectedVersion} is
   * the version the form showed, null when it showed no finding. Every problem is reported at once;
   * nothing is written unless all is well.
   */
  public Finding record(
      Actor actor,
      ScopeRef ref,
      long normId,
      Long expectedVersion,
      Long ratingLevelId,
      String motivation,
      List<Long> providerIds,
      List<EvidenceInput> evidence) {
    FindingScope scope = scope(actor, ref, AccessAction.UPDATE);
    boolean afterReply = scope.visit() != null && afterReply(actor, scope.visit());
    long versionId = scope.study().getFrameworkVersion().getId();
    List<FieldProblem> problems = new ArrayList<>();
    FrameworkNorm norm = em.find(FrameworkNorm.class, normId);
    if (norm == null) {
      problems.add(new FieldProblem("norm", "finding.norm.unknown", List.of(normId)));
    } else if (!Objects.equals(norm.getTheme().getVersion().getId(), versionId)) {
      problems.add(new FieldProblem("norm", "finding.norm.other_version", List.of(norm.getCode())));
    } else if (!applies(scope, norm)) {
      problems.add(
          new FieldProblem("norm", "finding.norm.not_client_level", List.of(norm.getCode())));
    }
    FrameworkRatingLevel rating =
        ratingAndMotivation(ratingLevelId, motivation, versionId, problems);
    Set<CareProvider> providers = new LinkedHashSet<>();
    for (Long id : providerIds == null ? List.<Long>of() : providerIds) {
      CareProvider provider = em.find(CareProvider.class, id);
      if (provider == null) {
        problems.add(new FieldProblem("providers", "tracer.provider.unknown", List.of(id)));
      } else {
        providers.add(provider);
      }
    }
    List<FindingEvidence.Draft> items = evidence(scope, evidence, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    Finding finding =
        em.createNamedQuery(Finding.FIND_BY_SCOPE, Finding.class)
            .setParameter("scope", scope.key())
            .getResultStream()
            .filter(f -> f.getNorm().getId() == normId)
            .findFirst()
            .orElse(null);
    if (finding == null
        ? expectedVersion != null
        : !Objects.equals(expectedVersion, finding.getVersion())) {
      throw new ConcurrentChangeException(OBJECT, norm.getCode());
    }
    boolean created = finding == null;
    if (created) {
      finding = new Finding(scope, norm);
    }
    FindingChanges.State before = created ? null : state(finding);
    Instant now = Instant.now(clock);
    finding.record(rating, motivation, providers, items, now, actor.username());
    if (created) {
      em.persist(finding);
    }
    if (afterReply) {
      history(finding, before, actor, now, null);
    }
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, norm.getCode()),
        // Two first ratings at once: the unique key refuses the second, which IS someone else
        // saving first.
        DatabaseWrite.UniqueKey.of(
            "uk_finding_scope_norm", () -> new ConcurrentChangeException(OBJECT, norm.getCode())));
    accessLog.record(
        actor,
        AccessEvent.of(created ? AccessAction.CREATE : AccessAction.UPDATE, OBJECT, finding.getId())
            .provider(
                scope.visit() == null ? null : scope.visit().getLocation().getProvider().getId())
            .area(TracerService.code(scope.area()))
            .detail(norm.getCode() + " " + rating.getCode()));
    return finding;
  }

  /**
   * Changes the rating and motivation of a visit's finding after the provider's reply (issue 15),
   * as accepting one of its remarks does ({@code remarkId}, may be null): only the visit's team,
   * only while the reply is in and the visit not signed off, only from {@code expectedVersion}.
   * Providers and evidence stay as they are. Every changed field is recorded as history in this
   * transaction; the rows are returned (empty when nothing changed, and then nothing is written).
   */
  public List<FindingChange> revise(
      Actor actor,
      long findingId,
      long expectedVersion,
      Long ratingLevelId,
      String motivation,
      Long remarkId) {
    Finding finding = guard.find(actor, Finding.class, findingId, AccessAction.UPDATE);
    Visit visit = finding.getVisit();
    if (visit == null) {
      throw new NotFoundException("fieldwork.unknown", OBJECT, findingId);
    }
    guard.mayRecord(actor, visit.getStudy(), AccessAction.UPDATE, OBJECT, findingId);
    if (!afterReply(actor, visit)) {
      throw new NotAllowedException(
          "finding.revise.closed", "Finding " + findingId + " cannot be revised now");
    }
    long versionId = visit.getStudy().getFrameworkVersion().getId();
    List<FieldProblem> problems = new ArrayList<>();
    FrameworkRatingLevel rating =
        ratingAndMotivation(ratingLevelId, motivation, versionId, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    String code = finding.getNorm().getCode();
    if (finding.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, code);
    }
    FindingChanges.State before = state(finding);
    FindingChanges.State after =
        new FindingChanges.State(rating.getCode(), motivation, before.evidence());
    if (FindingChanges.between(before, after).isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now(clock);
    finding.revise(rating, motivation, now, actor.username());
    List<FindingChange> changes = history(finding, before, actor, now, remarkId);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, code));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, finding.getId())
            .provider(visit.getLocation().getProvider().getId())
            .area(TracerService.code(finding.getArea()))
            .detail(code + " " + rating.getCode() + " (after reply)"));
    return changes;
  }

  /** The recorded changes of a finding after its visit was sent for reply, oldest first. */
  public List<FindingChange> history(Actor actor, long findingId) {
    Finding finding = guard.find(actor, Finding.class, findingId, AccessAction.READ);
    guard.mayRead(actor, finding.getStudy(), OBJECT, findingId);
    return em
        .createNamedQuery(FindingChange.OF_FINDING, FindingChange.class)
        .setParameter("findingId", findingId)
        .getResultList()
        .stream()
        .sorted(FindingChange.ORDER)
        .toList();
  }

  /**
   * Whether a change to a visit's findings is a change after the reply (recorded as history), or
   * throws when no change is allowed: open fieldwork is no change after the reply; a visit whose
   * reply came in and that is not signed off may be changed by its own inspector team only; in any
   * other state the fieldwork is closed. A shared lock on the visit's row keeps a sign-off from
   * passing a change in progress (see VisitService.signOff).
   */
  private boolean afterReply(Actor actor, Visit visit) {
    if (VisitWorkflow.fieldworkOpen(visit.getStatus())) {
      return false;
    }
    em.refresh(visit, LockModeType.PESSIMISTIC_READ);
    if (!VisitWorkflow.findingsRevisable(visit.getStatus(), visit.isSignedOff())) {
      guard.open(visit); // Throws: closed.
    }
    if (!visit.inspectorIds().contains(actor.userId())) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, visit.getId())
              .denied()
              .detail("finding after reply: not on the visit's team"));
      throw NotAllowedException.denied("findings of visit " + visit.getId() + " after the reply");
    }
    return true;
  }

  private List<FindingChange> history(
      Finding finding, FindingChanges.State before, Actor actor, Instant now, Long remarkId) {
    List<FindingChange> rows = new ArrayList<>();
    FindingChanges.State empty = new FindingChanges.State(null, null, List.of());
    for (FindingChanges.Change change :
        FindingChanges.between(before == null ? empty : before, state(finding))) {
      FindingChange row =
          new FindingChange(
              finding,
              FindingChange.Field.valueOf(change.field()),
              change.before(),
              change.after(),
              now,
              actor.username(),
              remarkId);
      em.persist(row);
      rows.add(row);
    }
    return rows;
  }

  private static FindingChanges.State state(Finding finding) {
    return new FindingChanges.State(
        finding.getRating() == null ? null : finding.getRating().getCode(),
        finding.getMotivation(),
        finding.getEvidence().stream().map(FindingService::line).toList());
  }

  private static final Map<EvidenceKind, String> KIND_WORDS =
      Map.of(
          EvidenceKind.ANSWER, "Antwoord",
          EvidenceKind.OBSERVATION, "Waarneming",
          EvidenceKind.DOCUMENT, "Document");

  private static String line(FindingEvidence item) {
    InterviewAnswer answer = item.getAnswer();
    String source =
        answer == null
            ? null
            : answer.getInterview().getPseudonym() + " · " + answer.getQuestion().getCode();
    return FindingChanges.evidenceLine(
        KIND_WORDS.get(item.getKind()), source, item.getDescription());
  }

  private List<FindingEvidence.Draft> evidence(
      FindingScope scope, List<EvidenceInput> inputs, List<FieldProblem> problems) {
    List<FindingEvidence.Draft> items = new ArrayList<>();
    int n = 0;
    for (EvidenceInput input : inputs == null ? List.<EvidenceInput>of() : inputs) {
      n++;
      String description = input.description() == null ? "" : input.description().strip();
      if (description.length() > FindingEvidence.DESCRIPTION_LENGTH) {
        problems.add(
            new FieldProblem(
                "evidence",
                "finding.evidence.too_long",
                List.of(n, FindingEvidence.DESCRIPTION_LENGTH)));
      }
      if (input.kind() == null) {
        problems.add(new FieldProblem("evidence", "finding.evidence.kind", List.of(n)));
        continue;
      }
      InterviewAnswer answer = null;
      if (input.kind() == EvidenceKind.ANSWER) {
        answer = input.answerId() == null ? null : em.find(InterviewAnswer.class, input.answerId());
        if (answer == null || !sameScope(scope, answer)) {
          problems.add(new FieldProblem("evidence", "finding.evidence.answer", List.of(n)));
          continue;
        }
        if (input.shareable() && description.isEmpty()) {
          // The provider never sees the answer itself: what is shared is the inspector's quote.
          problems.add(new FieldProblem("evidence", "finding.evidence.share_quote", List.of(n)));
          continue;
        }
      } else if (description.isEmpty()) {
        problems.add(new FieldProblem("evidence", "finding.evidence.description", List.of(n)));
        continue;
      }
      items.add(new FindingEvidence.Draft(input.kind(), answer, description, input.shareable()));
    }
    return items;
  }

  /** An answer may support a finding when it was given in the same study area of the same study. */
  private static boolean sameScope(FindingScope scope, InterviewAnswer answer) {
    var interview = answer.getInterview();
    return Objects.equals(interview.getStudy().getId(), scope.study().getId())
        && Objects.equals(interview.getArea().getId(), scope.area().getId());
  }

  /**
   * The rating level (null when missing or not on the study's scale) and the motivation's checks,
   * each problem added at its field; shared by recording and revising a finding.
   */
  private FrameworkRatingLevel ratingAndMotivation(
      Long ratingLevelId, String motivation, long versionId, List<FieldProblem> problems) {
    FrameworkRatingLevel rating =
        ratingLevelId == null ? null : em.find(FrameworkRatingLevel.class, ratingLevelId);
    if (ratingLevelId == null) {
      problems.add(new FieldProblem("rating", "finding.rating.required", List.of()));
    } else if (rating == null || !Objects.equals(rating.getVersion().getId(), versionId)) {
      problems.add(
          new FieldProblem("rating", "finding.rating.not_on_scale", List.of(ratingLevelId)));
    }
    if (motivation == null || motivation.isBlank()) {
      problems.add(new FieldProblem("motivation", "finding.motivation.required", List.of()));
    } else if (motivation.length() > Finding.MOTIVATION_LENGTH) {
      problems.add(
          new FieldProblem(
              "motivation",
              "field.too_long",
              List.of(motivation.length(), Finding.MOTIVATION_LENGTH)));
    }
    return rating;
  }

  /**
   * The answers that can be quoted as evidence in this scope: of its visit or tracer, else the
   * area's.
   */
  public List<InterviewAnswer> quotableAnswers(Actor actor, ScopeRef ref) {
    FindingScope scope = scope(actor, ref, AccessAction.READ);
    String where =
        scope.visit() != null
            ? "v.id = :id"
            : scope.tracer() != null ? "t.id = :id" : "(v.area.id = :id or t.area.id = :id)";
    long id =
        scope.visit() != null
            ? scope.visit().getId()
            : scope.tracer() != null ? scope.tracer().getId() : scope.area().getId();
    List<InterviewAnswer> answers =
        BatchFetch.of(
                em.createQuery(
                    "select a from InterviewAnswer a join a.interview i"
                        + " left join i.visit v left join i.tracer t where "
                        + where
                        + " order by i.pseudonym, a.question.id",
                    InterviewAnswer.class),
                "a.interview",
                "a.interview.answers")
            .setParameter("id", id)
            .getResultList()
            .stream()
            .filter(a -> !a.isEmpty())
            .toList();
    // The page shows what respondents said: each interview shown is a read of personal data (NEN
    // 7513).
    answers.stream()
        .map(InterviewAnswer::getInterview)
        .distinct()
        .forEach(
            interview ->
                accessLog.record(
                    actor,
                    AccessEvent.of(AccessAction.READ, InterviewService.OBJECT, interview.getId())
                        .provider(InterviewService.providerOf(interview))
                        .area(TracerService.code(interview.getArea()))
                        .detail(interview.getPseudonym() + " (answers beside a finding)")));
    return answers;
  }
}
