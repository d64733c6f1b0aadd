package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.publish.control.OpenData;
import nl.wijkzicht.publish.control.PublicationStore;
import nl.wijkzicht.publish.control.ReportJson;
import nl.wijkzicht.publish.control.Sha256;
import nl.wijkzicht.publish.entity.ReportPublication;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;

/**
 * What anyone, signed in or not, may read: published report versions, always from their stored
 * snapshot and file. Anything else (an unknown id, a withdrawn version's PDF or data, a job's
 * result) is "not found", and that request is logged (FAILED, "not published"). A stored file or
 * snapshot whose SHA-256 no longer matches is not served: the refusal is logged in the access log
 * and the server log, where an administrator finds it.
 */
@ApplicationScoped
@Transactional
public class PublicReports {

  private static final System.Logger LOGGER = System.getLogger(PublicReports.class.getName());
  static final String OBJECT = "ReportPublication";

  @Inject EntityManager em;
  @Inject PublicationStore store;
  @Inject AccessLogService accessLog;

  /** A study with published material, newest publication first. */
  public record PublishedStudy(long studyId, String title, Instant lastPublished, int reports)
      implements Serializable {}

  /** The public page of a study: its current national report and every version of every scope. */
  public record StudyPage(
      long studyId,
      String title,
      PublicationRow national,
      NationalReport report,
      List<PublicationRow> areas,
      List<PublicationRow> versions)
      implements Serializable {}

  /** One publication's page: the report from its snapshot (null when withdrawn). */
  public record PublicationPage(
      PublicationRow publication,
      NationalReport national,
      AreaReport area,
      String successorNumber,
      boolean damaged)
      implements Serializable {}

  /** A PDF to serve: the file checked against its SHA-256 ({@code damaged}: not served). */
  public record Pdf(Path file, String sha256, long bytes, String fileName, boolean damaged) {}

  /** The open data of a version. */
  public record Data(OpenData.Source source, OpenData.Data data, String sha256) {}

  public List<PublishedStudy> studies() {
    Map<Long, List<PublicationRow>> byStudy = new LinkedHashMap<>();
    for (PublicationRow row :
        em.createQuery(PublicationRow.SELECT + " ORDER BY p.publishedAt DESC", PublicationRow.class)
            .getResultList()) {
      byStudy.computeIfAbsent(row.studyId(), k -> new ArrayList<>()).add(row);
    }
    List<PublishedStudy> studies = new ArrayList<>();
    Map<Long, String> titles = titles(byStudy.keySet());
    byStudy.forEach(
        (id, rows) ->
            studies.add(
                new PublishedStudy(
                    id,
                    titles.getOrDefault(id, rows.get(0).title()),
                    rows.get(0).publishedAt(),
                    (int) rows.stream().filter(PublicationRow::isCurrent).count())));
    return studies;
  }

  public StudyPage study(Actor actor, long studyId) {
    List<PublicationRow> versions =
        em.createQuery(
                PublicationRow.SELECT + " WHERE p.studyId = :s ORDER BY p.areaId, p.number DESC",
                PublicationRow.class)
            .setParameter("s", studyId)
            .getResultList();
    if (versions.isEmpty()) {
      throw notPublished(actor, "Study", studyId);
    }
    PublicationRow national =
        versions.stream().filter(v -> v.isNational() && v.isCurrent()).findFirst().orElse(null);
    NationalReport report = null;
    if (national != null) {
      ReportPublication p = em.find(ReportPublication.class, national.id());
      report = intact(actor, p) ? ReportJson.national(p.getSnapshot()) : null;
    }
    List<PublicationRow> areas =
        versions.stream().filter(v -> !v.isNational() && !v.isSuperseded()).toList();
    return new StudyPage(
        studyId,
        titles(List.of(studyId)).getOrDefault(studyId, versions.get(0).title()),
        national,
        report,
        areas,
        versions);
  }

