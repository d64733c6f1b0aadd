package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wijkzicht.framework.control.FrameworkDiff;
import nl.wijkzicht.framework.control.FrameworkDiff.Change;
import nl.wijkzicht.framework.control.FrameworkDiff.ChangeKind;
import nl.wijkzicht.framework.control.FrameworkDiff.Element;
import nl.wijkzicht.framework.control.FrameworkDiff.Field;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import org.junit.jupiter.api.Test;

class FrameworkDiffTest {

  private static final String BASE = "src/test/resources/frameworks/valid/minimaal/1.0.yaml";

  @Test
  void aVersionComparedWithItselfHasNoChanges() throws IOException {
    FrameworkDefinition framework = read("minimaal/1.0.yaml", Files.readString(Path.of(BASE)));
    assertThat(FrameworkDiff.compare(framework, framework)).isEmpty();
  }

  @Test
  void findsAddedRemovedAndChangedThemesNormsAndQuestions() throws IOException {
    String old = Files.readString(Path.of(BASE));
    // Q2 is the last question of the base file: cut it off.
    String changed =
        old.substring(0, old.indexOf("          - code: Q2"))
                .replace("version: \"1.0\"", "version: \"1.1\"")
                .replace("title: {nl: Norm een}", "title: {nl: \"Norm een, herschreven\"}")
                .replace("roles: [huisarts]", "roles: [huisarts, poh]")
            + """
          - code: T2
            title: {nl: Thema twee}
            norms:
              - code: N2
                title: {nl: Nieuwe norm}
                level: area
                weight: 2
                questions:
                  - code: Q3
                    text: {nl: Nieuwe vraag?}
                    roles: [wijkverpleegkundige]
                    type: yes_no
        """;
    FrameworkDefinition from = read("minimaal/1.0.yaml", old);
    FrameworkDefinition to = read("minimaal/1.1.yaml", changed);

    List<Change> changes = FrameworkDiff.compare(from, to);

    assertThat(changes)
        .extracting(c -> c.kind() + " " + c.element() + " " + c.code())
        .containsExactlyInAnyOrder(
            "CHANGED NORM N1",
            "CHANGED QUESTION Q1",
            "REMOVED QUESTION Q2",
            "ADDED THEME T2",
            "ADDED NORM N2",
            "ADDED QUESTION Q3");
    assertThat(find(changes, "N1").fields()).containsExactly(Field.TITLE);
    assertThat(find(changes, "N1").before().nl()).isEqualTo("Norm een");
    assertThat(find(changes, "N1").after().nl()).isEqualTo("Norm een, herschreven");
    assertThat(find(changes, "Q1").fields()).containsExactly(Field.ROLES);
    assertThat(find(changes, "Q2").parent()).isEqualTo("N1");
    assertThat(find(changes, "N2").parent()).isEqualTo("T2");
  }

  @Test
  void findsChangedScaleAndRule() throws IOException {
    String old = Files.readString(Path.of(BASE));
    String changed =
        old.replace(
                "label: {nl: Matig}, colour: \"#f4a300\"",
                "label: {nl: Matig}, colour: \"#ff9800\"")
            .replace("{from: 63, to: 87, level: redelijk}", "{from: 63, to: 85, level: redelijk}")
            .replace("{from: 88, to: 100, level: goed}", "{from: 86, to: 100, level: goed}");
    List<Change> changes =
        FrameworkDiff.compare(read("minimaal/1.0.yaml", old), read("minimaal/1.0.yaml", changed));
    assertThat(changes)
        .extracting(c -> c.element() + " " + c.fields())
        .containsExactlyInAnyOrder("FRAMEWORK [BANDS]", "LEVEL [COLOUR]");
    assertThat(changes).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED));
    assertThat(changes)
        .filteredOn(c -> c.element() == Element.LEVEL)
        .singleElement()
        .satisfies(c -> assertThat(c.code()).isEqualTo("matig"));
  }

  private static Change find(List<Change> changes, String code) {
    return changes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private static FrameworkDefinition read(String name, String text) {
    FrameworkReadResult result = FrameworkYamlReader.read(name, text);
    assertThat(result.problems()).as(name).isEmpty();
    return result.definition();
  }
}
