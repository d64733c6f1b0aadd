package nl.wijkzicht.scoring.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.ScoreScale;

/**
 * A study's results at every level, from one set of grouped queries: each area with its themes and
 * their norms, each region the study touches, the study as a whole, and per theme over the whole
 * study. The dashboard, the map and the explain page all read this, so they show the same numbers.
 */
public record StudyScores(
    long studyId,
    String title,
    LocalizedText frameworkTitle,
    String frameworkVersion,
    ScoreScale scale,
    List<ThemeRef> themes,
    List<AreaResult> areas,
    GroupResult study,
    List<GroupResult> regions)
    implements Serializable {

  public record ThemeRef(long id, String code, LocalizedText title) implements Serializable {}

  public record NormRef(
      long id, String code, LocalizedText title, long themeId, NormLevel level, int weight)
      implements Serializable {}

  /** A study area: a municipality, or a district of one ("Utrecht-Overvecht"). */
  public record AreaRef(
      long id,
      String municipalityCode,
      String municipalityName,
      String districtCode,
      String districtName,
      String province)
      implements Serializable {

    public boolean isDistrict() {
      return !districtCode.isEmpty();
    }

    public String label() {
      return isDistrict() ? municipalityName + "-" + districtName : municipalityName;
    }

    /** The area's CBS code: GM0344, or WK034403 for a district. */
    public String code() {
      return isDistrict() ? districtCode : municipalityCode;
    }
  }

  public record NormResult(NormRef norm, Outcome outcome) implements Serializable {}

  public record ThemeResult(ThemeRef theme, Outcome outcome, List<NormResult> norms)
      implements Serializable {}

  public record AreaResult(AreaRef area, Outcome outcome, List<ThemeResult> themes)
      implements Serializable {

    public ThemeResult theme(long themeId) {
      return themes.stream().filter(t -> t.theme().id() == themeId).findFirst().orElseThrow();
    }

    public Optional<NormResult> norm(long normId) {
      return themes.stream()
          .flatMap(t -> t.norms().stream())
          .filter(n -> n.norm().id() == normId)
          .findFirst();
    }
  }

  /**
   * A result over several areas: a region (its name and kind) or the whole study; per theme and
   * overall.
   */
  public record GroupResult(
      String key,
      String name,
      String kind,
      List<Long> areaIds,
      Outcome outcome,
      Map<Long, Outcome> themes)
      implements Serializable {}

  public Optional<AreaResult> area(long areaId) {
    return areas.stream().filter(a -> a.area().id() == areaId).findFirst();
  }

  public Optional<GroupResult> region(String key) {
    return regions.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public Optional<ThemeRef> theme(long themeId) {
    return themes.stream().filter(t -> t.id() == themeId).findFirst();
  }
}
