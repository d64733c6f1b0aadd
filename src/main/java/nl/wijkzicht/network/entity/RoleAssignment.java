package nl.wijkzicht.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One provider filling one care role in an area ("wie doet wat"). */
@Embeddable
public class RoleAssignment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_role", nullable = false, length = 40)
  private CareRole role;

  @Column(name = "provider_id", nullable = false)
  private long providerId;

  protected RoleAssignment() {
    // For JPA.
  }

  public RoleAssignment(CareRole role, long providerId) {
    this.role = Objects.requireNonNull(role);
    this.providerId = providerId;
  }

  public CareRole getRole() {
    return role;
  }

  public long getProviderId() {
    return providerId;
  }
}
