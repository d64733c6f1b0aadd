package nl.wijkzicht.study.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a coordinator fills in to create a study. */
public record StudyDraft(
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    Long frameworkVersionId,
    List<AreaChoice> areas,
    List<Long> inspectorIds)
    implements Serializable {

  /** A municipality (CBS code GMxxxx), optionally one district in it (WKxxxxxx and its name). */
  public record AreaChoice(String cbsCode, String districtCode, String districtName)
      implements Serializable {}
}
