package nl.wijkzicht.scoring.control;

/**
 * One row of the database's grouped count: {@code count} responses whose answer to the grouping
 * question is {@code group} ({@code null}: they did not answer it) gave the stored {@code value} to
 * {@code question}. A multiple-choice value holds its option codes comma-separated, as the
 * interview answer stores them; the tally splits it.
 */
public record SurveyCount(String group, String question, String value, long count)
    implements java.io.Serializable {}
