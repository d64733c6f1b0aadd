package nl.wijkzicht.notify.control;

/** What awaits a user (docs/notifications.md "In the application"). */
public enum NotificationKind {
  /** Provider: a visit's findings await the organisation's reply, deadline not passed. */
  REPLY_DUE,
  /** Provider: the deadline passed without a reply (a coordinator may reopen). */
  REPLY_LATE,
  /** Inspector on the visit team: the provider replied, decide on its remarks. */
  DECISION_DUE,
  /** Coordinator not on the visit team: a replied visit awaits sign-off. */
  SIGN_OFF_DUE,
  /** Coordinator: a provider let its reply deadline pass. */
  REPLY_OVERDUE
}
