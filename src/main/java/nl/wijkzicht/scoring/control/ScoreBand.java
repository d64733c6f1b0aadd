package nl.wijkzicht.scoring.control;

import java.io.Serializable;

/**
 * A percentage band of the weighted-percentage rule as written in the framework file ({@code from}
 * and {@code to} whole percentages, both inclusive). Between two bands a fractional result belongs
 * to the lower band until it reaches the next band's {@code from}: 38.5 % is in 25–38, 39 % in
 * 39–62 (docs/scoring.md, "Band edges").
 */
public record ScoreBand(int from, int to, ScoreLevel level) implements Serializable {}
