package nl.wijkzicht.survey.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.wijkzicht.framework.entity.RespondentRole;

/** A survey response as the responses table shows it (one query for all of them). */
public record SurveyResponseRow(
    long id,
    String reference,
    String pseudonym,
    String areaLabel,
    RespondentRole role,
    LocalDate heldOn,
    boolean completed,
    long answered)
    implements Serializable {}
