package nl.wijkzicht.scoring.control;

import java.math.BigDecimal;

/**
 * The answers to a number question in one group: how many answered, their mean (rounded half up to
 * a whole number, as the percentages are) and the lowest and highest answer; all null when nobody
 * answered.
 */
public record SurveyNumbers(long answered, BigDecimal mean, BigDecimal lowest, BigDecimal highest)
    implements java.io.Serializable {}
