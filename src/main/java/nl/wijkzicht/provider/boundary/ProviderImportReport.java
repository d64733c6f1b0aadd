package nl.wijkzicht.provider.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a provider CSV import: what was created, or every problem per line (then nothing
 * was imported).
 */
public record ProviderImportReport(
    int providersCreated, int locationsCreated, int locationsSkipped, List<Line> problems)
    implements Serializable {

  /**
   * A problem in the file: line number, the column it is about (its header name, e.g. {@code agb};
   * null for the line as a whole), i18n key and its arguments.
   */
  public record Line(long line, String column, String key, List<Object> arguments)
      implements Serializable {

    /** A problem of the line as a whole. */
    public Line(long line, String key, List<Object> arguments) {
      this(line, null, key, arguments);
    }
  }

  public boolean isImported() {
    return problems.isEmpty();
  }
}
