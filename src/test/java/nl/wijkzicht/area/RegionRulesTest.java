package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.area.control.RegionRules;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;
import org.junit.jupiter.api.Test;

class RegionRulesTest {

  @Test
  void acceptsACompleteRegion() {
    assertThat(RegionRules.check("GGD Utrecht", RegionKind.GGD, null, List.of(1L))).isEmpty();
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    assertThat(RegionRules.check("   ", null, "", List.of()))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "region.name.required"),
            org.assertj.core.groups.Tuple.tuple("kind", "region.kind.required"),
            org.assertj.core.groups.Tuple.tuple("municipalities", "region.municipalities.none"));
    assertThat(RegionRules.check(null, RegionKind.OTHER, null, null))
        .extracting(FieldProblem::key)
        .containsExactly("region.name.required", "region.municipalities.none");
  }

  @Test
  void limitsNameAndDescriptionLengthAfterStripping() {
    String longestName = "n".repeat(Region.NAME_LENGTH);
    assertThat(
            RegionRules.check(
                " " + longestName + " ",
                RegionKind.GGD,
                " " + "d".repeat(Region.DESCRIPTION_LENGTH) + " ",
                List.of(1L)))
        .isEmpty();
    assertThat(
            RegionRules.check(
                longestName + "n",
                RegionKind.GGD,
                "d".repeat(Region.DESCRIPTION_LENGTH + 1),
                List.of(1L)))
        .containsExactly(
            new FieldProblem("name", "region.name.too_long", List.of("120")),
            new FieldProblem("description", "region.description.too_long", List.of("500")));
  }

  @Test
  void storesStrippedTextAndNoEmptyDescription() {
    assertThat(RegionRules.name("  GGD  ")).isEqualTo("GGD");
    assertThat(RegionRules.name(null)).isEmpty();
    assertThat(RegionRules.description("  ")).isNull();
    assertThat(RegionRules.description(" tekst ")).isEqualTo("tekst");
  }
}
