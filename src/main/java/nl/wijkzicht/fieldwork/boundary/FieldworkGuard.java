package nl.wijkzicht.fieldwork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.Visit;

/**
 * The checks every fieldwork operation starts with: the object exists (else a logged FAILED read
 * and {@link NotFoundException}), the actor may read or record fieldwork in its study (else a
 * logged DENIED and {@link NotAllowedException}), and a visit's fieldwork is still open.
 */
@ApplicationScoped
public class FieldworkGuard {

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;

  /** Loads an entity of a study or records why not. */
  public <T> T find(Actor actor, Class<T> type, long id, AccessAction action) {
    T found = em.find(type, id);
    if (found == null) {
      accessLog.record(
          actor, AccessEvent.of(action, type.getSimpleName(), id).failed().detail("unknown id"));
      throw new NotFoundException("fieldwork.unknown", type.getSimpleName(), id);
    }
    return found;
  }

  public void mayRead(Actor actor, Study study, String type, long id) {
    if (!AccessPolicy.mayReadStudy(actor, study.inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, type, id).denied());
      throw NotAllowedException.denied(type + " " + id);
    }
  }

  public void mayRecord(Actor actor, Study study, AccessAction action, String type, Long id) {
    if (!AccessPolicy.mayRecordFieldwork(actor, study.inspectorIds())) {
      accessLog.record(actor, AccessEvent.of(action, type, id).denied());
      throw NotAllowedException.denied(type + " " + id);
    }
  }

  /**
   * Refuses changes to the fieldwork of a visit whose findings went out (or that was cancelled).
   */
  public void open(Visit visit) {
    if (!VisitWorkflow.fieldworkOpen(visit.getStatus())) {
      throw new NotAllowedException(
          "fieldwork.closed",
          "Visit "
              + visit.getId()
              + " is "
              + visit.getStatus()
              + "; its fieldwork can no longer change",
          nl.wijkzicht.TextKey.of(visit.getStatus()));
    }
  }

  public Visit visit(Actor actor, long visitId, AccessAction action) {
    Visit visit = find(actor, Visit.class, visitId, action);
    if (action == AccessAction.READ) {
      mayRead(actor, visit.getStudy(), "Visit", visitId);
    } else {
      mayRecord(actor, visit.getStudy(), action, "Visit", visitId);
    }
    return visit;
  }

  public Tracer tracer(Actor actor, long tracerId, AccessAction action) {
    Tracer tracer = find(actor, Tracer.class, tracerId, action);
    if (action == AccessAction.READ) {
      mayRead(actor, tracer.getStudy(), "Tracer", tracerId);
    } else {
      mayRecord(actor, tracer.getStudy(), action, "Tracer", tracerId);
    }
    return tracer;
  }
}
