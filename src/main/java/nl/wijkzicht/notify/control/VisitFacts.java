package nl.wijkzicht.notify.control;

import java.time.LocalDate;

/**
 * What a notification may say about a visit: the organisation and location visited, the date, the
 * study and the reply deadline. Nothing about respondents, interviews or findings: mails cross
 * other people's servers.
 */
public record VisitFacts(
    long visitId,
    String providerName,
    String locationName,
    LocalDate visitDate,
    String studyTitle,
    LocalDate replyDeadline) {}
