package nl.wijkzicht.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test-only:
 *
 * <ul>
 *   <li>{@code GET /test-support/statements?label=..} answers how many SQL statements the request
 *       labelled so sent ({@link StatementCounter}): the count on the first line, then one
 *       statement per line. 404 if no such request was counted.
 *   <li>{@code GET ?op=make&providers=N&depth=D}: a new {@link StudyOfSize}; answers its ids.
 *   <li>{@code GET ?op=grow&study=S&region=R&providers=N&depth=D}: N more providers with visits and
 *       fieldwork in study S; answers the ids of the new ones.
 * </ul>
 */
@WebServlet("/test-support/statements")
public class StatementCountServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private StudyOfSize studyOfSize;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String op = request.getParameter("op");
    if (op != null) {
      response.setContentType("text/plain");
      int count = Integer.parseInt(request.getParameter("providers"));
      int depth = Integer.parseInt(request.getParameter("depth"));
      StudyOfSize.Made made =
          "make".equals(op)
              ? studyOfSize.make(count, depth)
              : studyOfSize.grow(
                  Long.parseLong(request.getParameter("study")),
                  count,
                  Long.parseLong(request.getParameter("region")),
                  depth);
      response.getWriter().print(made.line());
      return;
    }
    List<String> statements;
    try {
      statements = StatementCounter.statements(request.getParameter("label"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(503);
      return;
    }
    if (statements == null) {
      response.sendError(404);
      return;
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    StringBuilder text = new StringBuilder().append(statements.size()).append('\n');
    statements.forEach(s -> text.append(s.replace('\n', ' ')).append('\n'));
    response.getWriter().print(text);
  }
}
