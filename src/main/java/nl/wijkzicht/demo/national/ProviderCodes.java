package nl.wijkzicht.demo.national;

import java.util.Locale;
import java.util.Set;

/**
 * Valid-looking, unique AGB codes and KvK numbers for generated providers: 8 digits each (the rule
 * of provider.control.ProviderRules). An AGB code is a two-digit zorgsoort ({@code 01} for GP
 * practices, {@code 75} for home care here; fictitious, the codes only look valid) and six digits;
 * a KvK number is eight digits not starting with 0. The digits are a seeded permutation of the
 * provider's number (affine, digits reversed, affine again): distinct numbers give distinct codes,
 * and the codes do not count up visibly. Codes already used by other providers in the database are
 * skipped, so the result never collides.
 */
public final class ProviderCodes {

  public static final String AGB_GP_PRACTICE = "01";
  public static final String AGB_HOME_CARE = "75";

  private static final long AGB_SPACE = 1_000_000L;
  private static final long KVK_SPACE = 100_000_000L;

  private final long[] agbKeys;
  private final long[] kvkKeys;
  private final Set<String> taken;
  private long agbNext;
  private long kvkNext;

  /**
   * @param seed the generator's seed
   * @param taken codes (AGB and KvK) already in use; never handed out
   */
  public ProviderCodes(long seed, Set<String> taken) {
    java.util.Random random = new java.util.Random(seed ^ 0x5DEECE66DL);
    this.agbKeys = keys(random, AGB_SPACE);
    this.kvkKeys = keys(random, KVK_SPACE);
    this.taken = Set.copyOf(taken);
  }

  /** The next unused AGB code with this zorgsoort prefix. */
  public String nextAgb(String zorgsoort) {
    while (true) {
      if (agbNext >= AGB_SPACE) {
        throw new IllegalStateException("no AGB codes left");
      }
      long n = permute(agbNext++, AGB_SPACE, 6, agbKeys);
      String code = zorgsoort + String.format(Locale.ROOT, "%06d", n);
      if (!taken.contains(code)) {
        return code;
      }
    }
  }

  /** The next unused KvK number (10000000–99999999). */
  public String nextKvk() {
    while (true) {
      if (kvkNext >= KVK_SPACE) {
        throw new IllegalStateException("no KvK numbers left");
      }
      long n = permute(kvkNext++, KVK_SPACE, 8, kvkKeys);
      String code = Long.toString(n);
      // Numbers below 10000000 would start with 0: skip them (the rest stays a permutation).
      if (n >= 10_000_000L && !taken.contains(code)) {
        return code;
      }
    }
  }

  /** A bijection of [0, space) with space = 10^digits: affine, digits reversed, affine. */
  static long permute(long x, long space, int digits, long[] keys) {
    long a = Math.floorMod(keys[0] * x + keys[1], space);
    long reversed = 0;
    for (int i = 0; i < digits; i++) {
      reversed = reversed * 10 + a % 10;
      a /= 10;
    }
    return Math.floorMod(keys[2] * reversed + keys[3], space);
  }

  private static long[] keys(java.util.Random random, long space) {
    return new long[] {
      coprime(random, space),
      Math.floorMod(random.nextLong(), space),
      coprime(random, space),
      Math.floorMod(random.nextLong(), space)
    };
  }

  /** A multiplier that shares no prime factor with {@code space} (2, 3 and 5 here). */
  private static long coprime(java.util.Random random, long space) {
    while (true) {
      long m = 1 + Math.floorMod(random.nextLong(), space - 1);
      if (m % 2 != 0 && m % 3 != 0 && m % 5 != 0) {
        return m;
      }
    }
  }
}
