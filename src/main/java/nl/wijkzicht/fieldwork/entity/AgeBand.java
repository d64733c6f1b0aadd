package nl.wijkzicht.fieldwork.entity;

/**
 * An age band instead of a date of birth: enough to describe a respondent, too coarse to identify
 * one.
 */
public enum AgeBand {
  UNDER_65,
  FROM_65_TO_74,
  FROM_75_TO_84,
  FROM_85
}
