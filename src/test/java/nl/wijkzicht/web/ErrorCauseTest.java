package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class ErrorCauseTest {

  @Test
  void aConnectionRefusedDeepInTheChainIsTheDatabaseBeingUnavailable() {
    // As seen with MariaDB stopped: JPA > pool > driver > socket.
    Throwable error =
        new PersistenceException(
            "Exception [EclipseLink-4002]",
            new SQLException(
                "Error in allocating a connection",
                new SQLNonTransientConnectionException(
                    "Socket fail to connect to 127.0.0.1:3453. Connection refused",
                    "08000",
                    new ConnectException("Connection refused"))));
    assertThat(ErrorCause.databaseUnavailable(error)).isTrue();
  }

  @Test
  void aConnectionStateIsTheDatabaseBeingUnavailable() {
    assertThat(ErrorCause.databaseUnavailable(new SQLException("gone", "08S01"))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(ErrorCause.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    assertThat(
            ErrorCause.databaseUnavailable(
                new PersistenceException(new SQLException("Duplicate entry", "23000"))))
        .isFalse();
  }
}
