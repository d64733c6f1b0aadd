package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.entity.PublicationStatus;
import nl.wijkzicht.publish.entity.ReportJob;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.publish.entity.ReportPublication.Draft;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;

/**
 * Records a rendered publication in one transaction, under the study row's lock: its number (the
 * scope's last + 1), the previous published version of the scope superseded by it, the job done. If
 * the transaction does not commit, the PDF file is deleted.
 */
@ApplicationScoped
@Transactional
public class PublicationWriter {

  @Inject EntityManager em;
  @Inject JobRows rows;
  @Inject PublicationStore store;
  @Inject AccessLogService accessLog;

  public ReportPublication publish(long jobId, Actor actor, Draft draft) {
    store.deleteAfterRollback(draft.pdfFile());
    PublishService.lockStudy(em, draft.studyId());
    String scope = ReportJob.scopeOf(draft.areaId());
    // The study's lock is this transaction's first statement: the reads below see every version
    // committed before it was granted (InnoDB takes the snapshot at the first plain read).
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT MAX(number) FROM report_publication WHERE study_id = ? AND scope = ?")
                .setParameter(1, draft.studyId())
                .setParameter(2, scope)
                .getSingleResult();
    Draft numbered =
        new Draft(
            draft.studyId(),
            draft.areaId(),
            last == null ? 1 : last.intValue() + 1,
            draft.title(),
            draft.fingerprint(),
            draft.minCellSize(),
            draft.pdfFile(),
            draft.pdfSha256(),
            draft.pdfBytes(),
            draft.pdfPages(),
            draft.snapshot(),
            draft.snapshotSha256());
    ReportPublication publication =
        new ReportPublication(numbered, actor.username(), Instant.now());
    em.persist(publication);
    em.flush();
    em.createQuery(
            "SELECT p FROM ReportPublication p WHERE p.studyId = :s AND p.scope = :scope"
                + " AND p.status = :published AND p.id <> :id",
            ReportPublication.class)
        .setParameter("s", draft.studyId())
        .setParameter("scope", scope)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setParameter("id", publication.getId())
        .getResultList()
        .forEach(previous -> previous.supersededBy(publication.getId()));
    rows.done(jobId, draft.pdfFile(), draft.pdfSha256(), draft.pdfBytes(), draft.pdfPages());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, "ReportPublication", publication.getId())
            .detail(scope + " versie " + publication.getNumber()));
    return publication;
  }
}
