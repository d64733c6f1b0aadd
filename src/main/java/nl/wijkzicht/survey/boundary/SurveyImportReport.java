package nl.wijkzicht.survey.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a survey CSV import: how many responses and answers were stored, or every problem
 * with its line and column (then nothing was stored).
 */
public record SurveyImportReport(int responses, int answers, char separator, List<Line> problems)
    implements Serializable {

  /** A problem: line (1 = the header), column (header name, null for the line), i18n key, args. */
  public record Line(long line, String column, String key, List<Object> arguments)
      implements Serializable {}

  public boolean isImported() {
    return problems.isEmpty();
  }
}
