package nl.wijkzicht.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One access-log event (NEN 7513): who (user and role), what (action), which object (type, id, the
 * provider and area it concerns), when (UTC), from where (address) and the outcome. Never content.
 * Immutable: the table refuses updates, and deletes before the retention period ends.
 */
@Entity
@Cacheable(
    false) // Changed concurrently by users: see the persistence unit's note on the shared cache.
@Table(name = "access_log")
public class AccessLogEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int DETAIL_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Column(name = "username", nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "role", nullable = false, length = 20, updatable = false)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 20, updatable = false)
  private AccessAction action;

  @Column(name = "object_type", nullable = false, length = 40, updatable = false)
  private String objectType;

  @Column(name = "object_id", length = 60, updatable = false)
  private String objectId;

  @Column(name = "provider_id", updatable = false)
  private Long providerId;

  @Column(name = "area_code", length = 20, updatable = false)
  private String areaCode;

  @Column(name = "address", nullable = false, length = 64, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 10, updatable = false)
  private AccessOutcome outcome;

  @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
  private String detail;

  protected AccessLogEntry() {
    // For JPA.
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  public AccessLogEntry(
      Instant occurredAt,
      Long userId,
      String username,
      String role,
      AccessAction action,
      String objectType,
      String objectId,
      Long providerId,
      String areaCode,
      String address,
      AccessOutcome outcome,
      String detail) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.username = cut(username, 60);
    this.role = role;
    this.action = action;
    this.objectType = cut(objectType, 40);
    this.objectId = cut(objectId, 60);
    this.providerId = providerId;
    this.areaCode = cut(areaCode, 20);
    this.address = cut(address, 64);
    this.outcome = outcome;
    this.detail = cut(detail, DETAIL_LENGTH);
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  /** The same event as a new, unsaved row (to write it again after its transaction rolled back). */
  public AccessLogEntry copy() {
    return new AccessLogEntry(
        occurredAt,
        userId,
        username,
        role,
        action,
        objectType,
        objectId,
        providerId,
        areaCode,
        address,
        outcome,
        detail);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getUserId() {
    return userId;
  }

  public String getUsername() {
    return username;
  }

  public String getRole() {
    return role;
  }

  public AccessAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public Long getProviderId() {
    return providerId;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public String getAddress() {
    return address;
  }

  public AccessOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }
}
