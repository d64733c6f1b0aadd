/**
 * The start page after login (issue 13): per role what needs doing. An inspector sees their
 * upcoming visits, their interviews still in draft and the unrated norms of their visits in
 * progress; a coordinator the progress of every study; an admin the accounts and recent denied
 * access; a provider its own organisation. Read with a fixed number of grouped queries into
 * records, whatever the amount of work (QueryBudgetWebIT), and access-logged like every read of
 * personal data.
 */
package nl.wijkzicht.start;
