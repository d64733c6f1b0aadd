package nl.wijkzicht.reply.entity;

/** What a provider's remark on a finding says. */
public enum RemarkKind {
  /** The finding states something that is not true. */
  FACTUAL_ERROR,
  /** The finding leaves out something that matters. */
  INCOMPLETE,
  /** The provider disagrees with the judgement (the rating). */
  DISAGREE
}
