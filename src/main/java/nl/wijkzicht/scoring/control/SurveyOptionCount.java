package nl.wijkzicht.scoring.control;

/**
 * One option in one group: how many responses chose it, that as a whole percentage of the group's
 * denominator ({@code null} when the denominator is 0: nobody to count), and whether it is (one of)
 * the most chosen options of the group: every option sharing the highest count is, so a tie marks
 * all of them; nothing is marked when nobody chose anything.
 */
public record SurveyOptionCount(String option, long count, Integer percent, boolean mostChosen)
    implements java.io.Serializable {}
