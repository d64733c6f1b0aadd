package nl.wijkzicht.framework.control;

import java.io.Serializable;
import java.util.List;

/**
 * What happened to one framework file on import. {@code code}/{@code version} are null when the
 * file could not be read far enough to know them.
 */
public record FrameworkImportResult(
    String file, Status status, String code, String version, List<FrameworkProblem> problems)
    implements Serializable {

  /** The outcome; the page shows it through the bundle key FrameworkImportResult.Status.X. */
  public enum Status {
    /** A new version, stored beside the older ones. */
    IMPORTED,
    /** This version is already stored with exactly this content. */
    UNCHANGED,
    /** The file has problems; nothing of it is stored, earlier versions stay in use. */
    INVALID,
    /** This version is already stored with other content: raise the version. */
    REFUSED_CHANGED,
    /** As REFUSED_CHANGED, and a study has used this version. */
    REFUSED_IN_USE
  }

  public FrameworkImportResult {
    problems = List.copyOf(problems);
  }

  public boolean isRefused() {
    return status == Status.INVALID
        || status == Status.REFUSED_CHANGED
        || status == Status.REFUSED_IN_USE;
  }
}