  /**
   * A version's page: withdrawn ones give the notice only, superseded ones name their successor.
   */
  public PublicationPage publication(Actor actor, long publicationId) {
    ReportPublication p = em.find(ReportPublication.class, publicationId);
    if (p == null) {
      throw notPublished(actor, OBJECT, publicationId);
    }
    PublicationRow row = row(publicationId);
    String successor =
        p.getSupersededById() == null
            ? null
            : Optional.ofNullable(em.find(ReportPublication.class, p.getSupersededById()))
                .map(s -> String.valueOf(s.getNumber()))
                .orElse(null);
    if (p.isWithdrawn()) {
      return new PublicationPage(row, null, null, successor, false);
    }
    if (!intact(actor, p)) {
      return new PublicationPage(row, null, null, successor, true);
    }
    return p.isNational()
        ? new PublicationPage(row, ReportJson.national(p.getSnapshot()), null, successor, false)
        : new PublicationPage(row, null, ReportJson.area(p.getSnapshot()), successor, false);
  }

  /** The PDF of a version that is not withdrawn, checked against its SHA-256. */
  public Pdf pdf(Actor actor, long publicationId) {
    ReportPublication p = em.find(ReportPublication.class, publicationId);
    if (p == null || p.isWithdrawn()) {
      throw notPublished(actor, OBJECT, publicationId);
    }
    String name =
        "wijkzicht-"
            + p.getStudyId()
            + "-"
            + p.getScope().replace(':', '-')
            + "-v"
            + p.getNumber()
            + ".pdf";
    PublicationStore.Check check = store.check(p.getPdfFile(), p.getPdfSha256());
    if (check != PublicationStore.Check.OK) {
      damaged(actor, p, "PDF " + check);
      return new Pdf(null, p.getPdfSha256(), p.getPdfBytes(), name, true);
    }
    return new Pdf(
        store.file(p.getPdfFile()).orElseThrow(), p.getPdfSha256(), p.getPdfBytes(), name, false);
  }

  /** The open data of a version that is not withdrawn, from its snapshot. */
  public Data data(Actor actor, long publicationId) {
    ReportPublication p = em.find(ReportPublication.class, publicationId);
    if (p == null || p.isWithdrawn()) {
      throw notPublished(actor, OBJECT, publicationId);
    }
    if (!intact(actor, p)) {
      throw notPublished(actor, OBJECT, publicationId);
    }
    String title = titles(List.of(p.getStudyId())).getOrDefault(p.getStudyId(), p.getTitle());
    OpenData.Source source =
        new OpenData.Source(
            title,
            p.getNumber(),
            p.getPublishedAt(),
            "/public/data?publication=" + p.getId(),
            p.getMinCellSize());
    OpenData.Data data;
    if (p.isNational()) {
      NationalReport r = ReportJson.national(p.getSnapshot());
      data = new OpenData.Data(r.themes(), r.areas(), r.survey());
    } else {
      AreaReport r = ReportJson.area(p.getSnapshot());
      data = new OpenData.Data(r.themes(), List.of(r.area()), List.of());
    }
    return new Data(source, data, p.getSnapshotSha256());
  }

  private PublicationRow row(long id) {
    return em.createQuery(PublicationRow.SELECT + " WHERE p.id = :id", PublicationRow.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  private boolean intact(Actor actor, ReportPublication p) {
    if (Sha256.of(p.getSnapshot()).equals(p.getSnapshotSha256())) {
      return true;
    }
    damaged(actor, p, "snapshot");
    return false;
  }

  private void damaged(Actor actor, ReportPublication p, String what) {
    LOGGER.log(
        System.Logger.Level.ERROR,
        "Publication "
            + p.getId()
            + ": "
            + what
            + " does not match its SHA-256 "
            + p.getPdfSha256()
            + "; not served");
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.READ, OBJECT, p.getId())
            .failed()
            .detail("beschadigd: " + what + " komt niet overeen met SHA-256"));
  }

  private NotFoundException notPublished(Actor actor, String type, long id) {
    accessLog.record(
        actor, AccessEvent.of(AccessAction.READ, type, id).failed().detail("not published"));
    return new NotFoundException("publish.unknown", id);
  }

  private Map<Long, String> titles(java.util.Collection<Long> studyIds) {
    Map<Long, String> titles = new LinkedHashMap<>();
    if (studyIds.isEmpty()) {
      return titles;
    }
    for (Object[] r :
        em.createQuery("SELECT s.id, s.title FROM Study s WHERE s.id IN :ids", Object[].class)
            .setParameter("ids", List.copyOf(studyIds))
            .getResultList()) {
      titles.put((Long) r[0], (String) r[1]);
    }
    return titles;
  }
}
