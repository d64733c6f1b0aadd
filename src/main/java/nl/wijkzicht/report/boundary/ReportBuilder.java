package nl.wijkzicht.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Meta;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.RegionRow;
import nl.wijkzicht.report.control.ReportModel.ReplySummary;
import nl.wijkzicht.report.control.ReportModel.Theme;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.ScoringSql;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.security.control.Actor;

// TEMPORARY until H1/H2 merge: a minimal stand-in for H1's ReportBuilder (same signatures), so the
// publishing code and its tests run before report-build is merged. Replaced by H1's at merge.
/** Live data → report model (minimal stand-in: areas overall and per theme, no regions). */
@ApplicationScoped
@Transactional
public class ReportBuilder {

  @Inject EntityManager em;
  @Inject ScoringService scoring;

  public NationalReport national(Actor actor, long studyId, Locale locale) {
    StudyScores scores = scoring.scores(actor, studyId);
    int min = minCellSize(studyId);
    String language = locale.getLanguage();
    List<AreaRow> areas = scores.areas().stream().map(a -> row(a, min, language)).toList();
    RegionRow study =
        new RegionRow(
            "study",
            scores.title(),
            "study",
            areas.size(),
            figure(scores.study().outcome(), min, language),
            scores.themes().stream()
                .map(t -> figure(scores.study().themes().get(t.id()), min, language))
                .toList());
    return new NationalReport(
        meta(scores, studyId, min, language),
        themes(scores, locale),
        study,
        areas,
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  public AreaReport area(Actor actor, long studyId, long areaId, Locale locale) {
    StudyScores scores = scoring.scores(actor, studyId);
    int min = minCellSize(studyId);
    String language = locale.getLanguage();
    var area =
        scores
            .area(areaId)
            .orElseThrow(() -> new nl.wijkzicht.NotFoundException("study.area.unknown", areaId));
    AreaRow row = row(area, min, language);
    List<ThemeSection> sections =
        area.themes().stream()
            .map(
                t ->
                    new ThemeSection(
                        new Theme(t.theme().code(), t.theme().title().in(locale)),
                        figure(t.outcome(), min, language, area.outcome().basis().providers()),
                        List.of(),
                        List.of()))
            .toList();
    return new AreaReport(
        meta(scores, studyId, min, language),
        themes(scores, locale),
        row,
        sections,
        List.of(),
        null,
        List.of(),
        ReplySummary.NONE,
        "");
  }

  public String fingerprint(long studyId) {
    var query = em.createNativeQuery(ScoringSql.FINGERPRINT);
    int parameters = (int) ScoringSql.FINGERPRINT.chars().filter(c -> c == '?').count();
    for (int i = 1; i <= parameters; i++) {
      query.setParameter(i, studyId);
    }
    Object result = query.getSingleResult();
    String text =
        result instanceof byte[] bytes
            ? new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)
            : String.valueOf(result);
    String full = text + "|min=" + minCellSize(studyId);
    try {
      byte[] sha =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(full.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int minCellSize(long studyId) {
    return ((Number)
            em.createNativeQuery("SELECT min_cell_size FROM study WHERE id = ?")
                .setParameter(1, studyId)
                .getSingleResult())
        .intValue();
  }

  private Meta meta(StudyScores scores, long studyId, int min, String language) {
    return new Meta(
        studyId,
        scores.title(),
        scores.frameworkTitle().nl(),
        scores.frameworkVersion(),
        "",
        List.of(),
        List.of(),
        null,
        null,
        language,
        min,
        false,
        fingerprint(studyId),
        Instant.now());
  }

  private static List<Theme> themes(StudyScores scores, Locale locale) {
    return scores.themes().stream().map(t -> new Theme(t.code(), t.title().in(locale))).toList();
  }

  private static AreaRow row(StudyScores.AreaResult a, int min, String language) {
    return new AreaRow(
        a.area().id(),
        a.area().code(),
        a.area().municipalityCode(),
        a.area().label(),
        a.area().province(),
        figure(a.outcome(), min, language),
        a.themes().stream()
            .map(t -> figure(t.outcome(), min, language, a.outcome().basis().providers()))
            .toList());
  }

  private static Figure figure(Outcome o, int min, String language) {
    return figure(o, min, language, o == null ? 0 : o.basis().providers());
  }

  private static Figure figure(Outcome o, int min, String language, int providers) {
    if (o == null) {
      return new Figure(
          null, null, null, null, null, null, null, 0, 0, 0, Basis.NONE, false, null, false, false);
    }
    var b = o.basis();
    Basis basis =
        new Basis(
            b.findings(),
            b.notAssessed(),
            b.visits(),
            b.tracers(),
            b.interviews(),
            b.respondentRoles(),
            b.providers());
    var level = o.level();
    return new Figure(
        level == null ? null : level.code(),
        level == null ? null : level.label(language),
        level == null ? null : level.colour(),
        o.percentage() == null ? null : o.percentage().rounded(1),
        o.band() == null ? null : o.band().from(),
        o.band() == null ? null : o.band().to(),
        null,
        o.coverage() == null ? 0 : o.coverage().assessed(),
        o.coverage() == null ? 0 : o.coverage().expected(),
        o.coverage() == null ? 0 : o.coverage().wholePercentage(),
        basis,
        o.isOverridden(),
        null,
        level != null && providers < min,
        false);
  }
}
