/**
 * Audit frameworks (toetsingskaders) as data: YAML files in {@code audit-frameworks/}, read and
 * checked by {@code control.FrameworkYamlReader} (every problem with line and column), stored per
 * version by {@code boundary.FrameworkService}, shown, compared and printed as interview guides.
 *
 * <p>Key decisions: a stored version never changes (same code and version with another hash is
 * refused; raise the version); a broken file is refused as a whole, so earlier versions stay in
 * use; the stored file text is the version of record and the pages read it back through the same
 * reader, while the tables hold the themes, norms and questions that studies will refer to. The
 * format is in docs/frameworks.md; the JSON Schema in audit-frameworks/schema/ is kept in step by a
 * test.
 */
package nl.wijkzicht.framework;
