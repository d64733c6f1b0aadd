package nl.wijkzicht.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A norm (the statement that is rated) of one framework version; findings will refer to it. */
@Entity
@Table(name = "framework_norm")
public class FrameworkNorm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private FrameworkTheme theme;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "title_nl", nullable = false, length = 300)
  private String titleNl;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Lob
  @Column(name = "guidance_nl")
  private String guidanceNl;

  @Lob
  @Column(name = "guidance_en")
  private String guidanceEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "norm_level", nullable = false, length = 10)
  private NormLevel level;

  @Column(name = "weight")
  private Integer weight;

  @OneToMany(mappedBy = "norm", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkQuestion> questions = new ArrayList<>();

  protected FrameworkNorm() {
    // For JPA.
  }

  FrameworkNorm(FrameworkTheme theme, int position, FrameworkDefinition.NormDefinition norm) {
    this.theme = theme;
    this.position = position;
    this.code = norm.code();
    this.titleNl = norm.title().nl();
    this.titleEn = norm.title().en();
    if (norm.guidance() != null) {
      this.guidanceNl = norm.guidance().nl();
      this.guidanceEn = norm.guidance().en();
    }
    this.level = norm.level();
    this.weight = norm.weight();
    norm.questions()
        .forEach(
            question -> questions.add(new FrameworkQuestion(this, questions.size(), question)));
  }

  public Long getId() {
    return id;
  }

  public FrameworkTheme getTheme() {
    return theme;
  }

  public LocalizedText getGuidance() {
    return new LocalizedText(guidanceNl == null ? "" : guidanceNl, guidanceEn);
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getTitle() {
    return new LocalizedText(titleNl, titleEn);
  }

  public NormLevel getLevel() {
    return level;
  }

  public Integer getWeight() {
    return weight;
  }

  public List<FrameworkQuestion> getQuestions() {
    return questions;
  }
}
