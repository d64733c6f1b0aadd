package nl.wijkzicht.area.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;

/**
 * The rules a region's own fields must meet, checked before anything is looked up in the database:
 * a name (at most {@link Region#NAME_LENGTH} characters), a kind, a description of at most {@link
 * Region#DESCRIPTION_LENGTH} characters, and at least one municipality. Uniqueness of the name and
 * the existence of the municipalities are checked by the service.
 */
public final class RegionRules {

  public static final String NAME = "name";
  public static final String KIND = "kind";
  public static final String DESCRIPTION = "description";
  public static final String MUNICIPALITIES = "municipalities";

  private RegionRules() {}

  /** The name as stored: without surrounding white space; empty for null. */
  public static String name(String name) {
    return name == null ? "" : name.strip();
  }

  /** The description as stored: stripped, null when empty. */
  public static String description(String description) {
    String stripped = description == null ? "" : description.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Every problem of these fields at once; empty when all is well. */
  public static List<FieldProblem> check(
      String name, RegionKind kind, String description, Collection<Long> municipalityIds) {
    List<FieldProblem> problems = new ArrayList<>();
    String stripped = name(name);
    if (stripped.isEmpty()) {
      problems.add(new FieldProblem(NAME, "region.name.required", List.of()));
    } else if (stripped.length() > Region.NAME_LENGTH) {
      problems.add(
          new FieldProblem(
              NAME, "region.name.too_long", List.of(String.valueOf(Region.NAME_LENGTH))));
    }
    if (kind == null) {
      problems.add(new FieldProblem(KIND, "region.kind.required", List.of()));
    }
    String text = description(description);
    if (text != null && text.length() > Region.DESCRIPTION_LENGTH) {
      problems.add(
          new FieldProblem(
              DESCRIPTION,
              "region.description.too_long",
              List.of(String.valueOf(Region.DESCRIPTION_LENGTH))));
    }
    if (municipalityIds == null || municipalityIds.isEmpty()) {
      problems.add(new FieldProblem(MUNICIPALITIES, "region.municipalities.none", List.of()));
    }
    return problems;
  }
}
