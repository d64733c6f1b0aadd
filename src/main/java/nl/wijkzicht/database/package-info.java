/**
 * The application's one MariaDB data source, its schema migrations (Flyway, run at start-up before
 * anything uses JPA) and its health.
 *
 * <p>If the database cannot be reached at start-up the application still starts: it says so in the
 * log and on the health endpoint, and retries the migration until the database returns. Reference
 * and demo data are loaded by observers of {@link nl.wijkzicht.database.DatabaseReady}.
 */
package nl.wijkzicht.database;
