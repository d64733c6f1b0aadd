package nl.wijkzicht.scoring.view;

import java.io.Serializable;

/**
 * One study area on the map and in the table beside it: its result for the chosen theme (or
 * overall), as text and as the level's colour from the framework file.
 *
 * @param levelCode null when nothing was assessed (no result)
 * @param rank the level's rank (0 best) for sorting; {@link Integer#MAX_VALUE} without a result
 * @param percentage the exact percentage as text ("75", "38.5"), null when the rule has none
 * @param percentageValue the percentage for sorting, -1 without one
 * @param percentageText the percentage as shown in the session's language ("38,5 %"), "–" without
 */
public record MapRow(
    long areaId,
    String municipalityCode,
    String districtCode,
    String districtName,
    String label,
    String levelCode,
    String levelLabel,
    String colour,
    int rank,
    boolean overridden,
    String percentage,
    double percentageValue,
    String percentageText,
    int assessed,
    int expected,
    int coveragePercent,
    String coverageText,
    String href,
    String summary)
    implements Serializable {

  public boolean isDistrict() {
    return !districtCode.isEmpty();
  }

  public boolean hasResult() {
    return levelCode != null;
  }

  /** The area's CBS code: GM0344, or WK034403 for a district. */
  public String code() {
    return isDistrict() ? districtCode : municipalityCode;
  }
}
