package nl.wijkzicht.scoring.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.GroupResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/scores.xhtml?study=S[&amp;region=R][&amp;kind=K][&amp;theme=T]: a study's dashboard: the
 * study's result, an areas × themes table coloured by level with text and coverage, a chart
 * comparing the areas, and the regions; filtered by region and provider kind.
 */
@Named
@ViewScoped
public class ScoresBacking implements Serializable {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} and its kin find the provider anew on every
   * call (a service-loader scan of the class path; at 342 areas a quarter of the dashboard's time).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final long serialVersionUID = 1L;

  @Inject private ScoringService scoring;
  @Inject private CurrentUser currentUser;
  @Inject private ScoreFormat format;
  @Inject private nl.wijkzicht.scoring.boundary.ScoreCache scoreCache;

  private StudyScores scores;
  private boolean survey;
  private long studyId;
  private String region;
  private ProviderKind kind;
  private Long theme;
  private List<AreaResult> areas = List.of();

  public void load() {
    if (scores != null || survey) {
      return;
    }
    PageRequest.load(
        () -> {
          studyId = PageRequest.requiredId("study");
          String kindParameter = parameter("kind");
          kind =
              Arrays.stream(ProviderKind.values())
                  .filter(k -> k.name().equals(kindParameter))
                  .findFirst()
                  .orElse(null);
          scores = scoring.scoresUnlessSurvey(currentUser.actor(), studyId, kind).orElse(null);
          if (scores == null) {
            survey = true;
            return;
          }
          region = parameter("region");
          if (region != null && scores.region(region).isEmpty()) {
            region = null;
          }
          theme = PageRequest.optionalId("theme").orElse(null);
          if (theme != null && scores.theme(theme).isEmpty()) {
            throw new NotFoundException("scoring.unknownTheme", theme);
          }
          areas =
              region == null
                  ? scores.areas()
                  : scores.areas().stream()
                      .filter(a -> scores.region(region).get().areaIds().contains(a.area().id()))
                      .toList();
        });
  }

  private static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  public boolean isSurvey() {
    return survey;
  }

  public StudyScores getScores() {
    return scores;
  }

  public long getStudyId() {
    return studyId;
  }

  public List<AreaResult> getAreas() {
    return areas;
  }

  /** The study as a whole, or the chosen region. */
  public GroupResult getWhole() {
    return region == null ? scores.study() : scores.region(region).orElseThrow();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getKind() {
    return kind == null ? null : kind.name();
  }

  /**
   * The key under which the rendered area table is kept for everyone who may see this dashboard
   * (o:cache, application scope): the study, the filters, the language and the fingerprint of the
   * data the results rest on, so a changed finding gives a new key and never a stale table. Null
   * (not cached) when the results are not in the score cache. The table is the dashboard's cost:
   * 342 rows of eight cells took some 200 ms to render (docs/performance.md, "Load").
   */
  public String getTableCacheKey() {
    if (scores == null) {
      return null;
    }
    return scoreCache
        .fingerprintOf(scores)
        .map(
            fingerprint ->
                String.join(
                    "|",
                    "scores-table",
                    Long.toString(studyId),
                    String.valueOf(kind),
                    String.valueOf(region),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag(),
                    fingerprint))
        .orElse(null);
  }

  /** "&amp;kind=GP_PRACTICE" for links that keep the filter, or "". */
  public String getKindQuery() {
    return kind == null ? "" : "&kind=" + kind.name();
  }

  public void setKind(String kind) {
    // Read from the request in load(); the GET form only needs the property.
  }

  public Long getTheme() {
    return theme;
  }

  public void setTheme(Long theme) {
    // Read from the request in load().
  }

  public List<ProviderKind> getKinds() {
    return List.of(ProviderKind.values());
  }

  public Optional<ThemeRef> getChosenTheme() {
    return theme == null ? Optional.empty() : scores.theme(theme);
  }

  /** The outcome the chart shows per area: the chosen theme's, or the area's overall result. */
  public Outcome chartOutcome(AreaResult area) {
    return theme == null ? area.outcome() : area.theme(theme).outcome();
  }

  public boolean isWeighted() {
    return scores.scale().rule() == nl.wijkzicht.framework.entity.RollUpRule.WEIGHTED_PERCENTAGE;
  }

  /** The areas ordered for the chart: best first, those without a result last. */
  public List<AreaResult> getChartAreas() {
    return areas.stream()
        .sorted(
            Comparator.comparing(
                (AreaResult a) -> {
                  Outcome o = chartOutcome(a);
                  if (o.percentage() != null) {
                    return -o.percentage().toDouble();
                  }
                  return o.level() == null ? Double.MAX_VALUE : (double) o.level().rank();
                }))
        .toList();
  }

  /**
   * The Chart.js configuration of the comparison: one horizontal bar per area (its percentage, or
   * under the other rules the level's position on the scale), coloured by level; the legend names
   * the levels in words and the table on the page carries the same figures.
   */
  public String getChart() {
    // Built once per filter, language and data version (ScoreCache.derived): for 342 areas the
    // chart was a fifth of the dashboard's time. The page is rendered per request (the chart's
    // script carries the request's CSP nonce), the JSON in it need not be.
    return scoreCache.derived(
        scores,
        String.join(
            "|",
            "scores-chart",
            String.valueOf(kind),
            String.valueOf(region),
            String.valueOf(theme),
            FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag()),
        this::chart);
  }

  private String chart() {
    List<AreaResult> chartAreas = getChartAreas();
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder values = JSON.createArrayBuilder();
    JsonArrayBuilder colours = JSON.createArrayBuilder();
    int levels = scores.scale().levels().size();
    for (AreaResult area : chartAreas) {
      Outcome o = chartOutcome(area);
      labels.add(area.area().label() + " – " + format.label(o));
      if (o.percentage() != null) {
        values.add(o.percentage().rounded(2));
      } else if (o.level() != null) {
        values.add(levels - o.level().rank());
      } else {
        values.add(0);
      }
      colours.add(format.colour(o));
    }
    JsonObjectBuilder dataset =
        JSON.createObjectBuilder()
            .add("label", isWeighted() ? "%" : "")
            .add("data", values)
            .add("backgroundColor", colours)
            .add("borderColor", "#333333")
            .add("borderWidth", 1);
    JsonObjectBuilder xAxis = JSON.createObjectBuilder().add("min", 0);
    if (isWeighted()) {
      xAxis.add("max", 100);
    } else {
      xAxis.add("max", levels).add("ticks", JSON.createObjectBuilder().add("stepSize", 1));
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", JSON.createArrayBuilder().add(dataset)))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("indexAxis", "y")
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", false)))
                .add("scales", JSON.createObjectBuilder().add("x", xAxis)))
        .build()
        .toString();
  }

  /** Chart height: 28 px per area, at least 160. */
  public int getChartHeight() {
    return Math.max(160, 28 * areas.size() + 60);
  }

  public List<ScoreLevel> getLevels() {
    return scores.scale().levels();
  }
}
