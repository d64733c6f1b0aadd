package nl.wijkzicht.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever URL is configured, the connection speaks UTC. */
class UtcMariaDbDataSourceTest {

  private static final String UTC =
      "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";

  @Test
  void addsTheUtcOptionsToAPlainUrl() {
    assertThat(UtcMariaDbDataSource.withUtc("jdbc:mariadb://db:3306/wijkzicht"))
        .isEqualTo("jdbc:mariadb://db:3306/wijkzicht?" + UTC);
  }

  @Test
  void keepsOtherOptionsAndReplacesTimeZoneOptions() {
    assertThat(
            UtcMariaDbDataSource.withUtc(
                "jdbc:mariadb://db/w?sslMode=verify-full&timezone=Europe/Amsterdam"
                    + "&connectionTimeZone=LOCAL&preserveInstants=false&"))
        .isEqualTo("jdbc:mariadb://db/w?sslMode=verify-full&" + UTC);
  }
}
