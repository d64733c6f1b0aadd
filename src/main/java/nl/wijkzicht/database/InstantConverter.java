package nl.wijkzicht.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} in a DATETIME(3) column as UTC: JPA 3.1 (EclipseLink 4) has no built-in
 * mapping for it and would otherwise serialise the object into the column.
 *
 * <p>The value crosses JDBC as a {@link Timestamp}, which is an instant; the connection renders it
 * in UTC and reads DATETIME back as UTC ({@link UtcMariaDbDataSource}), so the stored value does
 * not depend on the JVM's or the server's time zone. Not a {@code LocalDateTime} in UTC:
 * EclipseLink binds that as {@code Timestamp.valueOf(localDateTime)}, i.e. in the JVM's zone, which
 * moves a UTC time that falls in the JVM zone's spring-forward gap by an hour.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
