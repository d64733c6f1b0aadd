package nl.wijkzicht.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A care provider organisation. */
@Entity
@Table(name = "care_provider")
@NamedQuery(name = CareProvider.FIND_ALL, query = "select p from CareProvider p order by p.name")
@NamedQuery(name = CareProvider.FIND_BY_NAME, query = "select p from CareProvider p where p.name = :name")
public class CareProvider implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "CareProvider.findAll";
  public static final String FIND_BY_NAME = "CareProvider.findByName";
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ProviderKind kind;

  @Pattern(regexp = "\\d{8}")
  @Column(name = "agb_code", length = 8)
  private String agbCode;

  @Pattern(regexp = "\\d{8}")
  @Column(name = "kvk_number", length = 8)
  private String kvkNumber;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  protected CareProvider() {
    // For JPA.
  }

  public CareProvider(String name, ProviderKind kind, String agbCode, String kvkNumber, boolean demo) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.agbCode = agbCode;
    this.kvkNumber = kvkNumber;
    this.demo = demo;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ProviderKind getKind() {
    return kind;
  }

  public String getAgbCode() {
    return agbCode;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public boolean isDemo() {
    return demo;
  }
}
