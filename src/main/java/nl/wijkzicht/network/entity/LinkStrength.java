package nl.wijkzicht.network.entity;

/** An inspector's judgement of one link in a care network. */
public enum LinkStrength {
  STRONG,
  WEAK,
  ABSENT
}
