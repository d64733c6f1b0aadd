package nl.wijkzicht.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.report.control.Markdown;
import nl.wijkzicht.report.entity.ReportConclusion;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;

/**
 * The coordinator's conclusions of a report, for the whole study or one area (docs/reports.md):
 * read by whoever may read the study, written by its leads with a version check. Two first saves of
 * the same conclusions at the same moment meet at the unique key: one is saved, the other is told
 * someone else saved first.
 */
@ApplicationScoped
@Transactional
public class ConclusionService {

  static final String OBJECT = "ReportConclusion";

  /** Conclusions as read: the text ("" when none) and the version to save against (null: none). */
  public record Conclusion(String body, Long version, Instant updatedAt, String updatedBy)
      implements Serializable {
    public static final Conclusion NONE = new Conclusion("", null, null, null);
  }

  @Inject private EntityManager em;
  @Inject private StudyService studies;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** The conclusions of the study ({@code areaId} null) or of one of its areas. */
  public Conclusion read(Actor actor, long studyId, Long areaId) {
    Study study = studies.get(actor, studyId);
    requireArea(study, areaId);
    return find(studyId, areaId).map(ConclusionService::of).orElse(Conclusion.NONE);
  }

  /**
   * Saves the conclusions if nobody saved since {@code expectedVersion} (null: there were none when
   * the form was loaded). Only study leads; the text at most {@link Markdown#MAX_LENGTH} characters
   * (the problem at field {@code body}).
   */
  public Conclusion save(
      Actor actor, long studyId, Long areaId, String body, Long expectedVersion) {
    Study study = studies.get(actor, studyId);
    if (!AccessPolicy.mayWriteConclusions(actor)) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null)
              .denied()
              .detail("study " + studyId + " " + ReportConclusion.scope(areaId)));
      throw NotAllowedException.denied("conclusions");
    }
    requireArea(study, areaId);
    String text = body == null ? "" : body.strip();
    if (text.length() > Markdown.MAX_LENGTH) {
      throw InvalidInputException.of(
          "body", "report_web.conclusions.too_long", Markdown.MAX_LENGTH, text.length());
    }
    Optional<ReportConclusion> existing = find(studyId, areaId);
    boolean stale =
        existing.isPresent()
            ? expectedVersion == null || existing.get().getVersion() != expectedVersion
            : expectedVersion != null;
    if (stale) {
      throw conflict(studyId, areaId);
    }
    ReportConclusion conclusion = existing.orElseGet(() -> new ReportConclusion(studyId, areaId));
    conclusion.write(text, actor.username(), Instant.now(clock));
    if (existing.isEmpty()) {
      em.persist(conclusion);
    }
    DatabaseWrite.flush(
        em,
        () -> conflict(studyId, areaId),
        DatabaseWrite.UniqueKey.of("uk_report_conclusion", () -> conflict(studyId, areaId)));
    accessLog.record(
        actor,
        AccessEvent.of(
                existing.isEmpty() ? AccessAction.CREATE : AccessAction.UPDATE,
                OBJECT,
                conclusion.getId())
            .detail(
                "study "
                    + studyId
                    + " "
                    + conclusion.getScope()
                    + ": "
                    + text.length()
                    + " characters"));
    return of(conclusion);
  }

  private static ConcurrentChangeException conflict(long studyId, Long areaId) {
    return new ConcurrentChangeException(
        "report_web.conclusions.changed",
        OBJECT,
        "study " + studyId + " " + ReportConclusion.scope(areaId));
  }

  private static void requireArea(Study study, Long areaId) {
    if (areaId != null && study.getAreas().stream().noneMatch(a -> a.getId().equals(areaId))) {
      throw new NotFoundException("scoring.unknownArea", areaId);
    }
  }

  private Optional<ReportConclusion> find(long studyId, Long areaId) {
    return em.createQuery(
            "select c from ReportConclusion c where c.studyId = :study and c.scope = :scope",
            ReportConclusion.class)
        .setParameter("study", studyId)
        .setParameter("scope", ReportConclusion.scope(areaId))
        .getResultStream()
        .findFirst();
  }

  private static Conclusion of(ReportConclusion c) {
    return new Conclusion(c.getBody(), c.getVersion(), c.getUpdatedAt(), c.getUpdatedBy());
  }
}
