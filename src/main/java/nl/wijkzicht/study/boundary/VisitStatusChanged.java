package nl.wijkzicht.study.boundary;

import nl.wijkzicht.study.entity.VisitStatus;

/**
 * CDI event: a visit moved from one status to another, fired inside the transaction that moved it
 * (by {@link VisitService#moveTo}; any other code that moves a visit fires it too). Observers such
 * as the notifications write their own rows in that transaction, so they commit or roll back with
 * the move, and study knows none of them.
 */
public record VisitStatusChanged(long visitId, VisitStatus from, VisitStatus to, String actor) {}
