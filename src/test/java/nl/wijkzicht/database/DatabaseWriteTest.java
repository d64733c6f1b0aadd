package nl.wijkzicht.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.DatabaseWrite.Kind;
import nl.wijkzicht.database.DatabaseWrite.UniqueKey;
import org.junit.jupiter.api.Test;

/** How a refused write is classified, without a database. */
class DatabaseWriteTest {

  private static final UniqueKey AGB =
      UniqueKey.of("uk_care_provider_agb", () -> InvalidInputException.of("agbCode", "taken"));

  @Test
  void aVersionConflictIsAConcurrentChange() {
    PersistenceException e = new OptimisticLockException("row changed");

    assertThat(DatabaseWrite.classify(e).kind()).isEqualTo(Kind.VERSION_CONFLICT);
    RuntimeException translated = DatabaseWrite.translate(e, this::conflict, AGB);
    assertThat(translated).isInstanceOf(ConcurrentChangeException.class).hasCause(e);
  }

  @Test
  void aDuplicateOnANamedKeyIsTheCallersFieldProblem() {
    PersistenceException e =
        wrapped(
            new SQLIntegrityConstraintViolationException(
                "(conn=12) Duplicate entry '01012345' for key 'uk_care_provider_agb'",
                "23000",
                1062));

    assertThat(DatabaseWrite.classify(e))
        .isEqualTo(
            new DatabaseWrite.Failure(Kind.DUPLICATE_KEY, Optional.of("uk_care_provider_agb")));
    RuntimeException translated = DatabaseWrite.translate(e, this::conflict, AGB);
    assertThat(translated).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) translated).getProblems())
        .extracting(p -> p.field() + " " + p.key())
        .containsExactly("agbCode taken");
  }

  @Test
  void readsMySqlsTableQualifiedKeyName() {
    assertThat(
            DatabaseWrite.keyName(
                "Duplicate entry 'a' for key 'care_provider.uk_care_provider_agb'"))
        .contains("uk_care_provider_agb");
    assertThat(DatabaseWrite.keyName("Duplicate entry 'it''s for key ''' for key 'uk_x'"))
        .contains("uk_x");
    assertThat(DatabaseWrite.keyName("Lock wait timeout exceeded")).isEmpty();
  }

  @Test
  void aDuplicateOnAnotherKeyIsRethrownAsItIs() {
    PersistenceException e =
        wrapped(
            new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uk_care_provider_name'", "23000", 1062));

    assertThat(DatabaseWrite.translate(e, this::conflict, AGB)).isSameAs(e);
  }

  @Test
  void anyOtherDatabaseErrorIsRethrownAndNeverAConcurrentChange() {
    PersistenceException foreignKey =
        wrapped(
            new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452));
    PersistenceException tooLong =
        wrapped(new SQLException("Data too long for column 'name' at row 1", "22001", 1406));
    PersistenceException lockTimeout =
        wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205));

    for (PersistenceException e : new PersistenceException[] {foreignKey, tooLong, lockTimeout}) {
      assertThat(DatabaseWrite.classify(e).kind()).isEqualTo(Kind.OTHER);
      assertThat(DatabaseWrite.translate(e, this::conflict, AGB)).isSameAs(e);
    }
  }

  private ConcurrentChangeException conflict() {
    return new ConcurrentChangeException("Thing", 1);
  }

  /** As EclipseLink reports it: a PersistenceException around its own exception around JDBC's. */
  private static PersistenceException wrapped(SQLException sql) {
    return new PersistenceException(
        "Exception [EclipseLink-4002]", new RuntimeException("Internal Exception: " + sql, sql));
  }
}
