package nl.wijkzicht.scoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkTheme;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.scoring.boundary.ScoringService;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Fieldwork;

/**
 * Test-only ({@code GET /test-support/map}): a new fieldwork study ({@link TestData}: Houten with a
 * visit and a tracer, Tiel without fieldwork) with findings recorded through FindingService as in
 * ScoringServiceIT, then what ScoringService computes for it, one line per area and scope:
 *
 * <pre>
 * study=S theme=T
 * all GM0321 level percentage assessed expected
 * T GM0321 level percentage assessed expected
 * </pre>
 *
 * ("-" for no level or no percentage). The map's HTTP and browser tests compare against it.
 */
@WebServlet("/test-support/map")
public class MapTestSupportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private TestData testData;
  @Inject private FindingService findings;
  @Inject private ScoringService scoring;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Fieldwork f = testData.fieldwork(VisitStatus.IN_PROGRESS, true);
    var version = f.study().getFrameworkVersion();
    FrameworkTheme first = version.getThemes().get(0);
    ScopeRef visit = new ScopeRef(ScopeKind.VISIT, f.visit().getId(), f.study().getId());
    ScopeRef tracer = new ScopeRef(ScopeKind.TRACER, f.tracer().getId(), f.study().getId());
    for (FrameworkNorm norm : first.getNorms()) {
      rate(f, visit, norm, "voldoet_grotendeels");
      if (norm.getLevel() == NormLevel.CLIENT) {
        rate(f, tracer, norm, "voldoet_niet");
      }
    }
    FrameworkTheme second = version.getThemes().get(1);
    rate(f, visit, second.getNorms().get(0), "voldoet");

    StudyScores scores = scoring.scores(testData.lead(), f.study().getId());
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    PrintWriter out = response.getWriter();
    out.println("study=" + f.study().getId() + " theme=" + first.getId());
    for (AreaResult area : scores.areas()) {
      out.println(line("all", area.area().code(), area.outcome()));
      for (var theme : scores.themes()) {
        out.println(
            line(String.valueOf(theme.id()), area.area().code(), area.theme(theme.id()).outcome()));
      }
    }
  }

  private static String line(String scope, String code, Outcome outcome) {
    return scope
        + " "
        + code
        + " "
        + (outcome.level() == null ? "-" : outcome.level().code())
        + " "
        + (outcome.percentage() == null ? "-" : outcome.percentage().toString())
        + " "
        + outcome.coverage().assessed()
        + " "
        + outcome.coverage().expected();
  }

  private void rate(Fieldwork f, ScopeRef scope, FrameworkNorm norm, String code) {
    long level =
        f.study().getFrameworkVersion().getLevels().stream()
            .filter(l -> l.getCode().equals(code))
            .findFirst()
            .orElseThrow()
            .getId();
    findings.record(
        testData.inspector(),
        scope,
        norm.getId(),
        null,
        level,
        "Motivering voor " + norm.getCode(),
        List.of(),
        List.of());
  }
}
