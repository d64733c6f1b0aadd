package nl.wijkzicht.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A question of a norm, asked of one or more respondent roles; answers will refer to it. */
@Entity
@Table(name = "framework_question")
public class FrameworkQuestion implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "norm_id", nullable = false)
  private FrameworkNorm norm;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Lob
  @Column(name = "text_nl", nullable = false)
  private String textNl;

  @Lob
  @Column(name = "text_en")
  private String textEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_type", nullable = false, length = 20)
  private AnswerType type;

  @Column(name = "scale_min")
  private Integer min;

  @Column(name = "scale_max")
  private Integer max;

  @ElementCollection
  @CollectionTable(
      name = "framework_question_role",
      joinColumns = @JoinColumn(name = "question_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 40)
  private Set<RespondentRole> roles = EnumSet.noneOf(RespondentRole.class);

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkQuestionOption> options = new ArrayList<>();

  protected FrameworkQuestion() {
    // For JPA.
  }

  FrameworkQuestion(
      FrameworkNorm norm, int position, FrameworkDefinition.QuestionDefinition question) {
    this.norm = norm;
    this.position = position;
    this.code = question.code();
    this.textNl = question.text().nl();
    this.textEn = question.text().en();
    this.type = question.type();
    this.min = question.min();
    this.max = question.max();
    this.roles.addAll(question.roles());
    question
        .options()
        .forEach(option -> options.add(new FrameworkQuestionOption(this, options.size(), option)));
  }

  public Long getId() {
    return id;
  }

  public FrameworkNorm getNorm() {
    return norm;
  }

  public Integer getMin() {
    return min;
  }

  public Integer getMax() {
    return max;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getText() {
    return new LocalizedText(textNl, textEn);
  }

  public AnswerType getType() {
    return type;
  }

  public Set<RespondentRole> getRoles() {
    return roles;
  }

  public List<FrameworkQuestionOption> getOptions() {
    return options;
  }
}
