package nl.wijkzicht.framework.entity;

import java.io.Serializable;
import java.util.Locale;

/** A text of a framework in Dutch (always present) and English (optional). */
public record LocalizedText(String nl, String en) implements Serializable {

  public static final LocalizedText EMPTY = new LocalizedText("", null);

  /** The text in the given language; Dutch when there is no English text. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nl;
  }

  public boolean isEmpty() {
    return nl == null || nl.isBlank();
  }
}
