/**
 * Shared Faces plumbing: the user's language, application-wide facts shown in the layout (demo
 * mode), and messages from resource bundles. Client errors (a refused method, a body too large, a
 * postback without its CSP nonce or to a view that no longer exists) answer with a 4xx status and
 * our own error page ({@link nl.wijkzicht.web.ClientErrorFilter}, {@link
 * nl.wijkzicht.web.CspNonceCheck}); error pages always render as a plain GET ({@link
 * nl.wijkzicht.web.ErrorPageRequestFilter}).
 */
package nl.wijkzicht.web;
