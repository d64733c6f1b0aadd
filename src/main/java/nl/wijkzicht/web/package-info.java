/**
 * Shared Faces plumbing: the user's language, application-wide facts shown in the layout (demo
 * mode), and messages from resource bundles.
 */
package nl.wijkzicht.web;
