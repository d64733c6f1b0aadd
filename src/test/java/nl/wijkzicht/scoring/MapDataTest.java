package nl.wijkzicht.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wijkzicht.framework.entity.LocalizedText;
import nl.wijkzicht.framework.entity.RollUpRule;
import nl.wijkzicht.scoring.boundary.StudyScores;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaRef;
import nl.wijkzicht.scoring.boundary.StudyScores.AreaResult;
import nl.wijkzicht.scoring.boundary.StudyScores.GroupResult;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeRef;
import nl.wijkzicht.scoring.boundary.StudyScores.ThemeResult;
import nl.wijkzicht.scoring.control.Outcome;
import nl.wijkzicht.scoring.control.RollUp;
import nl.wijkzicht.scoring.control.ScoreScale;
import nl.wijkzicht.scoring.view.MapBoundaries;
import nl.wijkzicht.scoring.view.MapData;
import nl.wijkzicht.scoring.view.MapRow;
import org.junit.jupiter.api.Test;

/** What the map and its table show of a study's results, and the boundary file as served. */
public class MapDataTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  private static final ThemeRef THEME =
      new ThemeRef(7, "T1", new LocalizedText("Samenwerking", "Cooperation"));

  /** A two-area study with one theme (also used by ScoreCacheTest). */
  public static StudyScores scores() {
    RollUp rollUp =
        new RollUp(
            new ScoreScale(
                RollUpRule.WEIGHTED_PERCENTAGE,
                List.of(RollUpTest.V, RollUpTest.VG, RollUpTest.VGN, RollUpTest.VN),
                RollUpTest.NB,
                RollUpTest.BANDS));
    // Houten: 2 "voldoet grotendeels" and 1 "voldoet niet" of 4 places: 7 of 12 points = 58.33 %.
    Outcome houten = rollUp.ofFindings(Map.of("voldoet_grotendeels", 2, "voldoet_niet", 1), 1);
    // Utrecht-Overvecht: 77 of 100 points in the area's outcome, nothing in the theme.
    Outcome overvecht = rollUp.ofFindings(Map.of("voldoet_grotendeels", 1), 0);
    Outcome nothing = rollUp.ofFindings(Map.of(), 2);
    AreaRef houtenRef = new AreaRef(11, "GM0321", "Houten", "", "", "Utrecht");
    AreaRef overvechtRef = new AreaRef(12, "GM0344", "Utrecht", "WK034403", "Overvecht", "Utrecht");
    return new StudyScores(
        5,
        "Test <studie>",
        new LocalizedText("Kader", null),
        "1.0",
        rollUp.scale(),
        List.of(THEME),
        List.of(
            new AreaResult(houtenRef, houten, List.of(new ThemeResult(THEME, houten, List.of()))),
            new AreaResult(
                overvechtRef, overvecht, List.of(new ThemeResult(THEME, nothing, List.of())))),
        new GroupResult("study", "Test", "STUDY", List.of(11L, 12L), houten, Map.of()),
        List.of());
  }

  @Test
  void aThemesRowsCarryLevelColourPercentageCoverageAndTheExplainLink() {
    MapData data = new MapData(scores(), THEME, NL, "/ctx");
    MapRow houten = data.rows().get(0);
    assertThat(houten.levelCode()).isEqualTo("voldoet_grotendeels_niet");
    assertThat(houten.levelLabel()).isEqualTo("Voldoet grotendeels niet");
    assertThat(houten.colour()).isEqualTo("#f4a300");
    assertThat(houten.percentage()).isEqualTo("58.33");
    assertThat(houten.percentageText()).isEqualTo("58,3 %");
    assertThat(houten.assessed()).isEqualTo(3);
    assertThat(houten.expected()).isEqualTo(4);
    assertThat(houten.coverageText()).isEqualTo("3 van 4 (75 %)");
    assertThat(houten.href()).isEqualTo("/ctx/study/explain.xhtml?study=5&area=11&theme=7");
    assertThat(houten.summary())
        .isEqualTo("Houten: Voldoet grotendeels niet, 58,3 %, dekking 3 van 4 (75 %)");

    MapRow overvecht = data.rows().get(1);
    assertThat(overvecht.isDistrict()).isTrue();
    assertThat(overvecht.code()).isEqualTo("WK034403");
    assertThat(overvecht.label()).isEqualTo("Utrecht-Overvecht");
    assertThat(overvecht.hasResult()).isFalse();
    assertThat(overvecht.levelLabel()).isEqualTo("Geen uitkomst");
    assertThat(overvecht.colour()).isEqualTo(MapData.NO_RESULT_COLOUR);
    assertThat(overvecht.percentageText()).isEqualTo("–");
    assertThat(overvecht.rank()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void withoutAThemeTheAreasOverallResultCountsInEnglishToo() {
    MapData data = new MapData(scores(), null, Locale.ENGLISH, "");
    MapRow overvecht = data.rows().get(1);
    assertThat(overvecht.levelLabel()).isEqualTo("Voldoet grotendeels");
    assertThat(overvecht.percentageText()).isEqualTo("75%");
    assertThat(overvecht.coverageText()).isEqualTo("1 of 1 (100%)");
    assertThat(overvecht.href()).isEqualTo("/study/explain.xhtml?study=5&area=12");
  }

  @Test
  void theJsonIsValidAndEscapesWhatCouldBreakOutOfIt() {
    String json = new MapData(scores(), THEME, NL, "").toJson();
    assertThat(json)
        .startsWith("{\"study\":5,\"theme\":7,\"themeTitle\":\"Samenwerking\"")
        .contains(
            "{\"code\":\"voldoet\",\"label\":\"Voldoet\",\"colour\":\"#2e7d32\"}",
            "\"code\":\"GM0321\",\"municipality\":\"GM0321\",\"district\":\"\"",
            "\"level\":\"voldoet_grotendeels_niet\"",
            "\"percentage\":\"58.33\"",
            "\"coverage\":{\"assessed\":3,\"expected\":4,\"percent\":75,",
            "\"code\":\"WK034403\",\"municipality\":\"GM0344\",\"district\":\"WK034403\"",
            "\"level\":null")
        .doesNotContain("<", ">");
    assertThat(jsonBalanced(json)).isTrue();
  }

  /** Brackets balance outside strings: a cheap check that the hand-written JSON is well formed. */
  private static boolean jsonBalanced(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return depth == 0 && !inString;
  }

  @Test
  void theBoundariesAreServedSmallerWithTheNamesShownElsewhere() throws IOException {
    String raw;
    try (InputStream in = MapBoundaries.class.getResourceAsStream(MapBoundaries.RESOURCE)) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String slim = MapBoundaries.slim(raw);
    assertThat(slim.length()).isLessThan(raw.length() * 2 / 3);
    assertThat(Pattern.compile("\\d\\.\\d{4}").matcher(slim).find()).isFalse();
    assertThat(Pattern.compile("\"gemeenteCode\":\"GM\\d{4}\"").matcher(slim).results().count())
        .isEqualTo(342);
    assertThat(slim)
        .contains("\"gemeenteNaam\":\"Den Haag\"", "\"gemeenteNaam\":\"Bergen (NH.)\"")
        .contains("\"gemeenteNaam\":\"Groningen\"", "\"gemeenteNaam\":\"'s-Hertogenbosch\"")
        .doesNotContain("(gemeente)", "Gravenhage", "\n");
    assertThat(jsonBalanced(slim)).isTrue();
  }
}
