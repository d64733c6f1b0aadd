package nl.wijkzicht.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.entity.ResultOverride;
import nl.wijkzicht.scoring.entity.ResultOverrideEvent;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;

/**
 * Professional judgement: a coordinator sets an area's result, or a theme's result in an area, by
 * hand with a reason, changes it or removes it. Each change is kept as an event (before, after, the
 * computed level at that moment, who, when, why) and logged. A stale form (someone changed the
 * override since it was read) is refused, never overwritten.
 */
@ApplicationScoped
@Transactional
public class OverrideService {

  static final String OBJECT = "ResultOverride";
  static final int REASON_MINIMUM = 10;

  @Inject EntityManager em;
  @Inject StudyService studies;
  @Inject ScoringService scoring;
  @Inject AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** What the form needs: the override in force (with its version) or none. */
  public record Current(Long id, long version, String levelCode, String reason) {}

  public Optional<Current> current(Actor actor, long studyId, long areaId, Long themeId) {
    studies.get(actor, studyId);
    return find(areaId, themeId)
        .map(o -> new Current(o.getId(), o.getVersion(), o.getLevelCode(), o.getReason()));
  }

  /**
   * Sets (or changes) the level of an area's or theme's result.
   *
   * @param expectedVersion the version the form read, null when it saw no override
   */
  public void set(
      Actor actor,
      long studyId,
      long areaId,
      Long themeId,
      String levelCode,
      String reason,
      Long expectedVersion) {
    Study study = requireCoordinator(actor, studyId, areaId, themeId);
    StudyScores scores = scoring.compute(study);
    Outcome computed = computed(scores, areaId, themeId);
    String cleanReason = checkedReason(reason);
    if (levelCode == null || scores.scale().level(levelCode).isEmpty()) {
      throw InvalidInputException.of("level", "scoring.override.level");
    }
    Optional<ResultOverride> existing = find(areaId, themeId);
    checkVersion(existing, expectedVersion, areaId, themeId);
    ResultOverride override =
        existing.orElseGet(() -> new ResultOverride(studyId, areaId, themeId));
    String before = existing.map(ResultOverride::getLevelCode).orElse(null);
    Instant now = Instant.now(clock);
    override.set(levelCode, cleanReason, actor.username(), now);
    if (existing.isEmpty()) {
      em.persist(override);
    }
    em.persist(
        new ResultOverrideEvent(
            studyId,
            areaId,
            themeId,
            before,
            levelCode,
            code(computed),
            cleanReason,
            actor.username(),
            now));
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, ResultOverride.target(themeId)),
        DatabaseWrite.UniqueKey.of(
            "uk_result_override",
            () -> new ConcurrentChangeException(OBJECT, ResultOverride.target(themeId))));
    accessLog.record(
        actor,
        AccessEvent.of(
                existing.isEmpty() ? AccessAction.CREATE : AccessAction.UPDATE,
                OBJECT,
                override.getId())
            .detail(
                "area "
                    + areaId
                    + " "
                    + override.getTarget()
                    + ": "
                    + (before == null ? "computed " + code(computed) : before)
                    + " -> "
                    + levelCode));
  }

  /** Removes an override: the computed result counts again. The reason is kept in the history. */
  public void clear(
      Actor actor, long studyId, long areaId, Long themeId, String reason, long expectedVersion) {
    Study study = requireCoordinator(actor, studyId, areaId, themeId);
    String cleanReason = checkedReason(reason);
    Optional<ResultOverride> existing = find(areaId, themeId);
    checkVersion(existing, expectedVersion, areaId, themeId);
    ResultOverride override = existing.orElseThrow();
    Outcome computed = computed(scoring.compute(study), areaId, themeId);
    em.remove(override);
    em.persist(
        new ResultOverrideEvent(
            studyId,
            areaId,
            themeId,
            override.getLevelCode(),
            null,
            code(computed),
            cleanReason,
            actor.username(),
            Instant.now(clock)));
    DatabaseWrite.flush(
        em, () -> new ConcurrentChangeException(OBJECT, ResultOverride.target(themeId)));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.DELETE, OBJECT, override.getId())
            .detail("area " + areaId + " " + override.getTarget() + ": removed"));
  }

  /** Every change of the overrides in one area, newest first. */
  public List<ResultOverrideEvent> history(Actor actor, long studyId, long areaId) {
    studies.get(actor, studyId);
    return em.createQuery(
            "select e from ResultOverrideEvent e where e.studyId = :study and e.areaId = :area"
                + " order by e.changedAt desc, e.id desc",
            ResultOverrideEvent.class)
        .setParameter("study", studyId)
        .setParameter("area", areaId)
        .getResultList();
  }

  private Study requireCoordinator(Actor actor, long studyId, long areaId, Long themeId) {
    Study study = studies.get(actor, studyId);
    if (!AccessPolicy.mayChangeStudy(actor)) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null)
              .denied()
              .detail("area " + areaId + " " + ResultOverride.target(themeId)));
      throw NotAllowedException.denied("override");
    }
    if (study.getAreas().stream().noneMatch(a -> a.getId() == areaId)) {
      throw ScoringService.unknownArea(areaId);
    }
    if (themeId != null
        && study.getFrameworkVersion().getThemes().stream()
            .noneMatch(t -> t.getId().equals(themeId))) {
      throw new nl.wijkzicht.NotFoundException("scoring.unknownTheme", themeId);
    }
    return study;
  }

  private static Outcome computed(StudyScores scores, long areaId, Long themeId) {
    AreaResult area = scores.area(areaId).orElseThrow(() -> ScoringService.unknownArea(areaId));
    return themeId == null ? area.outcome() : area.theme(themeId).outcome();
  }

  private static String code(Outcome outcome) {
    return outcome.computed() == null ? null : outcome.computed().code();
  }

  private static String checkedReason(String reason) {
    String clean = reason == null ? "" : reason.strip();
    if (clean.length() < REASON_MINIMUM) {
      throw InvalidInputException.of("reason", "scoring.override.reason", REASON_MINIMUM);
    }
    if (clean.length() > ResultOverride.REASON_LENGTH) {
      throw InvalidInputException.of(
          "reason", "scoring.override.reasonLength", ResultOverride.REASON_LENGTH);
    }
    return clean;
  }

  private Optional<ResultOverride> find(long areaId, Long themeId) {
    return em.createQuery(
            "select o from ResultOverride o where o.areaId = :area and o.target = :target",
            ResultOverride.class)
        .setParameter("area", areaId)
        .setParameter("target", ResultOverride.target(themeId))
        .getResultStream()
        .findFirst();
  }

  private static void checkVersion(
      Optional<ResultOverride> existing, Long expectedVersion, long areaId, Long themeId) {
    boolean stale =
        existing.isPresent()
            ? expectedVersion == null || existing.get().getVersion() != expectedVersion
            : expectedVersion != null;
    if (stale) {
      throw new ConcurrentChangeException(
          OBJECT, "area " + areaId + " " + ResultOverride.target(themeId));
    }
  }
}
