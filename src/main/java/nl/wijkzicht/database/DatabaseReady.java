package nl.wijkzicht.database;

/** CDI event fired once the schema is migrated: reference and demo data may be loaded now. */
public record DatabaseReady(String schemaVersion) {}
