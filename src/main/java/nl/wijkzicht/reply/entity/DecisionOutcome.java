package nl.wijkzicht.reply.entity;

/** The inspector's decision on a provider's remark. */
public enum DecisionOutcome {
  /** The remark is right: the finding was changed (the decision links to that change). */
  ACCEPTED,
  /** The finding stays as it is, for the reason given. */
  NOT_ACCEPTED
}
