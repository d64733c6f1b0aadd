package nl.wijkzicht.publish.entity;

/**
 * A report job's life: queued, running, then done or failed (also when a restart interrupted it).
 */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
