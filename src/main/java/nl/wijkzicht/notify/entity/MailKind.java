package nl.wijkzicht.notify.entity;

/** Why a mail is sent. */
public enum MailKind {
  /** A visit's findings were sent to the provider for its reply: to the provider's users. */
  SENT_FOR_REPLY,
  /** The provider replied: to the visit's inspectors, who decide on the remarks. */
  REPLY_RECEIVED,
  /** Three working days before the reply deadline, no reply yet: to the provider's users. */
  REPLY_REMINDER
}
