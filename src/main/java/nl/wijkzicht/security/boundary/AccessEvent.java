package nl.wijkzicht.security.boundary;

import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/**
 * One access to record (NEN 7513): what was done to which object, built with names instead of
 * positional nulls, e.g. {@code AccessEvent.of(READ, "Interview", id).provider(p).area(code)} or
 * {@code AccessEvent.of(UPDATE, "Visit", id).denied()}. Allowed unless said otherwise. The actor,
 * time and address are added by {@link AccessLogService#record}.
 */
public record AccessEvent(
    AccessAction action,
    String objectType,
    String objectId,
    Long providerId,
    String areaCode,
    AccessOutcome outcome,
    String detail) {

  /** An allowed access to an object ({@code objectId} null: none, e.g. a search or a refusal). */
  public static AccessEvent of(AccessAction action, String objectType, Object objectId) {
    return new AccessEvent(
        action,
        objectType,
        objectId == null ? null : objectId.toString(),
        null,
        null,
        AccessOutcome.ALLOWED,
        null);
  }

  /** The care provider whose data it concerns (so a provider's own accesses can be listed). */
  public AccessEvent provider(Long id) {
    return new AccessEvent(action, objectType, objectId, id, areaCode, outcome, detail);
  }

  /** The municipality or district code the data concerns. */
  public AccessEvent area(String code) {
    return new AccessEvent(action, objectType, objectId, providerId, code, outcome, detail);
  }

  /** Free text: what exactly (a question code, a filter, the reason of a refusal). */
  public AccessEvent detail(String text) {
    return new AccessEvent(action, objectType, objectId, providerId, areaCode, outcome, text);
  }

  public AccessEvent outcome(AccessOutcome result) {
    return new AccessEvent(action, objectType, objectId, providerId, areaCode, result, detail);
  }

  /** Refused: the user lacks the right. */
  public AccessEvent denied() {
    return outcome(AccessOutcome.DENIED);
  }

  /** Tried but not done (unknown id, stale version, a rule broken). */
  public AccessEvent failed() {
    return outcome(AccessOutcome.FAILED);
  }
}
