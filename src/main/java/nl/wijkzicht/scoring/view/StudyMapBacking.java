package nl.wijkzicht.scoring.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.control.ScoreLevel;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/map.xhtml?study=N[&amp;theme=T]: the study's areas on a map of the Netherlands, coloured
 * by their result for one theme (or overall), with the same figures in a table beside it. The map
 * itself is drawn in the browser (resources/js/studymap.js) from /study/map-data.
 */
@Named
@ViewScoped
public class StudyMapBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ScoringService scoring;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking locale;
  @Inject private nl.wijkzicht.scoring.boundary.ScoreCache scoreCache;

  private long studyId;
  private String title;
  private Long themeId;
  private String themeTitle;
  private boolean survey;
  private List<ThemeRef> themes = List.of();
  private List<ScoreLevel> levels = List.of();
  private List<MapRow> rows = List.of();

  /** f:viewAction: loads the study's results (404 unknown study or theme, 403 not on the team). */
  public void load() {
    if (title != null) {
      return;
    }
    PageRequest.load(
        () -> {
          studyId = PageRequest.requiredId("study");
          // The theme form sends theme= (empty) for "all themes".
          String themeParameter =
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("theme");
          themeId =
              themeParameter == null || themeParameter.isEmpty()
                  ? null
                  : PageRequest.optionalId("theme").orElse(null);
          StudyScores scores;
          try {
            scores = scoring.scores(currentUser.actor(), studyId, null);
          } catch (InvalidInputException surveyStudy) {
            // A survey (rule count) has results per question, not a level per area.
            survey = true;
            title = "";
            return;
          }
          ThemeRef theme = null;
          if (themeId != null) {
            theme =
                scores
                    .theme(themeId)
                    .orElseThrow(() -> new NotFoundException("scoring.unknownTheme", themeId));
            themeTitle = theme.title().in(locale.getLocale());
          }
          String context =
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
          MapData data = MapData.of(scoreCache, scores, theme, locale.getLocale(), context);
          title = scores.title();
          themes = scores.themes();
          levels = data.levels();
          rows = data.rows();
        });
  }

  public long getStudyId() {
    return studyId;
  }

  public String getTitle() {
    return title;
  }

  public Long getThemeId() {
    return themeId;
  }

  public String getThemeTitle() {
    return themeTitle;
  }

  public boolean isSurvey() {
    return survey;
  }

  public List<ThemeRef> getThemes() {
    return themes;
  }

  public String themeLabel(ThemeRef theme) {
    return theme.code() + " " + theme.title().in(locale.getLocale());
  }

  public boolean isChosen(ThemeRef theme) {
    return themeId != null && themeId == theme.id();
  }

  public List<ScoreLevel> getLevels() {
    return levels;
  }

  public String levelLabel(ScoreLevel level) {
    return level.label(locale.getLanguage());
  }

  public List<MapRow> getRows() {
    return rows;
  }

  /** The URL the map's script reads its data from. */
  public String getDataUrl() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context
        + "/study/map-data?study="
        + studyId
        + (themeId == null ? "" : "&theme=" + themeId);
  }

  public String getBoundariesUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/map/gemeenten-"
        + MapBoundaries.YEAR
        + ".json";
  }
}
