package nl.wijkzicht.study.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator fills in to create or change a study; {@code replyWorkingDays} is the
 * providers' reply period in working days (null: the default, 10).
 */
public record StudyDraft(
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    Long frameworkVersionId,
    List<AreaChoice> areas,
    List<Long> inspectorIds,
    Integer replyWorkingDays,
    Integer minCellSize)
    implements Serializable {

  /**
   * A draft with a reply period and the default minimum cell size (null: the default, 5; issue 16).
   */
  public StudyDraft(
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      Long frameworkVersionId,
      List<AreaChoice> areas,
      List<Long> inspectorIds,
      Integer replyWorkingDays) {
    this(title, startsOn, endsOn, frameworkVersionId, areas, inspectorIds, replyWorkingDays, null);
  }

  /** A draft with the default reply period. */
  public StudyDraft(
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      Long frameworkVersionId,
      List<AreaChoice> areas,
      List<Long> inspectorIds) {
    this(title, startsOn, endsOn, frameworkVersionId, areas, inspectorIds, null, null);
  }

  /** A municipality (CBS code GMxxxx), optionally one district in it (WKxxxxxx and its name). */
  public record AreaChoice(String cbsCode, String districtCode, String districtName)
      implements Serializable {}
}
