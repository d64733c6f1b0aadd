/**
 * Scores: findings roll up norm → theme → area → region → study by the rule the framework file
 * names (docs/scoring.md). The rules themselves are pure Java ({@code control}); the inputs come
 * from grouped queries over the whole study ({@code boundary}); a coordinator's professional
 * judgement (an override with a reason) sits beside the computed result, never instead of it.
 */
package nl.wijkzicht.scoring;
