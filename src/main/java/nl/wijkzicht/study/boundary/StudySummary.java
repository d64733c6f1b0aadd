package nl.wijkzicht.study.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One study as the study list shows it, read by {@link StudyService#summaries} in two queries for
 * any number of studies (the studies with framework and team size, then their areas).
 *
 * @param frameworkTitle the framework version's Dutch title
 * @param areas the areas' labels: "Houten, Utrecht-Overvecht"
 * @param teamSize the number of inspectors on the team
 */
public record StudySummary(
    long id,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    long frameworkVersionId,
    String frameworkTitle,
    String frameworkVersion,
    String areas,
    long teamSize)
    implements Serializable {}
