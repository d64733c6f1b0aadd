package nl.wijkzicht.demo.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.provider.control.ProviderRules;
import org.junit.jupiter.api.Test;

class ProviderCodesTest {

  @Test
  void codesAreEightDigitsAcceptedByTheProviderRulesAndUnique() {
    ProviderCodes codes = new ProviderCodes(2026, Set.of());
    Set<String> agb = new HashSet<>();
    Set<String> kvk = new HashSet<>();
    for (int i = 0; i < 6_500; i++) {
      String a =
          codes.nextAgb(i < 5_000 ? ProviderCodes.AGB_GP_PRACTICE : ProviderCodes.AGB_HOME_CARE);
      String k = codes.nextKvk();
      assertThat(ProviderRules.isAgbCode(a)).as(a).isTrue();
      assertThat(ProviderRules.isKvkNumber(k)).as(k).isTrue();
      assertThat(a).startsWith(i < 5_000 ? "01" : "75");
      assertThat(k).doesNotStartWith("0");
      assertThat(agb.add(a)).as("AGB %s twice", a).isTrue();
      assertThat(kvk.add(k)).as("KvK %s twice", k).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSameCodesAnotherSeedOthers() {
    assertThat(take(new ProviderCodes(7, Set.of()), 50))
        .isEqualTo(take(new ProviderCodes(7, Set.of()), 50))
        .isNotEqualTo(take(new ProviderCodes(8, Set.of()), 50));
  }

  @Test
  void aCodeInUseIsReplacedAndTheOthersStay() {
    List<String> free = take(new ProviderCodes(7, Set.of()), 10);
    // Take away the 3rd AGB code and the 3rd KvK number (positions 4 and 5 in the list).
    Set<String> taken = Set.of(free.get(4), free.get(5));
    List<String> next = take(new ProviderCodes(7, taken), 10);
    assertThat(next).doesNotContainAnyElementsOf(taken).doesNotHaveDuplicates();
    assertThat(next.subList(0, 4)).isEqualTo(free.subList(0, 4));
    assertThat(next.subList(6, 10)).isEqualTo(free.subList(6, 10));
    assertThat(ProviderRules.isAgbCode(next.get(4))).isTrue();
    assertThat(next.get(4)).startsWith("01");
    assertThat(next.get(5)).matches("[1-9]\\d{7}");
  }

  @Test
  void codesDoNotVisiblyCountUp() {
    List<String> list = take(new ProviderCodes(11, Set.of()), 20);
    int ascending = 0;
    for (int i = 2; i < list.size(); i += 2) {
      if (list.get(i).compareTo(list.get(i - 2)) > 0) {
        ascending++;
      }
    }
    assertThat(ascending).isLessThan(9);
  }

  /** Alternating AGB (GP) and KvK codes. */
  private static List<String> take(ProviderCodes codes, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n / 2; i++) {
      out.add(codes.nextAgb(ProviderCodes.AGB_GP_PRACTICE));
      out.add(codes.nextKvk());
    }
    return out;
  }
}
