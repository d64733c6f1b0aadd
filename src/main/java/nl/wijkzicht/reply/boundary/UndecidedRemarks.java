package nl.wijkzicht.reply.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wijkzicht.study.control.PendingDecisions;

/**
 * The study feature's question "may this visit be signed off?" answered from the replies: remarks
 * of submitted replies without a decision. Read with a shared lock (a locking read sees the latest
 * committed decisions, not the transaction's snapshot) after the sign-off locked the visit.
 */
@ApplicationScoped
public class UndecidedRemarks implements PendingDecisions {

  @Inject private EntityManager em;

  @Override
  public long undecidedRemarks(long visitId) {
    Object count =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM reply_remark m JOIN reply r ON r.id = m.reply_id"
                    + " LEFT JOIN remark_decision d ON d.remark_id = m.id"
                    + " WHERE r.visit_id = ? AND r.status = 'SUBMITTED' AND d.id IS NULL"
                    + " LOCK IN SHARE MODE")
            .setParameter(1, visitId)
            .getSingleResult();
    return ((Number) count).longValue();
  }
}
