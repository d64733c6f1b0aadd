package nl.wijkzicht.demo.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import nl.wijkzicht.demo.national.NationalPlan.Size;
import org.junit.jupiter.api.Test;

class NationalPlanTest {

  @Test
  void theNationalSizeIsTheIssuesScale() {
    Size size = Size.national();
    assertThat(size.municipalities()).isZero(); // all of the current division (342 in 2025)
    assertThat(size.gpPractices()).isEqualTo(5_000);
    assertThat(size.homeCareOrganisations()).isEqualTo(1_500);
    assertThat(size.visits()).isEqualTo(6_500);
    assertThat(size.interviews()).isEqualTo(32_500);
    assertThat(size.tracersPerArea()).isEqualTo(3);
  }

  @Test
  void aScaledSizeKeepsTheRatiosAndTheMinimumsPerArea() {
    Size three = Size.scaledTo(3);
    assertThat(three.municipalities()).isEqualTo(3);
    assertThat(three.visits()).isEqualTo(57); // 6,500 × 3/342
    assertThat(three.interviews()).isEqualTo(285);
    assertThat(three.gpPractices()).isEqualTo(44);
    assertThat(three.homeCareOrganisations()).isEqualTo(13);
    Size one = Size.scaledTo(1);
    assertThat(one.visits()).isEqualTo(19);
    assertThat(one.gpPractices()).isGreaterThanOrEqualTo(4);
    assertThat(Size.scaledTo(0)).isEqualTo(Size.national());
    assertThat(Size.scaledTo(400)).isEqualTo(Size.national());
    assertThatThrownBy(() -> new Size(1, 10, 10, 10, 5, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocationAddsUpExactlyAndGivesEveryShareItsMinimum() {
    Random random = new Random(1);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(400);
      double[] weights = IntStream.range(0, n).mapToDouble(i -> random.nextDouble() * 5).toArray();
      int minimum = random.nextInt(7);
      int total = minimum * n + random.nextInt(10_000);
      int[] shares = NationalPlan.allocate(total, weights, minimum);
      assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
      assertThat(Arrays.stream(shares).min().orElse(minimum)).isGreaterThanOrEqualTo(minimum);
    }
  }

  @Test
  void allocationFollowsTheWeightsByLargestRemainder() {
    assertThat(NationalPlan.allocate(10, new double[] {1, 1, 2}, 0)).containsExactly(3, 2, 5);
    assertThat(NationalPlan.allocate(10, new double[] {1, 1, 2}, 2)).containsExactly(3, 3, 4);
    // Fewer than the minimums: everyone gets the minimum.
    assertThat(NationalPlan.allocate(3, new double[] {1, 1, 1}, 2)).containsExactly(2, 2, 2);
    assertThat(NationalPlan.allocate(4, new double[] {0, 0}, 0)).containsExactly(2, 2);
    assertThat(NationalPlan.allocate(5, new double[0], 1)).isEmpty();
  }

  @Test
  void theGradientRunsFromTheSouthWestToTheNorthEast() {
    assertThat(NationalPlan.gradient("Groningen")).isGreaterThan(0.75);
    assertThat(NationalPlan.gradient("Zeeland")).isLessThan(0.40);
    assertThat(NationalPlan.gradient("Drenthe"))
        .isGreaterThan(NationalPlan.gradient("Utrecht"))
        .isGreaterThan(NationalPlan.gradient("Noord-Brabant"));
    // An unknown province sits in the middle rather than failing.
    assertThat(NationalPlan.gradient("Atlantis")).isEqualTo(0.58);
  }

  @Test
  void qualityIsTheGradientPlusBoundedNoiseAndTheSameForTheSameSeed() {
    Random a = new Random(42);
    Random b = new Random(42);
    double sum = 0;
    for (int i = 0; i < 2_000; i++) {
      double q = NationalPlan.quality("Utrecht", a);
      assertThat(q).isBetween(0.15, 0.92).isEqualTo(NationalPlan.quality("Utrecht", b));
      sum += q;
    }
    assertThat(sum / 2_000)
        .isCloseTo(NationalPlan.gradient("Utrecht"), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void aLatentQualityMapsOntoTheFourLevelsAtTheThresholds() {
    assertThat(NationalPlan.level(0.75, 4)).isZero();
    assertThat(NationalPlan.level(0.7499, 4)).isEqualTo(1);
    assertThat(NationalPlan.level(0.55, 4)).isEqualTo(1);
    assertThat(NationalPlan.level(0.5499, 4)).isEqualTo(2);
    assertThat(NationalPlan.level(0.35, 4)).isEqualTo(2);
    assertThat(NationalPlan.level(0.3499, 4)).isEqualTo(3);
    assertThat(NationalPlan.level(-1, 4)).isEqualTo(3);
    assertThat(NationalPlan.level(2, 4)).isZero();
    // Other scales are cut evenly and stay on the scale.
    assertThat(NationalPlan.level(0.9, 3)).isZero();
    assertThat(NationalPlan.level(0.1, 3)).isEqualTo(2);
    assertThat(NationalPlan.level(5, 3)).isZero();
  }

  @Test
  void visitsSplitBetweenPracticesAndHomeCare() {
    assertThat(NationalPlan.splitVisits(19, 40)).containsExactly(13, 6);
    // Not more GP visits than practices in the area.
    assertThat(NationalPlan.splitVisits(19, 5)).containsExactly(5, 14);
  }

  @Test
  void theBigCitiesWeighMore() {
    double amsterdam = 0;
    double other = 0;
    for (int i = 0; i < 500; i++) {
      amsterdam += NationalPlan.weight("GM0363", new Random(i));
      other += NationalPlan.weight("GM0321", new Random(i));
    }
    assertThat(amsterdam / other).isCloseTo(6, org.assertj.core.data.Offset.offset(1e-9));
  }
}
