package nl.wijkzicht.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source, always speaking UTC whatever URL is configured: every point in time is
 * stored as DATETIME(3) holding UTC (migration V008), so what is written and read must not depend
 * on the JVM's or the server's time zone.
 *
 * <p>The options added to the URL: {@code connectionTimeZone=UTC} and {@code preserveInstants=true}
 * make Connector/J render a {@link java.sql.Timestamp} (an instant) as its UTC wall-clock time and
 * read a DATETIME back as UTC; {@code forceConnectionTimeZoneToSession=true} sets the session's
 * {@code time_zone} to {@code +00:00}, so NOW() and CURRENT_TIMESTAMP in SQL are UTC as well. The
 * same options given in the configured URL are replaced.
 */
public class UtcMariaDbDataSource extends MariaDbDataSource {

  static final List<String> UTC_OPTIONS =
      List.of(
          "connectionTimeZone=UTC",
          "forceConnectionTimeZoneToSession=true",
          "preserveInstants=true");

  private static final Set<String> REPLACED =
      Set.of(
          "connectiontimezone",
          "forceconnectiontimezonetosession",
          "preserveinstants",
          "timezone",
          "servertimezone");

  @Override
  public void setUrl(String url) throws SQLException {
    super.setUrl(withUtc(url));
  }

  /** The URL with the UTC options (replacing any time-zone options it had). */
  static String withUtc(String url) {
    if (url == null) {
      return null;
    }
    int question = url.indexOf('?');
    String base = question < 0 ? url : url.substring(0, question);
    List<String> options = new ArrayList<>();
    if (question >= 0) {
      for (String option : url.substring(question + 1).split("&")) {
        String key = option.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!option.isBlank() && !REPLACED.contains(key)) {
          options.add(option);
        }
      }
    }
    options.addAll(UTC_OPTIONS);
    return base + "?" + String.join("&", options);
  }
}
