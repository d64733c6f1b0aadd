package nl.wijkzicht.network.entity;

/** How far an agreement is: absent, being prepared, or agreed (on a date). Unasked = no row. */
public enum AgreementStatus {
  ABSENT,
  IN_PREPARATION,
  AGREED
}
