package nl.wijkzicht.scoring.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.scoring.boundary.ScoreCache;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.ServletCalls;

/**
 * /study/map-data?study=N[&amp;theme=T]: the map's data as JSON ({@link MapData#toJson}), for the
 * same roles as the map page (staff; the study team is checked by ScoringService through
 * StudyService.get, which logs the read). Signed out 401, not staff or not on the team 403
 * (logged), an unknown study or theme 404, a survey study (no levels per area) 400. Never cached.
 */
@WebServlet("/study/map-data")
public class MapDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ScoringService scoring;
  @Inject private CurrentUser currentUser;
  @Inject private AccessLogService accessLog;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private LocaleBacking locale;
  @Inject private ScoreCache scoreCache;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (!databaseStatus.isReady()) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Actor actor = currentUser.actor();
    if (actor.isAnonymous()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (!AccessPolicy.permits(actor, Permission.STAFF)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, "Page", "/study/map-data").denied());
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<Long> studyId = ServletCalls.id(request.getParameter("study"));
    String themeParameter = request.getParameter("theme");
    Optional<Long> themeId = ServletCalls.id(themeParameter);
    if (studyId.isEmpty()
        || (themeParameter != null && !themeParameter.isEmpty() && themeId.isEmpty())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StudyScores scores;
    try {
      Optional<StudyScores> found =
          ServletCalls.call(response, () -> scoring.scores(actor, studyId.get(), null));
      if (found.isEmpty()) {
        return;
      }
      scores = found.get();
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ThemeRef theme = null;
    if (themeId.isPresent()) {
      theme = scores.theme(themeId.get()).orElse(null);
      if (theme == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    // Built once per theme, language and data version (ScoreCache.derived): building it for 342
    // areas took some 50 ms of CPU per request.
    ThemeRef chosen = theme;
    byte[] json =
        scoreCache.derived(
            scores,
            String.join(
                "|",
                "map-data",
                chosen == null ? "" : Long.toString(chosen.id()),
                locale.getLocale().toLanguageTag(),
                request.getContextPath()),
            () ->
                MapData.of(scoreCache, scores, chosen, locale.getLocale(), request.getContextPath())
                    .toJson()
                    .getBytes(StandardCharsets.UTF_8));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json);
  }
}
