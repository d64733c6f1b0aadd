package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.publish.control.OpenItem;
import nl.wijkzicht.publish.entity.JobPurpose;
import nl.wijkzicht.publish.entity.PublicationStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * Publishing report versions (docs/publishing.md). A coordinator publishes the national report or
 * one area's; refused while anything in the scope is open ({@link #openItems}), while a publication
 * of the scope runs, or when the data did not change since the current version. Publishing runs as
 * a report job ({@link ReportJobService}); the study row's lock makes the check and the job row one
 * step, so parallel requests start one job. Withdrawing needs a reason and leaves a public notice.
 */
@ApplicationScoped
@Transactional
public class PublishService {

  /** At most this many open items are listed in a refusal (and a count of the rest). */
  public static final int LISTED = 30;

  public static final int REASON_MIN = 10;

  @Inject EntityManager em;
  @Inject StudyService studies;
  @Inject ReportJobService jobs;
  @Inject JobRows rows;
  @Inject ReportBuilder builder;
  @Inject AccessLogService accessLog;

  /** One scope of a study on the coordinator's page: its versions, open items and latest jobs. */
  public record Scope(
      Long areaId,
      String label,
      List<PublicationRow> versions,
      List<OpenItem> open,
      ReportJob publishJob,
      ReportJob downloadJob)
      implements Serializable {

    public Optional<PublicationRow> current() {
      return versions.stream().filter(PublicationRow::isCurrent).findFirst();
    }

    public PublicationRow getCurrent() {
      return current().orElse(null);
    }

    /** The open items a page lists (the first {@link #LISTED}). */
    public List<OpenItem> getFirstOpen() {
      return open.stream().limit(LISTED).toList();
    }

    public boolean isPublishing() {
      return publishJob != null && publishJob.getStatus().isActive();
    }

    public boolean isGenerating() {
      return downloadJob != null && downloadJob.getStatus().isActive();
    }
  }

  /** The study's scopes, national first, then its areas in order. Coordinators and admins. */
  public List<Scope> overview(Actor actor, long studyId) {
    Study study = mayPublish(actor, studyId);
    List<OpenItem> open = openItemsOf(studyId, null);
    List<PublicationRow> all =
        em.createQuery(
                PublicationRow.SELECT + " WHERE p.studyId = :s ORDER BY p.number DESC",
                PublicationRow.class)
            .setParameter("s", studyId)
            .getResultList();
    Map<String, ReportJob> latest = new LinkedHashMap<>();
    for (ReportJob job : rows.latestPerScope(studyId)) {
      latest.put(job.getScope() + "/" + job.getPurpose(), job);
    }
    List<Scope> scopes = new ArrayList<>();
    scopes.add(scope(null, study.getTitle(), all, open, latest));
    for (StudyArea area : study.getAreas()) {
      scopes.add(scope(area.getId(), area.getLabel(), all, open, latest));
    }
    return scopes;
  }

  private static Scope scope(
      Long areaId,
      String label,
      List<PublicationRow> all,
      List<OpenItem> open,
      Map<String, ReportJob> latest) {
    String key = ReportJob.scopeOf(areaId);
    return new Scope(
        areaId,
        label,
        all.stream().filter(p -> p.scope().equals(key)).toList(),
        open.stream().filter(o -> areaId == null || areaId.equals(o.areaId())).toList(),
        latest.get(key + "/" + JobPurpose.PUBLISH),
        latest.get(key + "/" + JobPurpose.DOWNLOAD));
  }

