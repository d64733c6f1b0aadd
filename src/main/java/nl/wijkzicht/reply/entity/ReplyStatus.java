package nl.wijkzicht.reply.entity;

/** A reply is a draft until the provider submits it; after that it is read-only. */
public enum ReplyStatus {
  DRAFT,
  SUBMITTED
}
