package nl.wijkzicht.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.DatabaseWrite.UniqueKey;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.security.entity.AccessLogEntry;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one mechanism for refused writes against MariaDB's real errors: a duplicate on a named unique
 * key is the caller's field problem, a version conflict is a concurrent change, anything else stays
 * what it is. And Java compares names as the database's collation does.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseWriteIT {

  private static final UniqueKey AGB_TAKEN =
      UniqueKey.of(
          "uk_care_provider_agb",
          () -> InvalidInputException.of("agbCode", "provider.agb.taken_meanwhile"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void aDuplicateAgbCodeIsAProblemAtItsFieldAndTheKeyIsRecognisedByName() throws Exception {
    String agb = stored();
    transaction.begin();
    try {
      em.persist(new CareProvider(unique("IT Dubbel"), ProviderKind.OTHER, agb, null, false));
      assertThatThrownBy(() -> DatabaseWrite.flush(em, this::conflict, AGB_TAKEN))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.getProblems())
                      .extracting(p -> p.field() + " " + p.key())
                      .containsExactly("agbCode provider.agb.taken_meanwhile"));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void aDuplicateOnAKeyTheCallerDidNotNameIsRethrownNotAConcurrentChange() throws Exception {
    String agb = stored();
    transaction.begin();
    try {
      em.persist(new CareProvider(unique("IT Dubbel"), ProviderKind.OTHER, agb, null, false));
      assertThatThrownBy(() -> DatabaseWrite.flush(em, this::conflict))
          .isInstanceOf(PersistenceException.class)
          .isNotInstanceOf(ConcurrentChangeException.class)
          .satisfies(
              e ->
                  assertThat(DatabaseWrite.classify(e))
                      .isEqualTo(
                          new DatabaseWrite.Failure(
                              DatabaseWrite.Kind.DUPLICATE_KEY,
                              java.util.Optional.of("uk_care_provider_agb"))));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void aRealVersionConflictIsAConcurrentChange() throws Exception {
    String agb = stored();
    transaction.begin();
    try {
      CareProvider provider =
          em.createNamedQuery(CareProvider.FIND_BY_AGB, CareProvider.class)
              .setParameter("code", agb)
              .getSingleResult();
      em.createNativeQuery("UPDATE care_provider SET version = version + 1 WHERE id = ?1")
          .setParameter(1, provider.getId())
          .executeUpdate();
      provider.describe(provider.getName() + " gewijzigd", ProviderKind.OTHER, agb, null);
      assertThatThrownBy(() -> DatabaseWrite.flush(em, this::conflict, AGB_TAKEN))
          .isInstanceOf(ConcurrentChangeException.class);
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void anyOtherDatabaseErrorIsReportedAsWhatItIs() throws Exception {
    transaction.begin();
    try {
      // The access log is append-only: the database's trigger refuses deleting a recent entry.
      AccessLogEntry entry =
          em.createQuery("select e from AccessLogEntry e order by e.id desc", AccessLogEntry.class)
              .setMaxResults(1)
              .getSingleResult();
      em.remove(entry);
      assertThatThrownBy(() -> DatabaseWrite.flush(em, this::conflict, AGB_TAKEN))
          .isInstanceOf(PersistenceException.class)
          .isNotInstanceOf(ConcurrentChangeException.class)
          .hasMessageContaining("retention period")
          .satisfies(
              e ->
                  assertThat(DatabaseWrite.classify(e).kind()).isEqualTo(DatabaseWrite.Kind.OTHER));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void javaComparesNamesAsTheDatabaseCollationDoes() throws Exception {
    List<List<String>> pairs =
        List.of(
            List.of("Huisarts Café", "huisarts cafe"),
            List.of("Coördinator", "COORDINATOR"),
            List.of("Ëlst", "elst"),
            List.of("De Linde ", "de linde"),
            List.of("De Linde", "De Linden"),
            List.of("De Linde", "DeLinde"),
            List.of("Team 1", "Team 2"),
            List.of("Zorg-Oost", "Zorg Oost"),
            List.of("Straße", "STRASSE"));
    transaction.begin();
    try {
      for (List<String> pair : pairs) {
        Object equal =
            em.createNativeQuery(
                    "SELECT CAST(?1 AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci"
                        + " = CAST(?2 AS CHAR CHARACTER SET utf8mb4)")
                .setParameter(1, pair.get(0))
                .setParameter(2, pair.get(1))
                .getSingleResult();
        assertThat(DatabaseText.same(pair.get(0), pair.get(1)))
            .as("%s = %s", pair.get(0), pair.get(1))
            .isEqualTo(((Number) equal).intValue() == 1);
      }
    } finally {
      transaction.rollback();
    }
  }

  /** A stored provider's new AGB code. */
  private String stored() throws Exception {
    String agb = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    transaction.begin();
    em.persist(new CareProvider(unique("IT Houder"), ProviderKind.OTHER, agb, null, false));
    transaction.commit();
    return agb;
  }

  private ConcurrentChangeException conflict() {
    return new ConcurrentChangeException("CareProvider", "test");
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
