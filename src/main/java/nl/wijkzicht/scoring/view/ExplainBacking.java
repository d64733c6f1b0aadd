package nl.wijkzicht.scoring.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.boundary.OverrideService;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.ScoringService.NormDetail;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.GroupResult;
import nl.wijkzicht.scoring.boundary.StudyScores.NormResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeResult;
import nl.wijkzicht.scoring.control.Basis;
import nl.wijkzicht.scoring.control.NormRanking;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.scoring.entity.ResultOverride;
import nl.wijkzicht.scoring.entity.ResultOverrideEvent;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/explain.xhtml: how one result came about. Without area: the study (or {@code region}), per
 * {@code theme} if given; with {@code area}: the area, one of its themes or one norm. Shows the
 * rule, each input with a link to its own explanation (down to the findings and their motivation),
 * the arithmetic, what was missing, coverage, basis and any override with its history; a
 * coordinator sets or removes an override here.
 */
@Named
@ViewScoped
public class ExplainBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page explains. */
  public enum Target {
    STUDY,
    REGION,
    AREA,
    THEME,
    NORM
  }

  /** One input of the result, with what its link needs. */
  public record Row(
      String code, String title, Outcome outcome, int weight, Long area, Long theme, Long norm)
      implements Serializable {}

  @Inject private ScoringService scoring;
  @Inject private OverrideService overrides;
  @Inject private CurrentUser currentUser;

  private StudyScores scores;
  private Target target;
  private String name;
  private Outcome outcome;
  private List<Row> rows = List.of();
  private AreaResult area;
  private ThemeResult theme;
  private NormResult norm;
  private GroupResult group;
  private Long themeId;
  private ProviderKind kind;
  private NormDetail detail;
  private Basis basis;
  private List<ResultOverrideEvent> history = List.of();
  private List<Row> strongest = List.of();
  private List<Row> weakest = List.of();
  private List<ScoringService.KindCount> byKind = List.of();

  // The override form.
  private String levelCode;
  private String reason;
  private Long overrideVersion;

  public void load() {
    if (scores != null) {
      return;
    }
    PageRequest.load(this::read);
  }

  private void read() {
    long studyId = PageRequest.requiredId("study");
    String kindParameter = parameter("kind");
    kind =
        Arrays.stream(ProviderKind.values())
            .filter(k -> k.name().equals(kindParameter))
            .findFirst()
            .orElse(null);
    scores = scoring.scores(currentUser.actor(), studyId, kind);
    themeId = PageRequest.optionalId("theme").orElse(null);
    if (themeId != null && scores.theme(themeId).isEmpty()) {
      throw new NotFoundException("scoring.unknownTheme", themeId);
    }
    Long areaId = PageRequest.optionalId("area").orElse(null);
    Long normId = PageRequest.optionalId("norm").orElse(null);
    String region = parameter("region");
    rows = new ArrayList<>();
    if (areaId != null) {
      area = scores.area(areaId).orElseThrow(() -> ScoringService.unknownArea(areaId));
      if (normId != null) {
        target = Target.NORM;
        norm =
            area.norm(normId)
                .orElseThrow(() -> new NotFoundException("scoring.unknownNorm", normId));
        theme = area.theme(norm.norm().themeId());
        themeId = theme.theme().id();
        outcome = norm.outcome();
        name = norm.norm().code() + " " + norm.norm().title().nl();
        detail = scoring.normDetail(currentUser.actor(), studyId, areaId, normId, kind);
        basis =
            scoring
                .areaDetailBasis(studyId, areaId, false, kind)
                .getOrDefault(String.valueOf(normId), Basis.NONE);
      } else if (themeId != null) {
        target = Target.THEME;
        theme = area.theme(themeId);
        outcome = theme.outcome();
        name = theme.theme().code() + " " + theme.theme().title().nl();
        for (NormResult n : theme.norms()) {
          rows.add(
              new Row(
                  n.norm().code(),
                  n.norm().title().nl(),
                  n.outcome(),
                  n.norm().weight(),
                  areaId,
                  themeId,
                  n.norm().id()));
        }
        basis =
            scoring
                .areaDetailBasis(studyId, areaId, true, kind)
                .getOrDefault(String.valueOf(themeId), Basis.NONE);
      } else {
        target = Target.AREA;
        outcome = area.outcome();
        name = area.area().label();
        for (ThemeResult t : area.themes()) {
          rows.add(
              new Row(
                  t.theme().code(),
                  t.theme().title().nl(),
                  t.outcome(),
                  1,
                  areaId,
                  t.theme().id(),
                  null));
        }
        List<Row> norms = new ArrayList<>();
        for (ThemeResult t : area.themes()) {
          for (NormResult n : t.norms()) {
            norms.add(
                new Row(
                    n.norm().code(),
                    n.norm().title().nl(),
                    n.outcome(),
                    n.norm().weight(),
                    areaId,
                    t.theme().id(),
                    n.norm().id()));
          }
        }
        strongest = NormRanking.strongest(norms, Row::outcome, NormRanking.SHOWN);
        weakest = NormRanking.weakest(norms, Row::outcome, NormRanking.SHOWN);
        basis = outcome.basis();
        byKind = scoring.findingsByProviderKind(studyId, areaId);
      }
      history =
          overrides.history(currentUser.actor(), studyId, areaId).stream()
              .filter(
                  e ->
                      target == Target.AREA
                          ? e.getThemeId() == null
                          : java.util.Objects.equals(e.getThemeId(), themeId))
              .toList();
      if (target == Target.AREA || target == Target.THEME) {
        overrides
            .current(currentUser.actor(), studyId, areaId, target == Target.AREA ? null : themeId)
            .ifPresentOrElse(
                c -> {
                  overrideVersion = c.version();
                  levelCode = c.levelCode();
                },
                () -> overrideVersion = null);
      }
    } else {
      group =
          region == null
              ? scores.study()
              : scores
                  .region(region)
                  .orElseThrow(() -> new NotFoundException("scoring.unknownRegion", region));
      target = region == null ? Target.STUDY : Target.REGION;
      name = group.name();
      outcome = themeId == null ? group.outcome() : group.themes().get(themeId);
      for (AreaResult a : scores.areas()) {
        if (group.areaIds().contains(a.area().id())) {
          rows.add(
              new Row(
                  a.area().code(),
                  a.area().label(),
                  themeId == null ? a.outcome() : a.theme(themeId).outcome(),
                  1,
                  a.area().id(),
                  themeId,
                  null));
        }
      }
      basis = group.outcome().basis();
    }
  }

  private static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  public boolean isMayOverride() {
    return (target == Target.AREA || target == Target.THEME)
        && AccessPolicy.mayChangeStudy(currentUser.actor());
  }

  public void saveOverride() {
    try {
      overrides.set(
          currentUser.actor(),
          scores.studyId(),
          area.area().id(),
          target == Target.AREA ? null : themeId,
          levelCode,
          reason,
          overrideVersion);
      Messages.info("scores.override.saved");
      refresh();
    } catch (nl.wijkzicht.InvalidInputException e) {
      Messages.errorsIn("overrideForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public void removeOverride() {
    try {
      if (overrideVersion == null) {
        return;
      }
      overrides.clear(
          currentUser.actor(),
          scores.studyId(),
          area.area().id(),
          target == Target.AREA ? null : themeId,
          reason,
          overrideVersion);
      Messages.info("scores.override.removed");
      refresh();
    } catch (nl.wijkzicht.InvalidInputException e) {
      Messages.errorsIn("overrideForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  private void refresh() {
    scores = null;
    reason = null;
    levelCode = null;
    PageRequest.load(this::read);
  }

  public StudyScores getScores() {
    return scores;
  }

  public Target getTarget() {
    return target;
  }

  public String getName() {
    return name;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public List<Row> getRows() {
    return rows;
  }

  public AreaResult getArea() {
    return area;
  }

  public ThemeResult getTheme() {
    return theme;
  }

  public NormResult getNorm() {
    return norm;
  }

  public Long getThemeId() {
    return themeId;
  }

  public String getKind() {
    return kind == null ? null : kind.name();
  }

  public NormDetail getDetail() {
    return detail;
  }

  /** The assessed findings the result rests on. */
  public int getFindingCount() {
    return switch (target) {
      case NORM -> outcome.coverage().assessed();
      case THEME -> rows.stream().mapToInt(r -> r.outcome().coverage().assessed()).sum();
      default -> basis.findings();
    };
  }

  /** The "niet beoordeeld" findings under the result. */
  public int getNotAssessedCount() {
    return switch (target) {
      case NORM -> outcome.coverage().notAssessed();
      case THEME -> rows.stream().mapToInt(r -> r.outcome().coverage().notAssessed()).sum();
      default -> basis.notAssessed();
    };
  }

  public Basis getBasis() {
    return basis;
  }

  public List<ResultOverrideEvent> getHistory() {
    return history;
  }

  public List<Row> getStrongest() {
    return strongest;
  }

  public List<Row> getWeakest() {
    return weakest;
  }

  /** The provider kinds with findings in the area, in enum order. */
  public List<String> getKinds() {
    return byKind.stream().map(ScoringService.KindCount::kind).distinct().toList();
  }

  /** Findings of one provider kind at one level ("niet beoordeeld" by its code). */
  public int kindCount(String kind, String levelCode) {
    return byKind.stream()
        .filter(c -> c.kind().equals(kind) && c.levelCode().equals(levelCode))
        .mapToInt(ScoringService.KindCount::findings)
        .sum();
  }

  public List<ScoreLevel> getLevels() {
    return scores.scale().levels();
  }

  /** A level's label by its code (history entries keep codes). */
  public String levelLabel(String code) {
    return code == null ? "—" : scores.scale().level(code).map(l -> l.labelNl()).orElse(code);
  }

  public String getLevelCode() {
    return levelCode;
  }

  public void setLevelCode(String levelCode) {
    this.levelCode = levelCode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getOverrideVersion() {
    return overrideVersion;
  }

  public int getReasonLength() {
    return ResultOverride.REASON_LENGTH;
  }

  public Map<String, Object> none() {
    return Map.of();
  }
}
