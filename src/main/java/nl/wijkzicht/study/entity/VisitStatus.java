package nl.wijkzicht.study.entity;

/**
 * The life of a visit (docs/domain.md §4): planned → in progress → findings drafted → sent for
 * reply → reply received → final → published, or cancelled. Allowed steps per role are in {@link
 * nl.wijkzicht.study.control.VisitWorkflow}.
 */
public enum VisitStatus {
  PLANNED,
  IN_PROGRESS,
  FINDINGS_DRAFTED,
  SENT_FOR_REPLY,
  REPLY_RECEIVED,
  FINAL,
  PUBLISHED,
  CANCELLED
}
