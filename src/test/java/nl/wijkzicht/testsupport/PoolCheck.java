package nl.wijkzicht.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Whether every connection of the pool can be taken at once: none was left behind. Background work
 * of the one shared test server (a report job's progress, the mail outbox, the access-log backlog)
 * may hold a connection for a moment, or wait for one this check holds; so a failed attempt gives
 * all back and tries again. A leaked connection never comes back and fails every attempt.
 */
public final class PoolCheck {

  static final int ATTEMPTS = 4;

  private PoolCheck() {}

  /** How many connections could be held together (best of the attempts), and the last error. */
  public static String free(DataSource dataSource, int size) {
    String last = "";
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<Connection> taken = new ArrayList<>();
      try {
        for (int i = 0; i < size; i++) {
          taken.add(dataSource.getConnection());
        }
        return "free=" + taken.size();
      } catch (SQLException e) {
        last = "free=" + taken.size() + " error=" + e.getMessage();
      } finally {
        for (Connection connection : taken) {
          try {
            connection.close();
          } catch (SQLException e) {
            // Closing a pooled handle gives it back; nothing to do if that fails.
          }
        }
      }
    }
    return last;
  }
}
