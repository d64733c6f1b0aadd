package nl.wijkzicht.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source. URL, user and password come from MicroProfile Config, so they can
 * be set as system properties ({@code -Dwijkzicht.db.url=...}) or environment variables ({@code
 * WIJKZICHT_DB_URL}); defaults are in META-INF/microprofile-config.properties. Whatever the URL,
 * the connection speaks UTC ({@link UtcMariaDbDataSource}).
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    // MariaDB's own data source, with the URL options that make every time UTC.
    className = "nl.wijkzicht.database.UtcMariaDbDataSource",
    url = "${MPCONFIG=wijkzicht.db.url}",
    user = "${MPCONFIG=wijkzicht.db.user}",
    password = "${MPCONFIG=wijkzicht.db.password}",
    // No connections at deployment: the app must start while the database is down.
    initialPoolSize = 0,
    minPoolSize = 0,
    maxPoolSize = DataSourceConfiguration.MAX_POOL_SIZE,
    maxIdleTime = 300,
    properties = {
      // Validate connections before use so the pool recovers after a database restart.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // Give up quickly when the server is unreachable instead of hanging a request thread.
      "fish.payara.connection-creation-retry-attempts=0",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@ApplicationScoped
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/wijkzicht";

  /**
   * No request holds more than one connection, so this bounds the requests using the database at
   * once.
   */
  public static final int MAX_POOL_SIZE = 20;
}
