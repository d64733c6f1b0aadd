package nl.wijkzicht.scoring.control;

/**
 * What a survey percentage is a percentage of.
 *
 * <ul>
 *   <li>{@link #ANSWERED} (the default): the responses (in the group) that answered this question;
 *       for a multiple-choice question, those that chose at least one option. For the bottleneck
 *       question this is "of the networks that reported bottlenecks", as RIVM's table 4 counts.
 *   <li>{@link #ALL_RESPONSES}: every response in the group, answered or not ("of all networks").
 * </ul>
 */
public enum SurveyDenominator {
  ANSWERED,
  ALL_RESPONSES
}
