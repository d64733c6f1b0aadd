package nl.wijkzicht.demo.national;

import java.util.Map;
import java.util.Random;

/**
 * The pure arithmetic of the national study generator: how many of everything, how volumes are
 * spread over municipalities, and how good an area is. Nothing here touches the database, so it is
 * unit-tested on its own.
 */
public final class NationalPlan {

  /**
   * The volumes of one generated study. {@link #national()} is the scale of issue 14: all
   * municipalities, about 6,500 visits, 32,500 interviews, 3 tracers per area, 5,000 GP practices
   * and 1,500 home-care organisations.
   *
   * @param municipalities how many municipalities the study covers (0: all of the current division)
   */
  public record Size(
      int municipalities,
      int gpPractices,
      int homeCareOrganisations,
      int visits,
      int interviews,
      int tracersPerArea) {

    public static final int NATIONAL_MUNICIPALITIES = 342;

    public Size {
      if (municipalities < 0
          || gpPractices < 1
          || homeCareOrganisations < 1
          || visits < 1
          || interviews < visits
          || tracersPerArea < 0) {
        throw new IllegalArgumentException("impossible size: " + municipalities + " areas");
      }
    }

    public static Size national() {
      return new Size(0, 5_000, 1_500, 6_500, 32_500, 3);
    }

    /**
     * The national volumes scaled to {@code n} municipalities (at least 6 visits and the matching
     * providers per area), for tests and quick runs.
     */
    public static Size scaledTo(int n) {
      if (n <= 0 || n >= NATIONAL_MUNICIPALITIES) {
        return national();
      }
      double f = n / (double) NATIONAL_MUNICIPALITIES;
      int visits = Math.max(6 * n, (int) Math.round(6_500 * f));
      return new Size(
          n,
          Math.max(4 * n, (int) Math.round(5_000 * f)),
          Math.max(2 * n, (int) Math.round(1_500 * f)),
          visits,
          Math.max(visits, (int) Math.round(32_500 * f)),
          3);
    }
  }

  /** Share of the visits that go to a GP practice (the rest to a home-care team). */
  public static final double GP_VISIT_SHARE = 0.68;

  /** The fewest visits per study area. */
  public static final int MIN_VISITS_PER_AREA = 6;

  /**
   * Approximate centre (latitude, longitude) of each province: the regional gradient runs over
   * these, so neighbouring municipalities look alike and a map shows a pattern, not noise.
   */
  static final Map<String, double[]> PROVINCE_CENTRES =
      Map.ofEntries(
          Map.entry("Groningen", new double[] {53.22, 6.74}),
          Map.entry("Fryslân", new double[] {53.11, 5.85}),
          Map.entry("Drenthe", new double[] {52.86, 6.62}),
          Map.entry("Overijssel", new double[] {52.44, 6.45}),
          Map.entry("Flevoland", new double[] {52.53, 5.60}),
          Map.entry("Gelderland", new double[] {52.06, 5.95}),
          Map.entry("Utrecht", new double[] {52.08, 5.17}),
          Map.entry("Noord-Holland", new double[] {52.58, 4.87}),
          Map.entry("Zuid-Holland", new double[] {51.99, 4.49}),
          Map.entry("Zeeland", new double[] {51.49, 3.84}),
          Map.entry("Noord-Brabant", new double[] {51.56, 5.20}),
          Map.entry("Limburg", new double[] {51.20, 5.93}));

  private NationalPlan() {}

  /**
   * The regional part of an area's quality (0–1): better in the north-east, weaker in the
   * south-west, from about 0.38 (Zeeland) to 0.77 (Groningen). Unknown provinces sit in the middle.
   */
  public static double gradient(String province) {
    double[] centre = PROVINCE_CENTRES.getOrDefault(province, new double[] {52.2, 5.4});
    return 0.58 + 0.10 * (centre[0] - 52.2) + 0.07 * (centre[1] - 5.4);
  }

  /** An area's quality: the regional gradient plus Gaussian noise (sd 0.07), within 0.15–0.92. */
  public static double quality(String province, Random random) {
    return clamp(gradient(province) + 0.07 * random.nextGaussian(), 0.15, 0.92);
  }

  /**
   * The level (0 best … levels−1 worst) a finding gets from its latent quality: at or above 0.75
   * the best, 0.55 the second, 0.35 the third, below that the worst (for a four-level scale; other
   * scales are cut evenly).
   */
  public static int level(double latent, int levels) {
    if (levels == 4) {
      return latent >= 0.75 ? 0 : latent >= 0.55 ? 1 : latent >= 0.35 ? 2 : 3;
    }
    int level = (int) Math.floor((1 - clamp(latent, 0, 0.9999)) * levels);
    return Math.max(0, Math.min(levels - 1, level));
  }

  /** A size weight per municipality: log-normal (sd 0.7), the four big cities six times bigger. */
  public static double weight(String cbsCode, Random random) {
    double w = Math.exp(0.7 * random.nextGaussian());
    return switch (cbsCode) {
      case "GM0363", "GM0599", "GM0518", "GM0344" -> 6 * w;
      default -> w;
    };
  }

  /**
   * Spreads {@code total} over the weights: every share gets {@code minimum} first, the rest in
   * proportion to the weights by the largest-remainder method (ties to the lower index), so the
   * shares add up to exactly the total (or to minimum × n when that is more).
   */
  public static int[] allocate(int total, double[] weights, int minimum) {
    int n = weights.length;
    int[] shares = new int[n];
    if (n == 0) {
      return shares;
    }
    java.util.Arrays.fill(shares, minimum);
    int rest = total - minimum * n;
    if (rest <= 0) {
      return shares;
    }
    double sum = 0;
    for (double w : weights) {
      if (w < 0 || Double.isNaN(w)) {
        throw new IllegalArgumentException("negative weight");
      }
      sum += w;
    }
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double exact = sum == 0 ? rest / (double) n : rest * weights[i] / sum;
      int whole = (int) Math.floor(exact);
      shares[i] += whole;
      given += whole;
      remainders[i] = exact - whole;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
    for (int i = 0; given < rest; i = (i + 1) % n) {
      shares[order[i]]++;
      given++;
    }
    return shares;
  }

  /**
   * The visits of one area split into GP practice visits (at most {@code gpLocations}) and
   * home-care visits.
   */
  public static int[] splitVisits(int visits, int gpLocations) {
    int gp = Math.min(gpLocations, (int) Math.round(visits * GP_VISIT_SHARE));
    return new int[] {gp, visits - gp};
  }

  static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
