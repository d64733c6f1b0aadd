package nl.wijkzicht.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An answer option of a choice question. */
@Entity
@Table(name = "framework_question_option")
public class FrameworkQuestionOption implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private FrameworkQuestion question;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "label_nl", nullable = false, length = 300)
  private String labelNl;

  @Column(name = "label_en", length = 300)
  private String labelEn;

  protected FrameworkQuestionOption() {
    // For JPA.
  }

  FrameworkQuestionOption(
      FrameworkQuestion question, int position, FrameworkDefinition.Option option) {
    this.question = question;
    this.position = position;
    this.code = option.code();
    this.labelNl = option.label().nl();
    this.labelEn = option.label().en();
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getLabel() {
    return new LocalizedText(labelNl, labelEn);
  }
}
