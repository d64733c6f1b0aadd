package nl.wijkzicht.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.reply.entity.Reply;
import nl.wijkzicht.reply.entity.ReplyRemark;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * A visit whose provider replied (issue 15, decisions): {@link TestData#scored()} (findings on the
 * first theme), sent for reply, a submitted reply with remarks on the first findings, the visit
 * moved to "reply received", and a provider account of that organisation. The reply is written
 * directly (test-only), so these tests do not depend on the reply pages. Test-only.
 */
@ApplicationScoped
public class DecisionTestData {

  /** What {@link #replied} made. */
  public record Replied(
      TestData.Fieldwork fieldwork,
      long visitId,
      List<Long> remarkIds,
      List<Long> findingIds,
      Actor provider) {}

  @Inject private TestData data;
  @Inject private VisitService visits;
  @Inject private UserService users;
  @Inject private Writer writer;

  /** A visit in REPLY_RECEIVED with a submitted reply of {@code remarks} remarks (at least 1). */
  public Replied replied(int remarks) {
    TestData.Fieldwork f = data.scored();
    Visit visit = visits.get(data.lead(), f.visit().getId());
    visit =
        visits.moveTo(
            data.inspector(), visit.getId(), visit.getVersion(), VisitStatus.FINDINGS_DRAFTED);
    visit =
        visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), VisitStatus.SENT_FOR_REPLY);
    String username = "it-prov-" + UUID.randomUUID().toString().substring(0, 8);
    users.createInitial(
        username,
        "IT zorgaanbieder",
        Role.PROVIDER,
        f.provider().getId(),
        ItAccounts.PASSWORD,
        false);
    Actor provider = data.actor(username);
    List<Long>[] ids = writer.reply(visit.getId(), f.provider().getId(), username, remarks);
    visit = visits.get(data.lead(), visit.getId());
    visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), VisitStatus.REPLY_RECEIVED);
    return new Replied(f, visit.getId(), ids[0], ids[1], provider);
  }

  /** Writes and submits the reply in one transaction. */
  @ApplicationScoped
  @Transactional
  public static class Writer {

    @Inject private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Long>[] reply(long visitId, long providerId, String username, int remarks) {
      Visit visit = em.find(Visit.class, visitId);
      List<Finding> findings =
          em
              .createNamedQuery(Finding.FIND_BY_SCOPE, Finding.class)
              .setParameter("scope", "V" + visitId)
              .getResultList()
              .stream()
              .sorted(java.util.Comparator.comparing(f -> f.getNorm().getId()))
              .toList();
      Instant now = Instant.now();
      Reply reply =
          new Reply(
              visit,
              em.find(nl.wijkzicht.provider.entity.CareProvider.class, providerId),
              now,
              username);
      reply.writeGeneralText("Fictief: wij danken de inspectie voor het bezoek.", now, username);
      List<ReplyRemark> made = new ArrayList<>();
      for (int i = 0; i < remarks; i++) {
        made.add(
            reply.addRemark(
                findings.get(i % findings.size()),
                RemarkKind.values()[i % RemarkKind.values().length],
                "Fictief: opmerking "
                    + (i + 1)
                    + " bij "
                    + findings.get(i % findings.size()).getNorm().getCode(),
                now,
                username));
      }
      reply.submit(now, username);
      em.persist(reply);
      em.flush();
      return new List[] {
        made.stream().map(ReplyRemark::getId).toList(),
        made.stream().map(m -> m.getFinding().getId()).toList()
      };
    }
  }
}
