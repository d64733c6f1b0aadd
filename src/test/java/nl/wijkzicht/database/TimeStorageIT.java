package nl.wijkzicht.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points in time are stored as DATETIME(3) holding UTC and read back as the same instant, whatever
 * the JVM's time zone: around both daylight-saving changes of Europe/Amsterdam and after 2038.
 */
@ExtendWith(ArquillianExtension.class)
class TimeStorageIT {

  /** Instant -> the UTC wall-clock text expected in the column. */
  private static final Map<Instant, String> INSTANTS = new LinkedHashMap<>();

  static {
    // 29 March 2026: Amsterdam jumps from 02:00 to 03:00 local (01:00 UTC); 02:30 local does not
    // exist, so 02:30 UTC rendered in the JVM's zone would be moved or shifted.
    INSTANTS.put(Instant.parse("2026-03-29T02:30:00.123Z"), "2026-03-29 02:30:00.123");
    INSTANTS.put(Instant.parse("2026-03-29T01:30:00.000Z"), "2026-03-29 01:30:00.000");
    // 25 October 2026: 02:30 local Amsterdam happens twice (00:30 UTC and 01:30 UTC).
    INSTANTS.put(Instant.parse("2026-10-25T00:30:00.456Z"), "2026-10-25 00:30:00.456");
    INSTANTS.put(Instant.parse("2026-10-25T01:30:00.789Z"), "2026-10-25 01:30:00.789");
    // After TIMESTAMP's end (2038-01-19 03:14:07 UTC).
    INSTANTS.put(Instant.parse("2038-01-19T03:14:08.001Z"), "2038-01-19 03:14:08.001");
    INSTANTS.put(Instant.parse("2126-07-01T12:00:00.000Z"), "2126-07-01 12:00:00.000");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void everyPointInTimeIsADatetimeWithMilliseconds() throws Exception {
    transaction.begin();
    try {
      List<?> timestamps =
          em.createNativeQuery(
                  "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.COLUMNS"
                      + " WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'timestamp'"
                      + " AND TABLE_NAME <> 'flyway_schema_history'")
              .getResultList();
      // Flyway's own history table is Flyway's business.
      assertThat(timestamps).as("TIMESTAMP columns left").isEmpty();
      List<?> types =
          em.createNativeQuery(
                  "SELECT DISTINCT COLUMN_TYPE FROM information_schema.COLUMNS"
                      + " WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'datetime'"
                      + " AND TABLE_NAME <> 'flyway_schema_history'")
              .getResultList();
      assertThat(types).extracting(String::valueOf).containsExactly("datetime(3)");
      assertThat(
              em.createNativeQuery(
                      "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                          + " DATABASE() AND TABLE_NAME = 'access_log' AND COLUMN_NAME ="
                          + " 'occurred_at'")
                  .getSingleResult())
          .hasToString("datetime(3)");
      assertThat(em.createNativeQuery("SELECT @@session.time_zone").getSingleResult())
          .as("the session speaks UTC, so NOW() is UTC too")
          .hasToString("+00:00");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void storesTheUtcTimeAndReadsTheSameInstantWhateverTheJvmZone() throws Exception {
    for (String zone : List.of("Europe/Amsterdam", "America/Sao_Paulo", "UTC")) {
      TimeZone before = TimeZone.getDefault();
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      try {
        storeAndRead(zone);
      } finally {
        TimeZone.setDefault(before);
      }
    }
  }

  private void storeAndRead(String zone) throws Exception {
    String prefix = "it-time-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    transaction.begin();
    int i = 0;
    for (Instant instant : INSTANTS.keySet()) {
      em.persist(new AppUser(prefix + i++, "Tijd", Role.INSPECTOR, null, "x", false, instant));
    }
    transaction.commit();

    transaction.begin();
    try {
      i = 0;
      for (Map.Entry<Instant, String> expected : INSTANTS.entrySet()) {
        String username = prefix + i++;
        Object stored =
            em.createNativeQuery(
                    "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM app_user"
                        + " WHERE username = ?1")
                .setParameter(1, username)
                .getSingleResult();
        assertThat(stored.toString())
            .as("column value of %s written in JVM zone %s", expected.getKey(), zone)
            .isEqualTo(expected.getValue() + "000");
        Instant read =
            em.createQuery("select u.createdAt from AppUser u where u.username = :n", Instant.class)
                .setParameter("n", username)
                .getSingleResult();
        assertThat(read).as("read back in JVM zone %s", zone).isEqualTo(expected.getKey());
        long found =
            em.createQuery(
                    "select count(u) from AppUser u where u.username = :n and u.createdAt = :t",
                    Long.class)
                .setParameter("n", username)
                .setParameter("t", expected.getKey())
                .getSingleResult();
        assertThat(found).as("query parameter %s in JVM zone %s", expected.getKey(), zone).isOne();
      }
    } finally {
      transaction.rollback();
      transaction.begin();
      em.createNativeQuery("DELETE FROM app_user WHERE username LIKE ?1")
          .setParameter(1, prefix + "%")
          .executeUpdate();
      transaction.commit();
    }
  }
}
