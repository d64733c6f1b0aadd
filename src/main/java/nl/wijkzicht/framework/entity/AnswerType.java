package nl.wijkzicht.framework.entity;

import java.util.Arrays;
import java.util.Optional;

/** How a question is answered. Choice types need options; a scale needs min and max. */
public enum AnswerType {
  OPEN,
  YES_NO,
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  SCALE,
  NUMBER;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  public static Optional<AnswerType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
