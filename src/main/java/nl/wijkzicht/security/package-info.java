/**
 * Accounts, roles, the one place that decides "may this user do this to this object" ({@link
 * nl.wijkzicht.security.control.AccessPolicy}), and the NEN 7513-style access log.
 *
 * <p>Authentication is Jakarta Security: a custom form mechanism with a database identity store
 * (PBKDF2-HMAC-SHA512, 210,000 iterations). Every page is mapped to a permission in {@link
 * nl.wijkzicht.security.control.PageRules}; a page without a rule is refused. Services check object
 * ownership through the same policy and record reads and changes of non-public data in the access
 * log.
 */
package nl.wijkzicht.security;
