package nl.wijkzicht.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One recovery code of an account, stored only as a password hash; used at most once. */
@Entity
@Cacheable(false)
@Table(name = "recovery_code")
@NamedQuery(
    name = RecoveryCode.UNUSED_OF,
    query =
        "select c from RecoveryCode c where c.userId = :userId and c.usedAt is null order by c.id")
@NamedQuery(
    name = RecoveryCode.DELETE_OF,
    query = "delete from RecoveryCode c where c.userId = :userId")
public class RecoveryCode implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String UNUSED_OF = "RecoveryCode.unusedOf";
  public static final String DELETE_OF = "RecoveryCode.deleteOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "code_hash", nullable = false, length = 400)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {
    // For JPA.
  }

  public RecoveryCode(long userId, String codeHash) {
    this.userId = userId;
    this.codeHash = Objects.requireNonNull(codeHash);
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