  /**
   * Publishes the study's national report ({@code areaId} null) or one area's: starts the job that
   * freezes and renders it, or refuses (listing what is open).
   */
  public ReportJob publish(Actor actor, long studyId, Long areaId) {
    mayPublishAny(actor, studyId);
    // The study row's lock is the first statement of this transaction: InnoDB takes the snapshot
    // of a repeatable-read transaction at its first plain read, so every read below sees what was
    // committed before the lock was granted (the job row of a publish that just started, the
    // version one that just finished). Locking reads of report_job instead deadlocked with the
    // job thread's progress updates (gap locks).
    lockStudy(em, studyId);
    Study study = studies.get(actor, studyId);
    if (areaId != null && study.getAreas().stream().noneMatch(a -> a.getId().equals(areaId))) {
      throw new NotFoundException("publish.area.unknown", areaId);
    }
    String scope = ReportJob.scopeOf(areaId);
    if (rows.active(studyId, scope, JobPurpose.PUBLISH)) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.CREATE, "ReportPublication", null)
              .failed()
              .detail(scope + ": already running"));
      throw new NotAllowedException("publish.running", "publication of " + scope + " runs");
    }
    List<OpenItem> open = openItemsOf(studyId, areaId);
    if (!open.isEmpty()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.CREATE, "ReportPublication", null)
              .failed()
              .detail(scope + ": " + open.size() + " open"));
      throw refusal(open);
    }
    List<Object[]> current =
        em.createQuery(
                "SELECT p.number, p.fingerprint FROM ReportPublication p WHERE p.studyId = :s"
                    + " AND p.scope = :scope AND p.status = :published",
                Object[].class)
            .setParameter("s", studyId)
            .setParameter("scope", scope)
            .setParameter("published", PublicationStatus.PUBLISHED)
            .getResultList();
    if (!current.isEmpty()
        && ReportJobService.dataVersion(builder, studyId).equals(current.get(0)[1])) {
      throw InvalidInputException.of(
          null, "publish.unchanged", ((Number) current.get(0)[0]).intValue());
    }
    return jobs.start(actor, studyId, areaId, JobPurpose.PUBLISH);
  }

  /** What keeps the scope from being published (empty: nothing). Coordinators and admins. */
  public List<OpenItem> openItems(Actor actor, long studyId, Long areaId) {
    mayPublish(actor, studyId);
    return openItemsOf(studyId, areaId);
  }

  /** Withdraws a version: a reason of at least 10 characters; the public page shows a notice. */
  public ReportPublication withdraw(Actor actor, long publicationId, String reason) {
    ReportPublication p = em.find(ReportPublication.class, publicationId);
    if (p == null) {
      throw new NotFoundException("publish.unknown", publicationId);
    }
    mayPublish(actor, p.getStudyId());
    String text = reason == null ? "" : reason.strip();
    if (text.length() < REASON_MIN) {
      throw InvalidInputException.of("reason", "publish.withdraw.reason", REASON_MIN);
    }
    if (text.length() > ReportPublication.REASON_LENGTH) {
      throw InvalidInputException.of(
          "reason", "publish.withdraw.reason_long", ReportPublication.REASON_LENGTH);
    }
    if (p.isWithdrawn()) {
      throw new NotAllowedException("publish.withdrawn_already", "already withdrawn");
    }
    p.withdraw(text, actor.username(), Instant.now());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, "ReportPublication", publicationId)
            .detail("withdrawn"));
    return p;
  }

  private Study mayPublish(Actor actor, long studyId) {
    mayPublishAny(actor, studyId);
    return studies.get(actor, studyId);
  }

  private void mayPublishAny(Actor actor, long studyId) {
    if (!AccessPolicy.mayPublish(actor)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, "ReportPublication", null).denied());
      throw NotAllowedException.denied("publish study " + studyId);
    }
  }

  /** Serialises publishing per study (the check for a running job and its row are one step). */
  static void lockStudy(EntityManager em, long studyId) {
    em.createNativeQuery("SELECT id FROM study WHERE id = ? FOR UPDATE")
        .setParameter(1, studyId)
        .getResultList();
  }

  private static InvalidInputException refusal(List<OpenItem> open) {
    List<FieldProblem> problems = new ArrayList<>();
    problems.add(new FieldProblem(null, "publish.open", List.of(open.size())));
    open.stream()
        .limit(LISTED)
        .forEach(o -> problems.add(new FieldProblem(null, o.key(), o.arguments())));
    if (open.size() > LISTED) {
      problems.add(new FieldProblem(null, "publish.open.more", List.of(open.size() - LISTED)));
    }
    return new InvalidInputException("publish.open", problems);
  }

  /**
   * The rules (docs/publishing.md), over the study or one area: a visit not final (cancelled ones
   * do not count); a visit sent for reply with no submitted reply whose deadline has not passed; a
   * remark of a submitted reply without a decision; and a norm of the framework without any finding
   * (any rating, "niet beoordeeld" included) in an area that has a visit. Four grouped queries.
   */
  List<OpenItem> openItemsOf(long studyId, Long areaId) {
    String area = areaId == null ? "" : " AND sa.id = " + areaId.longValue();
    String label = "CONCAT(m.name, IF(sa.district_name = '', '', CONCAT('-', sa.district_name)))";
    List<OpenItem> open = new ArrayList<>();
    for (Object[] r :
        rowsOf(
            "SELECT sa.id, "
                + label
                + ", v.id, v.status, v.visit_date FROM visit v JOIN study_area sa ON sa.id ="
                + " v.study_area_id JOIN municipality m ON m.id = sa.municipality_id"
                + " WHERE v.study_id = ? AND v.status NOT IN ('FINAL', 'PUBLISHED', 'CANCELLED')"
                + area
                + " ORDER BY sa.id, v.id",
            studyId)) {
      open.add(
          OpenItem.of(
              OpenItem.VISIT_NOT_FINAL,
              ((Number) r[0]).longValue(),
              r[1],
              String.valueOf(r[2]),
              new nl.wijkzicht.TextKey("VisitStatus." + r[3])));
    }
    for (Object[] r :
        rowsOf(
            "SELECT sa.id, "
                + label
                + ", v.id FROM visit v JOIN study_area sa ON sa.id = v.study_area_id"
                + " JOIN municipality m ON m.id = sa.municipality_id"
                + " WHERE v.study_id = ? AND v.status = 'SENT_FOR_REPLY'"
                + " AND (v.reply_deadline IS NULL OR v.reply_deadline >= UTC_DATE())"
                + " AND NOT EXISTS (SELECT 1 FROM reply r WHERE r.visit_id = v.id"
                + " AND r.status = 'SUBMITTED')"
                + area
                + " ORDER BY sa.id, v.id",
            studyId)) {
      open.add(
          OpenItem.of(
              OpenItem.REPLY_OPEN, ((Number) r[0]).longValue(), r[1], String.valueOf(r[2])));
    }
    for (Object[] r :
        rowsOf(
            "SELECT sa.id, "
                + label
                + ", v.id, COUNT(*) FROM reply_remark rr JOIN reply r ON r.id = rr.reply_id"
                + " JOIN visit v ON v.id = r.visit_id JOIN study_area sa ON sa.id ="
                + " v.study_area_id JOIN municipality m ON m.id = sa.municipality_id"
                + " LEFT JOIN remark_decision d ON d.remark_id = rr.id"
                + " WHERE v.study_id = ? AND r.status = 'SUBMITTED' AND d.id IS NULL"
                + " AND v.status <> 'CANCELLED'"
                + area
                + " GROUP BY sa.id, m.name, sa.district_name, v.id ORDER BY sa.id, v.id",
            studyId)) {
      open.add(
          OpenItem.of(
              OpenItem.REMARK_UNDECIDED,
              ((Number) r[0]).longValue(),
              r[1],
              String.valueOf(r[2]),
              ((Number) r[3]).intValue()));
    }
    for (Object[] r :
        rowsOf(
            "SELECT sa.id, "
                + label
                + ", n.code FROM study_area sa JOIN study s ON s.id = sa.study_id"
                + " JOIN municipality m ON m.id = sa.municipality_id"
                + " JOIN framework_theme t ON t.framework_version_id = s.framework_version_id"
                + " JOIN framework_norm n ON n.theme_id = t.id"
                + " WHERE sa.study_id = ?"
                + area
                + " AND EXISTS (SELECT 1 FROM visit v WHERE v.study_area_id = sa.id"
                + " AND v.status <> 'CANCELLED')"
                + " AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.study_area_id = sa.id"
                + " AND f.norm_id = n.id)"
                + " ORDER BY sa.id, t.position, n.position",
            studyId)) {
      open.add(OpenItem.of(OpenItem.UNRATED, ((Number) r[0]).longValue(), r[1], r[2]));
    }
    return open;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rowsOf(String sql, long studyId) {
    return em.createNativeQuery(sql).setParameter(1, studyId).getResultList();
  }
}
