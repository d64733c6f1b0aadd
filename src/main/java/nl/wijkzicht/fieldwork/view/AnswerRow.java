package nl.wijkzicht.fieldwork.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;

/**
 * The screen state of one question on the interview page: what the user typed and the version it is
 * based on. Its state is package-private: {@link InterviewBacking} fills and reads it.
 */
public class AnswerRow implements Serializable {
  private static final long serialVersionUID = 1L;

  final long questionId;
  final String themeTitle;
  final String normCode;
  final String normTitle;
  final String code;
  final String text;
  final AnswerType type;
  final List<Option> options;
  final Integer min;
  final Integer max;
  String value;
  List<String> chosen = new ArrayList<>();
  String note;
  Long version;
  Instant savedAt;
  String savedBy;
  String error;
  String theirValue;
  String theirNote;
  String theirName;
  boolean firstOfTheme;
  String savedNote;
  boolean firstOfNorm;

  AnswerRow(FrameworkQuestion q, Locale locale) {
    this.questionId = q.getId();
    this.themeTitle =
        q.getNorm().getTheme().getCode() + " " + q.getNorm().getTheme().getTitle().in(locale);
    this.normCode = q.getNorm().getCode();
    this.normTitle = q.getNorm().getTitle().in(locale);
    this.code = q.getCode();
    this.text = q.getText().in(locale);
    this.type = q.getType();
    this.options =
        q.getOptions().stream().map(o -> new Option(o.getCode(), label(o, locale))).toList();
    this.min = q.getMin();
    this.max = q.getMax();
  }

  private static String label(FrameworkQuestionOption option, Locale locale) {
    return option.getLabel().in(locale);
  }

  void show(InterviewAnswer answer) {
    if (answer == null) {
      return;
    }
    value = answer.getValue();
    chosen = value == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(value.split(",")));
    note = answer.getNote();
    savedNote = note;
    version = answer.getVersion();
    savedAt = answer.getUpdatedAt();
    savedBy = answer.getUpdatedBy();
  }

  String submittedValue() {
    return type == AnswerType.MULTIPLE_CHOICE ? String.join(",", chosen) : value;
  }

  public boolean isAnswered() {
    return (value != null && !value.isBlank())
        || (note != null && !note.isBlank())
        || (chosen != null && !chosen.isEmpty());
  }

  /** The note as the server last saved it; the page script drops its copy once this matches. */
  public String getSavedNote() {
    return savedNote == null ? "" : savedNote;
  }

  public boolean isFirstOfTheme() {
    return firstOfTheme;
  }

  public boolean isFirstOfNorm() {
    return firstOfNorm;
  }

  public long getQuestionId() {
    return questionId;
  }

  public String getThemeTitle() {
    return themeTitle;
  }

  public String getNormCode() {
    return normCode;
  }

  public String getNormTitle() {
    return normTitle;
  }

  public String getCode() {
    return code;
  }

  public String getText() {
    return text;
  }

  public String getType() {
    return type.name();
  }

  public List<Option> getOptions() {
    return options;
  }

  public Integer getMin() {
    return min;
  }

  public Integer getMax() {
    return max;
  }

  public List<Integer> getScale() {
    List<Integer> steps = new ArrayList<>();
    for (int i = min == null ? 1 : min; i <= (max == null ? 5 : max); i++) {
      steps.add(i);
    }
    return steps;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : chosen;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getVersion() {
    return version;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  /** The time of the last save, in Dutch time. */
  public String getSavedTime() {
    return savedAt == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(java.time.ZoneId.of("Europe/Amsterdam"))
            .format(savedAt);
  }

  public String getSavedBy() {
    return savedBy;
  }

  public String getError() {
    return error;
  }

  public boolean isConflict() {
    return theirName != null;
  }

  public String getTheirValue() {
    return theirValue;
  }

  public String getTheirNote() {
    return theirNote;
  }

  public String getTheirName() {
    return theirName;
  }

  /** A choice option: its code and its label in the user's language. */
  public record Option(String code, String label) implements Serializable {}
}
