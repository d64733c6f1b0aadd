package nl.wijkzicht.fieldwork.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.wijkzicht.framework.entity.RespondentRole;

/**
 * An interview as the interviews table of a visit or tracer shows it, with its number of given
 * answers counted by the database: {@link InterviewService#rowsForVisit} reads any number in one
 * query.
 */
public record InterviewRow(
    long id,
    String pseudonym,
    RespondentRole role,
    LocalDate heldOn,
    boolean completed,
    long answeredCount)
    implements Serializable {}
