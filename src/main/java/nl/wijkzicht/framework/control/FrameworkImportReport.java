package nl.wijkzicht.framework.control;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of importing a set of framework files: where they came from and one result per file.
 */
public record FrameworkImportReport(String source, List<FrameworkImportResult> results)
    implements Serializable {

  public FrameworkImportReport {
    results = List.copyOf(results);
  }

  public long count(FrameworkImportResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  public boolean hasRefusals() {
    return results.stream().anyMatch(FrameworkImportResult::isRefused);
  }
}
