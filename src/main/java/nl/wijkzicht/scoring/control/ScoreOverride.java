package nl.wijkzicht.scoring.control;

import java.io.Serializable;
import java.time.Instant;

/** A coordinator's professional judgement that replaces a computed level, with its reason. */
public record ScoreOverride(ScoreLevel level, String reason, String setBy, Instant setAt)
    implements Serializable {}
