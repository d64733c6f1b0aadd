/**
 * Survey studies: studies whose framework counts answers (roll-up rule {@code count}, such as the
 * RIVM questionnaire for elderly-care networks). One response per network or organisation in a
 * study area, entered with the interview form or imported from a CSV export (ODK/Kobo style), and
 * the results per question: counts and percentages per option, overall and per group of a grouping
 * question, with the denominator stated. The counting itself is in {@code
 * nl.wijkzicht.scoring.control.SurveyTally}.
 */
package nl.wijkzicht.survey;
