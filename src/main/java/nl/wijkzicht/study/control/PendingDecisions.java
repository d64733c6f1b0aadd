package nl.wijkzicht.study.control;

/**
 * How many remarks of a provider's submitted reply to a visit still wait for the inspector's
 * decision: a visit is not signed off while any does. Defined here because the study feature signs
 * visits off; implemented by the reply feature, which owns replies and decisions (dependencies
 * point outward, docs/architecture.md).
 */
public interface PendingDecisions {

  /** Remarks of submitted replies to this visit without a decision. */
  long undecidedRemarks(long visitId);
}
