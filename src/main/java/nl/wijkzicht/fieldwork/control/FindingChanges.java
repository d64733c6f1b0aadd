package nl.wijkzicht.fieldwork.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two states of a finding, field by field, as the history keeps it: the rating
 * as its level code, the motivation as text, the evidence as one line per item. Pure, unit-tested.
 */
public final class FindingChanges {

  private FindingChanges() {}

  /** A finding as far as its history is concerned. */
  public record State(String ratingCode, String motivation, List<String> evidence) {
    public State {
      evidence = List.copyOf(evidence);
    }
  }

  /** One changed field: RATING, MOTIVATION or EVIDENCE, with the value before and after. */
  public record Change(String field, String before, String after) {}

  /** The fields that differ, in the order rating, motivation, evidence; empty when none does. */
  public static List<Change> between(State before, State after) {
    List<Change> changes = new ArrayList<>();
    if (!Objects.equals(before.ratingCode(), after.ratingCode())) {
      changes.add(new Change("RATING", before.ratingCode(), after.ratingCode()));
    }
    if (!Objects.equals(normal(before.motivation()), normal(after.motivation()))) {
      changes.add(new Change("MOTIVATION", before.motivation(), after.motivation()));
    }
    if (!before.evidence().equals(after.evidence())) {
      changes.add(
          new Change(
              "EVIDENCE",
              String.join("\n", before.evidence()),
              String.join("\n", after.evidence())));
    }
    return changes;
  }

  /** Line ends and trailing spaces do not make a change. */
  private static String normal(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").strip();
  }

  /**
   * One evidence item as a history line: "Observatie: text", "Antwoord HA-01 · CC.1.a: text" (the
   * words come from the caller, in Dutch: history is stored once, not per language).
   */
  public static String evidenceLine(String kind, String source, String description) {
    String text = description == null ? "" : description.strip();
    String head = source == null || source.isBlank() ? kind : kind + " " + source;
    return text.isEmpty() ? head : head + ": " + text;
  }
}
