package nl.wijkzicht.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database answers and its schema is migrated (GET /health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  static final String NAME = "database";
  private static final int VALID_TIMEOUT_SECONDS = 3;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private DatabaseStatus status;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(VALID_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      reachable = false;
      // The detail (host, port, driver message) goes to the server log, not to this public
      // endpoint.
      response.withData("error", "database not reachable (" + e.getClass().getSimpleName() + ")");
    }
    response.withData("reachable", reachable);
    response.withData("schemaVersion", status.getSchemaVersion().orElse("not migrated"));
    return response.status(reachable && status.isReady()).build();
  }
}
