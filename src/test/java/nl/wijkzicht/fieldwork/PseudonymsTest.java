package nl.wijkzicht.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.framework.entity.RespondentRole;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

  @Test
  void numbersFollowTheHighestUsedOneWithTheSamePrefix() {
    assertThat(Pseudonyms.next("HA", List.of())).isEqualTo("HA-01");
    assertThat(Pseudonyms.next("HA", List.of("HA-01", "HA-07", "POH-09", "HAX-12")))
        .isEqualTo("HA-08");
    assertThat(Pseudonyms.next("C", List.of("C-99"))).isEqualTo("C-100");
  }

  @Test
  void everyRoleHasItsOwnPrefix() {
    Set<String> prefixes = new HashSet<>();
    Arrays.stream(RespondentRole.values())
        .forEach(r -> assertThat(prefixes.add(Pseudonyms.prefix(r))).as(r.name()).isTrue());
    assertThat(prefixes).doesNotContainNull().doesNotContain(Pseudonyms.TRACER_PREFIX);
  }
}
