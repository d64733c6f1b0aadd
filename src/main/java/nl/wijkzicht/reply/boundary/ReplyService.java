package nl.wijkzicht.reply.boundary;

import static nl.wijkzicht.study.entity.VisitStatus.FINAL;
import static nl.wijkzicht.study.entity.VisitStatus.PUBLISHED;
import static nl.wijkzicht.study.entity.VisitStatus.REPLY_RECEIVED;
import static nl.wijkzicht.study.entity.VisitStatus.SENT_FOR_REPLY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.TextKey;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.FindingEvidence;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.reply.boundary.ReplyViews.AttachmentRow;
import nl.wijkzicht.reply.boundary.ReplyViews.Download;
import nl.wijkzicht.reply.boundary.ReplyViews.FindingRow;
import nl.wijkzicht.reply.boundary.ReplyViews.RemarkRow;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyData;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyPage;
import nl.wijkzicht.reply.boundary.ReplyViews.SharedEvidence;
import nl.wijkzicht.reply.boundary.ReplyViews.VisitRow;
import nl.wijkzicht.reply.control.AttachmentStore;
import nl.wijkzicht.reply.control.ContentDetection;
import nl.wijkzicht.reply.control.ReplyDeadlines;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.reply.entity.Reply;
import nl.wijkzicht.reply.entity.ReplyAttachment;
import nl.wijkzicht.reply.entity.ReplyRemark;
import nl.wijkzicht.reply.entity.ReplyReopening;
import nl.wijkzicht.reply.entity.ReplyStatus;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.UploadLimits;

/**
 * The right of reply (docs/reply.md). A care provider's account reads the visits of its own
 * organisation that were sent for reply or later, with the findings and only the evidence the
 * inspector marked shareable, and writes one reply per visit: a general text, remarks per finding
 * and attachments, kept as a draft until it submits the reply in one explicit step (then read-only,
 * time-stamped, and the visit moves to "reply received" by the provider's user). Writing is refused
 * after the deadline (Europe/Amsterdam) unless a coordinator reopened it, after the submit, and for
 * a finding of another visit; every refusal leaves nothing half-saved. Staff who may read the study
 * read a submitted reply (never a draft).
 *
 * <p>Every read is in the access log; a provider opening another organisation's visit, reply or
 * attachment is refused (403) and logged as DENIED.
 */
@ApplicationScoped
@Transactional
public class ReplyService {

  static final String OBJECT = "Reply";
  static final String VISIT = "Visit";
  static final String ATTACHMENT = "ReplyAttachment";

  /** The statuses in which a provider sees a visit at all. */
  public static final Set<VisitStatus> PROVIDER_VISIBLE =
      EnumSet.of(SENT_FOR_REPLY, REPLY_RECEIVED, FINAL, PUBLISHED);

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private AttachmentStore store;

  @Inject
  private jakarta.enterprise.event.Event<nl.wijkzicht.study.boundary.VisitStatusChanged>
      statusChanged;

  private final Clock clock = Clock.systemUTC();

  // --- Reading ---

