package nl.wijkzicht.study.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * One visit as a table or calendar shows it: read by {@link VisitService#rows} in two queries for
 * any number of visits (the visits with area and location, then their inspectors), instead of
 * loading every visit with its inspectors and status history.
 *
 * @param areaLabel "Houten", or "Utrecht-Overvecht" for a district
 * @param inspectorIds the assigned inspectors, for the "only mine" filter
 * @param inspectors their display names, in the order shown
 */
public record VisitRow(
    long id,
    long version,
    LocalDate date,
    VisitStatus status,
    long areaId,
    String areaLabel,
    String providerName,
    String locationName,
    List<Long> inspectorIds,
    List<String> inspectors)
    implements Serializable {

  /** The inspectors' names as one line: "An de Vries, Piet Jansen". */
  public String getInspectorNames() {
    return String.join(", ", inspectors);
  }
}
