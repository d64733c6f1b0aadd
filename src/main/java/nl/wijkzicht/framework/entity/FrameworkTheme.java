package nl.wijkzicht.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A theme of one framework version. */
@Entity
@Table(name = "framework_theme")
public class FrameworkTheme implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_version_id", nullable = false)
  private FrameworkVersion version;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "title_nl", nullable = false, length = 300)
  private String titleNl;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Lob
  @Column(name = "description_nl")
  private String descriptionNl;

  @Lob
  @Column(name = "description_en")
  private String descriptionEn;

  @OneToMany(mappedBy = "theme", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkNorm> norms = new ArrayList<>();

  protected FrameworkTheme() {
    // For JPA.
  }

  FrameworkTheme(
      FrameworkVersion version, int position, FrameworkDefinition.ThemeDefinition theme) {
    this.version = version;
    this.position = position;
    this.code = theme.code();
    this.titleNl = theme.title().nl();
    this.titleEn = theme.title().en();
    if (theme.description() != null) {
      this.descriptionNl = theme.description().nl();
      this.descriptionEn = theme.description().en();
    }
    theme.norms().forEach(norm -> norms.add(new FrameworkNorm(this, norms.size(), norm)));
  }

  public FrameworkVersion getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getTitle() {
    return new LocalizedText(titleNl, titleEn);
  }

  public List<FrameworkNorm> getNorms() {
    return norms;
  }
}