  /**
   * The visits of the provider's own organisation that it may see (sent for reply or later), newest
   * first. Staff have no such list (they find visits under their studies): empty.
   */
  public List<VisitRow> providerVisits(Actor actor) {
    if (!actor.is(Role.PROVIDER) || actor.providerId() == null) {
      return List.of();
    }
    Instant now = Instant.now(clock);
    Map<Long, ReplyStatus> replies = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.visit.id, r.status from Reply r where r.provider.id = :p", Object[].class)
            .setParameter("p", actor.providerId())
            .getResultList()) {
      replies.put((Long) row[0], (ReplyStatus) row[1]);
    }
    List<VisitRow> rows = new ArrayList<>();
    for (Visit v :
        em.createQuery(
                "select v from Visit v join v.location l where l.provider.id = :p"
                    + " and v.status in :statuses order by v.date desc, v.id desc",
                Visit.class)
            .setParameter("p", actor.providerId())
            .setParameter("statuses", PROVIDER_VISIBLE)
            .getResultList()) {
      rows.add(
          new VisitRow(
              v.getId(),
              v.getDate(),
              v.getArea().getLabel(),
              v.getLocation().getProvider().getName(),
              v.getLocation().getName(),
              v.getStatus(),
              v.getReplyDeadline(),
              ReplyDeadlines.workingDaysLeft(v.getReplyDeadline(), now),
              ReplyDeadlines.passed(v.getReplyDeadline(), now),
              replies.get(v.getId())));
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, VISIT, null)
            .provider(actor.providerId())
            .detail("reply list (" + rows.size() + ")"));
    return rows;
  }

  /**
   * A visit's reply page: for the provider its findings with shared evidence and its own reply
   * (draft or submitted); for staff who may read the study the same with the submitted reply only,
   * and the reopenings. 404 for an unknown visit, 403 (logged DENIED) for anyone else.
   */
  public ReplyPage page(Actor actor, long visitId) {
    Visit visit = readableVisit(actor, visitId);
    Long providerId = visit.getLocation().getProvider().getId();
    Reply reply = findReply(visit).orElse(null);
    boolean provider = actor.is(Role.PROVIDER);
    if (!provider && reply != null && !reply.isSubmitted()) {
      reply = null; // A draft is the provider's own until it submits it.
    }
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, reply == null ? null : reply.getId())
            .provider(providerId)
            .area(visit.getArea().getMunicipality().getCbsCode())
            .detail("visit " + visitId));
    return page(visit, reply, !provider);
  }

  /** Everything the page shows, built inside the transaction. */
  private ReplyPage page(Visit visit, Reply reply, boolean staff) {
    Instant now = Instant.now(clock);
    List<FindingRow> findings = new ArrayList<>();
    for (Finding f : findings(visit.getId())) {
      List<SharedEvidence> shared = new ArrayList<>();
      for (FindingEvidence e : f.getEvidence()) {
        if (e.isShareable() && !e.getDescription().isBlank()) {
          // An answer is shared only as the inspector's quote: never the answer or its pseudonym.
          shared.add(new SharedEvidence(e.getKind(), e.getDescription()));
        }
      }
      findings.add(
          new FindingRow(
              f.getId(),
              f.getNorm().getTheme(),
              f.getNorm(),
              f.getRating(),
              f.getMotivation(),
              List.copyOf(shared)));
    }
    List<ReplyReopening> reopenings =
        staff
            ? em.createNamedQuery(ReplyReopening.FIND_BY_VISIT, ReplyReopening.class)
                .setParameter("visitId", visit.getId())
                .getResultList()
            : List.of();
    return new ReplyPage(
        visit.getId(),
        visit.getVersion(),
        visit.getStudy().getTitle(),
        visit.getLocation().getProvider().getName(),
        visit.getLocation().getName(),
        visit.getArea().getLabel(),
        visit.getDate(),
        visit.getStatus(),
        visit.getReplyDeadline(),
        ReplyDeadlines.workingDaysLeft(visit.getReplyDeadline(), now),
        ReplyDeadlines.passed(visit.getReplyDeadline(), now),
        List.copyOf(findings),
        reply == null ? null : data(reply),
        List.copyOf(reopenings));
  }

  private List<Finding> findings(long visitId) {
    return em.createQuery(
            "select f from Finding f join f.norm n join n.theme t where f.visit.id = :visitId"
                + " and f.tracer is null order by t.position, n.position",
            Finding.class)
        .setParameter("visitId", visitId)
        .getResultList();
  }

  private static ReplyData data(Reply reply) {
    List<AttachmentRow> all =
        reply.getAttachments().stream()
            .map(
                a ->
                    new AttachmentRow(
                        a.getId(),
                        a.getRemarkId(),
                        a.getOriginalName(),
                        a.getContentType(),
                        a.getSize(),
                        a.getSha256()))
            .toList();
    List<RemarkRow> remarks =
        reply.getRemarks().stream()
            .map(
                r ->
                    new RemarkRow(
                        r.getId(),
                        r.getFinding().getId(),
                        r.getFinding().getNorm().getCode(),
                        r.getKind(),
                        r.getText(),
                        all.stream().filter(a -> Objects.equals(a.remarkId(), r.getId())).toList()))
            .toList();
    return new ReplyData(
        reply.getId(),
        reply.getVersion(),
        reply.getProvider().getName(),
        reply.getStatus(),
        reply.getGeneralText(),
        reply.getUpdatedAt(),
        reply.getUpdatedBy(),
        reply.getSubmittedAt(),
        reply.getSubmittedBy(),
        remarks,
        all.stream().filter(a -> a.remarkId() == null).toList());
  }

  // --- Writing the draft ---

  /**
   * Saves the general text of the draft (creating the reply on the first save). {@code
   * expectedVersion} is the reply version the page showed (null: it showed none); a newer one gives
   * {@link ConcurrentChangeException} and nothing changes.
   */
  public ReplyData saveDraft(Actor actor, long visitId, Long expectedVersion, String generalText) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    checkVersion(reply, expectedVersion, visitId);
    String text = text(generalText, "generalText", false);
    reply.writeGeneralText(text, Instant.now(clock), actor.username());
    flush(visitId);
    log(actor, AccessAction.UPDATE, reply, "general text");
    return data(reply);
  }

  /**
   * Adds a remark on one finding of this visit; a finding of another visit (or none) is refused at
   * field {@code finding}.
   */
  public ReplyData addRemark(
      Actor actor, long visitId, Long findingId, RemarkKind kind, String remarkText) {
    Visit visit = writableVisit(actor, visitId);
    List<FieldProblem> problems = new ArrayList<>();
    Finding finding = null;
    if (findingId == null) {
      problems.add(new FieldProblem("finding", "reply.remark.finding.required", List.of()));
    } else {
      finding = em.find(Finding.class, findingId);
      if (finding == null
          || finding.getVisit() == null
          || finding.getTracer() != null
          || !Objects.equals(finding.getVisit().getId(), visitId)) {
        AccessEvent refused =
            AccessEvent.of(AccessAction.CREATE, "ReplyRemark", null)
                .provider(actor.providerId())
                .detail("finding " + findingId + " is not of visit " + visitId);
        boolean foreign =
            finding != null
                && finding.getVisit() != null
                && !Objects.equals(
                    finding.getVisit().getLocation().getProvider().getId(), actor.providerId());
        accessLog.record(actor, foreign ? refused.denied() : refused.failed());
        problems.add(
            new FieldProblem("finding", "reply.remark.finding.other_visit", List.of(findingId)));
      }
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "reply.remark.kind.required", List.of()));
    }
    String text = null;
    try {
      text = text(remarkText, "remarkText", true);
    } catch (InvalidInputException e) {
      problems.addAll(e.getProblems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("reply.invalid", problems);
    }
    Reply reply = openReply(actor, visit);
    ReplyRemark remark = reply.addRemark(finding, kind, text, Instant.now(clock), actor.username());
    flush(visitId);
    log(actor, AccessAction.CREATE, reply, "remark " + remark.getId() + " " + kind);
    return data(reply);
  }

  /** Changes a remark's kind and text. */
  public ReplyData changeRemark(
      Actor actor, long visitId, long remarkId, RemarkKind kind, String remarkText) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    ReplyRemark remark = remark(actor, reply, remarkId);
    if (kind == null) {
      throw InvalidInputException.of("kind", "reply.remark.kind.required");
    }
    reply.changeRemark(
        remark, kind, text(remarkText, "remarkText", true), Instant.now(clock), actor.username());
    flush(visitId);
    log(actor, AccessAction.UPDATE, reply, "remark " + remarkId);
    return data(reply);
  }

  /** Removes a remark with its attachments (their files go after the commit). */
  public ReplyData removeRemark(Actor actor, long visitId, long remarkId) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    ReplyRemark remark = remark(actor, reply, remarkId);
    List<ReplyAttachment> gone = reply.removeRemark(remark, Instant.now(clock), actor.username());
    flush(visitId);
    gone.forEach(a -> store.deleteAfterCommit(a.getStoredName()));
    log(actor, AccessAction.DELETE, reply, "remark " + remarkId);
    return data(reply);
  }

  /**
   * Attaches a file to the reply ({@code remarkId} null) or to one of its remarks. The file must be
   * a PDF, PNG or JPEG by its content and at most the configured size; it is stored under a random
   * name outside the web root with its SHA-256. Refused at field {@code file}, nothing stored.
   */
  public ReplyData attach(
      Actor actor, long visitId, Long remarkId, String fileName, InputStream content) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    ReplyRemark remark = remarkId == null ? null : remark(actor, reply, remarkId);
    if (content == null) {
      throw InvalidInputException.of("file", "reply.attachment.none");
    }
    AttachmentStore.Saved saved;
    try {
      saved = store.store(content, UploadLimits.attachmentMaxBytes());
    } catch (InvalidInputException e) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.CREATE, ATTACHMENT, null)
              .provider(actor.providerId())
              .failed()
              .detail(e.getProblems().get(0).key()));
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = ContentDetection.safeName(fileName, ReplyAttachment.NAME_LENGTH);
    ReplyAttachment attachment =
        reply.attach(
            remark,
            new ReplyAttachment.Stored(
                name,
                saved.storedName(),
                saved.contentType(),
                saved.size(),
                saved.sha256(),
                actor.username()),
            Instant.now(clock));
    flush(visitId);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, ATTACHMENT, attachment.getId())
            .provider(actor.providerId())
            .detail(saved.contentType() + " " + saved.size() + " B sha256 " + saved.sha256()));
    return data(reply);
  }

  /** Removes an attachment of the draft (its file goes after the commit). */
  public ReplyData detach(Actor actor, long visitId, long attachmentId) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    ReplyAttachment attachment =
        reply
            .attachment(attachmentId)
            .orElseThrow(
                () -> {
                  accessLog.record(
                      actor,
                      AccessEvent.of(AccessAction.DELETE, ATTACHMENT, attachmentId)
                          .provider(actor.providerId())
                          .failed()
                          .detail("not in reply " + reply.getId()));
                  return new NotFoundException("reply.attachment.unknown", attachmentId);
                });
    reply.detach(attachment, Instant.now(clock), actor.username());
    flush(visitId);
    store.deleteAfterCommit(attachment.getStoredName());
    log(actor, AccessAction.DELETE, reply, "attachment " + attachmentId);
    return data(reply);
  }

  /**
   * Submits the reply, with the general text as the page has it now (null: as saved): from now on
   * read-only and time-stamped, and the visit moves to "reply received", recorded as a transition
   * by the provider's user. Refused when already submitted (a second submit), after the deadline,
   * when empty, or when the reply changed since {@code expectedVersion} (of two tabs submitting at
   * once one wins, the other gets {@link ConcurrentChangeException}).
   */
  public ReplyData submit(Actor actor, long visitId, Long expectedVersion, String generalText) {
    Visit visit = writableVisit(actor, visitId);
    Reply reply = openReply(actor, visit);
    checkVersion(reply, expectedVersion, visitId);
    Instant now = Instant.now(clock);
    if (generalText != null) {
      reply.writeGeneralText(text(generalText, "generalText", false), now, actor.username());
    }
    if (reply.getGeneralText().isBlank() && reply.getRemarks().isEmpty()) {
      throw InvalidInputException.of("generalText", "reply.empty");
    }
    reply.submit(now, actor.username());
    VisitStatus from = visit.getStatus();
    visit.moveTo(REPLY_RECEIVED, Role.PROVIDER, actor.username(), now);
    flush(visitId);
    // The visit's inspectors hear of it (notifications write their mail in this transaction).
    statusChanged.fire(
        new nl.wijkzicht.study.boundary.VisitStatusChanged(
            visitId, from, REPLY_RECEIVED, actor.username()));
    log(actor, AccessAction.UPDATE, reply, "submitted");
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, VISIT, visitId)
            .provider(actor.providerId())
            .detail("status " + REPLY_RECEIVED + " (reply submitted)"));
    return data(reply);
  }

  // --- Downloads ---

  /**
   * An attachment for download: for the provider whose reply it is, or for staff who may read the
   * study once the reply was submitted. Unknown: 404; anyone else: 403, logged DENIED.
   */
  public Download download(Actor actor, long attachmentId) {
    ReplyAttachment attachment = em.find(ReplyAttachment.class, attachmentId);
    if (attachment == null) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, ATTACHMENT, attachmentId)
              .failed()
              .detail("unknown id"));
      throw new NotFoundException("reply.attachment.unknown", attachmentId);
    }
    Reply reply = attachment.getReply();
    Visit visit = reply.getVisit();
    long providerId = reply.getProvider().getId();
    boolean allowed =
        actor.is(Role.PROVIDER)
            ? AccessPolicy.mayReplyFor(actor, providerId)
                && PROVIDER_VISIBLE.contains(visit.getStatus())
            : reply.isSubmitted()
                && AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds());
    AccessEvent event =
        AccessEvent.of(AccessAction.READ, ATTACHMENT, attachmentId).provider(providerId);
    if (!allowed) {
      accessLog.record(actor, event.denied().detail("visit " + visit.getId()));
      throw NotAllowedException.denied("attachment " + attachmentId);
    }
    accessLog.record(actor, event.detail("download"));
    return new Download(
        attachment.getStoredName(),
        attachment.getOriginalName(),
        attachment.getContentType(),
        attachment.getSize());
  }

  // --- Coordinators ---

  /**
   * Reopens replying on a visit still waiting for its reply: a new deadline (today or later, NL)
   * and a reason, recorded as a {@link ReplyReopening} and in the access log. Study leads only;
   * {@code expectedVisitVersion} guards against a concurrent change of the visit.
   */
  public void reopen(
      Actor actor, long visitId, long expectedVisitVersion, LocalDate newDeadline, String reason) {
    if (!AccessPolicy.mayReopenReply(actor)) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, VISIT, visitId).denied().detail("reopen reply"));
      throw NotAllowedException.denied("reopen reply " + visitId);
    }
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.UPDATE, VISIT, visitId).failed().detail("unknown"));
      throw new NotFoundException("visit.unknown", visitId);
    }
    if (visit.getStatus() != SENT_FOR_REPLY) {
      throw new NotAllowedException(
          "reply.reopen.status",
          "Visit " + visitId + " is " + visit.getStatus() + ": not waiting for a reply",
          TextKey.of(visit.getStatus()));
    }
    Instant now = Instant.now(clock);
    List<FieldProblem> problems = new ArrayList<>();
    if (newDeadline == null) {
      problems.add(new FieldProblem("deadline", "reply.reopen.deadline.required", List.of()));
    } else if (newDeadline.isBefore(ReplyDeadlines.today(now))) {
      problems.add(
          new FieldProblem(
              "deadline",
              "reply.reopen.deadline.past",
              List.of(DUTCH_DATE.format(ReplyDeadlines.today(now)))));
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      problems.add(new FieldProblem("reason", "reply.reopen.reason.required", List.of()));
    } else if (why.length() > ReplyReopening.REASON_LENGTH) {
      problems.add(
          new FieldProblem(
              "reason", "reply.reopen.reason.too_long", List.of(ReplyReopening.REASON_LENGTH)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("reply.invalid", problems);
    }
    if (visit.getVersion() != expectedVisitVersion) {
      throw new ConcurrentChangeException(VISIT, visitId);
    }
    LocalDate old = visit.getReplyDeadline();
    em.persist(new ReplyReopening(visit, old, newDeadline, why, now, actor.username()));
    visit.replyDue(now, newDeadline);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(VISIT, visitId));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, VISIT, visitId)
            .provider(visit.getLocation().getProvider().getId())
            .detail(
                "reply reopened: deadline "
                    + (old == null ? "-" : DUTCH_DATE.format(old))
                    + " -> "
                    + DUTCH_DATE.format(newDeadline)));
  }

  // --- Checks ---

  /** The visit, if the actor may read its reply page (see {@link #page}). */
  private Visit readableVisit(Actor actor, long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, VISIT, visitId).failed().detail("unknown id"));
      throw new NotFoundException("visit.unknown", visitId);
    }
    long providerId = visit.getLocation().getProvider().getId();
    boolean allowed =
        actor.is(Role.PROVIDER)
            ? AccessPolicy.mayReplyFor(actor, providerId)
                && PROVIDER_VISIBLE.contains(visit.getStatus())
            : AccessPolicy.mayReadStudy(actor, visit.getStudy().inspectorIds());
    if (!allowed) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.READ, VISIT, visitId)
              .provider(providerId)
              .denied()
              .detail("reply page"));
      throw NotAllowedException.denied("reply to visit " + visitId);
    }
    return visit;
  }

  /**
   * The visit, if the actor is a provider account of its organisation and may write its reply now:
   * not yet submitted (else "already submitted"), the visit waiting for the reply, the deadline not
   * passed.
   */
  private Visit writableVisit(Actor actor, long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    if (visit == null) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null).failed().detail("visit " + visitId));
      throw new NotFoundException("visit.unknown", visitId);
    }
    long providerId = visit.getLocation().getProvider().getId();
    if (!AccessPolicy.mayReplyFor(actor, providerId)
        || !PROVIDER_VISIBLE.contains(visit.getStatus())) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, null)
              .provider(providerId)
              .denied()
              .detail("visit " + visitId));
      throw NotAllowedException.denied("reply to visit " + visitId);
    }
    Reply existing = findReply(visit).orElse(null);
    if (existing != null && existing.isSubmitted()) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, existing.getId())
              .provider(providerId)
              .failed()
              .detail("already submitted"));
      throw new NotAllowedException(
          "reply.submitted",
          "Reply " + existing.getId() + " was submitted",
          DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
              .withZone(java.time.ZoneId.of("Europe/Amsterdam"))
              .format(existing.getSubmittedAt()),
          existing.getSubmittedBy());
    }
    if (visit.getStatus() != SENT_FOR_REPLY) {
      throw new NotAllowedException(
          "reply.closed",
          "Visit " + visitId + " is " + visit.getStatus() + ": not waiting for a reply",
          TextKey.of(visit.getStatus()));
    }
    if (ReplyDeadlines.passed(visit.getReplyDeadline(), Instant.now(clock))) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, existing == null ? null : existing.getId())
              .provider(providerId)
              .failed()
              .detail("deadline " + visit.getReplyDeadline() + " passed"));
      throw new NotAllowedException(
          "reply.deadline_passed",
          "Deadline " + visit.getReplyDeadline() + " of visit " + visitId + " passed",
          DUTCH_DATE.format(visit.getReplyDeadline()));
    }
    return visit;
  }

  private java.util.Optional<Reply> findReply(Visit visit) {
    return em.createNamedQuery(Reply.FIND_BY_VISIT_AND_PROVIDER, Reply.class)
        .setParameter("visitId", visit.getId())
        .setParameter("providerId", visit.getLocation().getProvider().getId())
        .getResultStream()
        .findFirst();
  }

  /** The provider's draft for the visit, created on the first write. */
  private Reply openReply(Actor actor, Visit visit) {
    return findReply(visit)
        .orElseGet(
            () -> {
              CareProvider provider = visit.getLocation().getProvider();
              Reply created = new Reply(visit, provider, Instant.now(clock), actor.username());
              em.persist(created);
              return created;
            });
  }

  private ReplyRemark remark(Actor actor, Reply reply, long remarkId) {
    return reply
        .remark(remarkId)
        .orElseThrow(
            () -> {
              accessLog.record(
                  actor,
                  AccessEvent.of(AccessAction.UPDATE, "ReplyRemark", remarkId)
                      .provider(actor.providerId())
                      .failed()
                      .detail("not in reply " + reply.getId()));
              return InvalidInputException.of("remark", "reply.remark.unknown", remarkId);
            });
  }

  private static void checkVersion(Reply reply, Long expectedVersion, long visitId) {
    boolean fresh = reply.getId() == null;
    if (fresh ? expectedVersion != null : !Objects.equals(expectedVersion, reply.getVersion())) {
      throw new ConcurrentChangeException("reply.changed", OBJECT, visitId);
    }
  }

  private static String text(String value, String field, boolean required) {
    String text = value == null ? "" : value.strip();
    if (required && text.isEmpty()) {
      throw InvalidInputException.of(field, "reply.text.required");
    }
    if (text.length() > Reply.TEXT_LENGTH) {
      throw InvalidInputException.of(field, "field.too_long", text.length(), Reply.TEXT_LENGTH);
    }
    return text;
  }

  private void flush(long visitId) {
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("reply.changed", OBJECT, visitId),
        // Two first saves at once (two tabs): the second is someone else saving first.
        DatabaseWrite.UniqueKey.of(
            "uk_reply_visit_provider",
            () -> new ConcurrentChangeException("reply.changed", OBJECT, visitId)));
  }

  private void log(Actor actor, AccessAction action, Reply reply, String detail) {
    accessLog.record(
        actor,
        AccessEvent.of(action, OBJECT, reply.getId())
            .provider(reply.getProvider().getId())
            .detail(detail));
  }
}
