package nl.wijkzicht.report.control;

import java.util.Locale;

// TEMPORARY until H1/H2 merge: the real ReportTexts comes from report-pdf (H2).
/** The texts of a report in one language: a bundle key with MessageFormat arguments. */
@FunctionalInterface
public interface ReportTexts {

  String text(String key, Object... args);

  /** Over the messages bundle in {@code locale}. */
  static ReportTexts of(Locale locale) {
    return (key, args) -> nl.wijkzicht.web.Messages.text(locale, key, args);
  }
}
