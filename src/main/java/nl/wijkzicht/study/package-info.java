/**
 * Fieldwork: studies (onderzoeken) with their areas, framework version and team. Visits, tracers,
 * interviews and findings follow.
 *
 * <p>A study fixes one framework version; from the moment a study uses it, that version is marked
 * in use and can never change. Inspectors see only the studies they are assigned to; coordinators
 * and admins see all (AccessPolicy.mayReadStudy).
 */
package nl.wijkzicht.study;
