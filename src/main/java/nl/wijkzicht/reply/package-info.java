/**
 * Right of reply (wederhoor): a care provider reads the findings of its visits that were sent for
 * reply, with the evidence the inspector marked shareable, and answers them with one reply (a
 * general text, remarks per finding, attachments) before the deadline; coordinators reopen replying
 * after it; staff read the submitted reply beside the findings (docs/reply.md).
 */
package nl.wijkzicht.reply;
