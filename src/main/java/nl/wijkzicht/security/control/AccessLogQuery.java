package nl.wijkzicht.security.control;

import java.time.Instant;
import java.util.Optional;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/** Filters for searching the access log; every field optional. */
public record AccessLogQuery(
    Optional<String> username,
    Optional<AccessAction> action,
    Optional<AccessOutcome> outcome,
    Optional<String> objectType,
    Optional<String> objectId,
    Optional<Long> providerId,
    Optional<Instant> from,
    Optional<Instant> until) {

  public static AccessLogQuery all() {
    return new AccessLogQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public AccessLogQuery {
    username = username.map(String::strip).filter(s -> !s.isEmpty());
    objectType = objectType.map(String::strip).filter(s -> !s.isEmpty());
    objectId = objectId.map(String::strip).filter(s -> !s.isEmpty());
  }
}
