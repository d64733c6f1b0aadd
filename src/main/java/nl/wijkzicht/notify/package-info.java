/**
 * Notifications (issue 15, docs/notifications.md): what awaits each user, computed from the visits
 * whenever a page asks (a reply due, a reply received and its decisions due, a sign-off due,
 * replies overdue), never stored; and e-mail through Jakarta Mail: a visit sent for reply, a reply
 * received and a reminder three working days before a reply deadline. Mails go through an outbox
 * table written in the transaction of the change and sent after it commits, so no database
 * connection or lock is held while talking SMTP. The reminder job runs once even when several
 * instances share the database: each (visit, deadline) is claimed with an INSERT on a unique key.
 *
 * <p>Depends on study (visits) and security (accounts); the study package tells it about status
 * changes through the CDI event {@code study.boundary.VisitStatusChanged}, so study does not know
 * this package.
 */
package nl.wijkzicht.notify;
