package nl.wijkzicht.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkzicht.fieldwork.control.FindingChanges;
import nl.wijkzicht.fieldwork.control.FindingChanges.Change;
import nl.wijkzicht.fieldwork.control.FindingChanges.State;
import org.junit.jupiter.api.Test;

class FindingChangesTest {

  private static final State BEFORE =
      new State("voldoet_niet", "Geen overleg.", List.of("Waarneming: geen agenda"));

  @Test
  void nothingChangedIsNoHistory() {
    assertThat(FindingChanges.between(BEFORE, BEFORE)).isEmpty();
    assertThat(
            FindingChanges.between(
                BEFORE,
                new State(
                    "voldoet_niet", "Geen overleg.\r\n  ", List.of("Waarneming: geen agenda"))))
        .as("trailing space and line ends are no change")
        .isEmpty();
  }

  @Test
  void eachChangedFieldIsOneRowWithBeforeAndAfter() {
    State after =
        new State(
            "voldoet_grotendeels",
            "Er is maandelijks overleg.",
            List.of("Waarneming: geen agenda", "Document: notulen MDO"));
    assertThat(FindingChanges.between(BEFORE, after))
        .containsExactly(
            new Change("RATING", "voldoet_niet", "voldoet_grotendeels"),
            new Change("MOTIVATION", "Geen overleg.", "Er is maandelijks overleg."),
            new Change(
                "EVIDENCE",
                "Waarneming: geen agenda",
                "Waarneming: geen agenda\nDocument: notulen MDO"));
  }

  @Test
  void aNewFindingHasNoBefore() {
    State none = new State(null, null, List.of());
    assertThat(FindingChanges.between(none, BEFORE))
        .extracting(Change::field, Change::before)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RATING", null),
            org.assertj.core.groups.Tuple.tuple("MOTIVATION", null),
            org.assertj.core.groups.Tuple.tuple("EVIDENCE", ""));
  }

  @Test
  void evidenceLinesNameKindSourceAndText() {
    assertThat(FindingChanges.evidenceLine("Antwoord", "HA-01 · CC.1.a", " ja "))
        .isEqualTo("Antwoord HA-01 · CC.1.a: ja");
    assertThat(FindingChanges.evidenceLine("Waarneming", null, "")).isEqualTo("Waarneming");
  }
}
