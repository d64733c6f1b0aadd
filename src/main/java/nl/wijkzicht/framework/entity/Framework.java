package nl.wijkzicht.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An audit framework (toetsingskader) by its stable code; its content lives in its versions. */
@Entity
@Table(name = "framework")
@NamedQuery(name = Framework.FIND_BY_CODE, query = "select f from Framework f where f.code = :code")
public class Framework implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_CODE = "Framework.findByCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  protected Framework() {
    // For JPA.
  }

  public Framework(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }
}
