package nl.wijkzicht.reply.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.FindingChange;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.reply.boundary.DecisionService.RemarkRow;
import nl.wijkzicht.reply.control.VisitReport;
import nl.wijkzicht.reply.control.VisitReportRenderer;
import nl.wijkzicht.reply.entity.Reply;
import nl.wijkzicht.reply.entity.ReplyAttachment;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.Visit;

/**
 * The visit report (PDF) of a final visit (issue 15): for the visit's own provider, and for staff
 * who may read its study. Another organisation, or anyone else, is refused (403, logged DENIED);
 * before the visit is final there is no report (403 with a message, logged FAILED). Every download
 * is an EXPORT in the access log.
 */
@ApplicationScoped
@Transactional
public class VisitReportService {

  static final String OBJECT = "VisitReport";

  @Inject private EntityManager em;
  @Inject private DecisionService decisions;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  /** The report of a final visit as PDF bytes; see the class for who gets it. */
  public byte[] pdf(Actor actor, long visitId) {
    return VisitReportRenderer.render(report(actor, visitId));
  }

  /** What the report shows, after the same checks as {@link #pdf}. */
  public VisitReport report(Actor actor, long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.EXPORT, OBJECT, visitId).failed().detail("unknown id"));
      throw new NotFoundException("visit.unknown", visitId);
    }
    Long providerId = DecisionService.providerOf(visit);
    boolean provider = actor.is(Role.PROVIDER);
    boolean allowed =
        provider
            ? Objects.equals(actor.providerId(), providerId)
            : AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds());
    if (!allowed) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.EXPORT, OBJECT, visitId).provider(providerId).denied());
      throw NotAllowedException.denied("visit report " + visitId);
    }
    if (!DecisionService.decisionsPublic(visit.getStatus())) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.EXPORT, OBJECT, visitId)
              .provider(providerId)
              .failed()
              .detail("not final: " + visit.getStatus()));
      throw new NotAllowedException(
          "report.not_final", "Visit " + visitId + " is not final", visit.getStatus());
    }
    VisitReport report = build(visit, providerId);
    accessLog.record(
        actor, AccessEvent.of(AccessAction.EXPORT, OBJECT, visitId).provider(providerId));
    return report;
  }

  private VisitReport build(Visit visit, Long providerId) {
    var dutch = VisitReportRenderer.DUTCH;
    Map<Long, Finding> findings = new HashMap<>();
    for (Finding f :
        em.createNamedQuery(Finding.FIND_BY_SCOPE, Finding.class)
            .setParameter("scope", "V" + visit.getId())
            .getResultList()) {
      findings.put(f.getNorm().getId(), f);
    }
    Map<String, String> labels = new HashMap<>();
    for (FrameworkRatingLevel level : visit.getStudy().getFrameworkVersion().getLevels()) {
      labels.put(level.getCode(), level.getLabel().in(dutch));
    }
    Map<Long, List<VisitReport.Remark>> remarks = new HashMap<>();
    for (RemarkRow row : decisions.rows(visit.getId(), providerId)) {
      List<VisitReport.Change> changes = new ArrayList<>();
      for (FindingChange c : row.changes()) {
        if (c.getField() == FindingChange.Field.RATING) {
          changes.add(
              new VisitReport.Change(
                  "RATING",
                  labels.getOrDefault(c.getBefore(), String.valueOf(c.getBefore())),
                  labels.getOrDefault(c.getAfter(), String.valueOf(c.getAfter()))));
        } else if (c.getField() == FindingChange.Field.MOTIVATION) {
          changes.add(new VisitReport.Change("MOTIVATION", c.getBefore(), c.getAfter()));
        }
      }
      remarks
          .computeIfAbsent(row.getFinding().getNorm().getId(), k -> new ArrayList<>())
          .add(
              new VisitReport.Remark(
                  row.remark().getKind().name(),
                  row.remark().getText(),
                  row.remark().getReply().getAttachments().stream()
                      .filter(a -> a.getRemark() == row.remark())
                      .map(ReplyAttachment::getOriginalName)
                      .toList(),
                  row.decision() == null ? null : row.decision().getOutcome().name(),
                  row.decision() == null ? null : row.decision().getReason(),
                  changes));
    }
    List<VisitReport.Norm> norms = new ArrayList<>();
    for (FrameworkTheme theme : visit.getStudy().getFrameworkVersion().getThemes()) {
      for (FrameworkNorm norm : theme.getNorms()) {
        Finding finding = findings.get(norm.getId());
        List<VisitReport.Remark> onNorm = remarks.getOrDefault(norm.getId(), List.of());
        if (finding == null && onNorm.isEmpty()) {
          continue; // A visit rates the norms that apply to it; unrated ones are left out.
        }
        norms.add(
            new VisitReport.Norm(
                theme.getCode(),
                theme.getTitle().in(dutch),
                norm.getCode(),
                norm.getTitle().in(dutch),
                finding == null ? null : finding.getRating().getLabel().in(dutch),
                finding == null ? null : finding.getMotivation(),
                onNorm));
      }
    }
    Reply reply =
        em.createNamedQuery(Reply.FIND_BY_VISIT_AND_PROVIDER, Reply.class)
            .setParameter("visitId", visit.getId())
            .setParameter("providerId", providerId)
            .getResultStream()
            .filter(Reply::isSubmitted)
            .findFirst()
            .orElse(null);
    VisitReport.Submitted submitted =
        reply == null
            ? null
            : new VisitReport.Submitted(
                reply.getSubmittedAt(),
                reply.getSubmittedBy(),
                reply.getGeneralText(),
                reply.getAttachments().stream()
                    .filter(a -> a.getRemark() == null)
                    .map(ReplyAttachment::getOriginalName)
                    .toList());
    String area = visit.getArea().getLabel();
    return new VisitReport(
        visit.getId(),
        visit.getLocation().getProvider().getName(),
        visit.getLocation().getName(),
        area,
        visit.getStudy().getTitle(),
        visit.getDate(),
        visit.getInspectors().stream().map(AppUser::getDisplayName).sorted().toList(),
        visit.getSignedOffBy(),
        visit.getSignedOffAt(),
        norms,
        submitted,
        Instant.now(clock));
  }
}
