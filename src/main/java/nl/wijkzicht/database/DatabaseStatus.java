package nl.wijkzicht.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Whether the schema has been migrated, and the last problem reaching the database. */
@ApplicationScoped
public class DatabaseStatus {

  private volatile String schemaVersion;
  private volatile String lastProblem;
  private volatile Instant lastProblemAt;

  void migrated(String version) {
    this.schemaVersion = version;
    this.lastProblem = null;
    this.lastProblemAt = null;
  }

  void failed(String problem) {
    this.lastProblem = problem;
    this.lastProblemAt = Instant.now();
  }

  /** True once the migrations have run; pages that use the database check this first. */
  public boolean isReady() {
    return schemaVersion != null;
  }

  public Optional<String> getSchemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  public Optional<String> getLastProblem() {
    return Optional.ofNullable(lastProblem);
  }

  public Optional<Instant> getLastProblemAt() {
    return Optional.ofNullable(lastProblemAt);
  }
}
