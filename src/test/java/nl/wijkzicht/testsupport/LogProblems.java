package nl.wijkzicht.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Test-only: records every server log entry that is SEVERE or carries a stack trace, and lists them
 * at {@code GET /it/log-problems} (one per line), so an HTTP test can check what its requests
 * logged.
 */
@WebServlet(urlPatterns = LogProblems.PATH, loadOnStartup = 1)
public class LogProblems extends HttpServlet {

  private static final long serialVersionUID = 1L;
  public static final String PATH = "/it/log-problems";

  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getThrown() != null
              || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(
                record.getLevel()
                    + " "
                    + record.getLoggerName()
                    + ": "
                    + record.getMessage()
                    + (record.getThrown() == null ? "" : " / " + record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @Override
  public void init() {
    Logger.getLogger("").addHandler(handler);
  }

  @Override
  public void destroy() {
    Logger.getLogger("").removeHandler(handler);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    for (String problem : problems) {
      response.getWriter().println(problem.replace('\r', ' ').replace('\n', ' '));
    }
  }
}
