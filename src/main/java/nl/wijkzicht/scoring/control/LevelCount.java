package nl.wijkzicht.scoring.control;

import java.io.Serializable;

/** How many inputs had a level. */
public record LevelCount(ScoreLevel level, int count) implements Serializable {}
