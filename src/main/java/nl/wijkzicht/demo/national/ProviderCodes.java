package nl.wijkzicht.demo.national;

import java.util.Locale;
import java.util.Set;

/**
 * Valid-looking, unique AGB codes and KvK numbers for generated providers: 8 digits each (the rule
 * of provider.control.ProviderRules). An AGB code is a two-digit zorgsoort ({@code 01} for GP
 * practices, {@code 75} for home care here; fictitious, the codes only look valid) and six digits;
 * a KvK number is eight digits not starting with 0. The digits are a seeded permutation of the
 * provider's number (affine, digits reversed, affine again): distinct numbers give distinct codes,
 * and the codes do not count up visibly. A code already used by another provider in the database is
 * replaced by one from the end of the permutation, so the result never collides and the other
 * providers keep their codes.
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
  private long agbReserve;
  private long kvkReserve;

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
    long[] state = {agbNext++, agbReserve};
    String code =
        next(
            state,
            AGB_SPACE,
            n -> zorgsoort + String.format(Locale.ROOT, "%06d", permute(n, AGB_SPACE, 6, agbKeys)));
    agbReserve = state[1];
    return code;
  }

  /** The next unused KvK number (10000000–99999999). */
  public String nextKvk() {
    long[] state = {kvkNext++, kvkReserve};
    String code = next(state, KVK_SPACE, n -> Long.toString(permute(n, KVK_SPACE, 8, kvkKeys)));
    kvkReserve = state[1];
    return code;
  }

  /**
   * The code of the provider's own position {@code state[0]}; when that one is taken (or would
   * start with 0), the next free one counted down from the end of the space ({@code state[1]}
   * positions used there so far). So a code in use elsewhere changes only the provider that would
   * have had it, not every code after it.
   */
  private String next(long[] state, long space, java.util.function.LongFunction<String> code) {
    String candidate = code.apply(state[0]);
    while (!free(candidate)) {
      long position = space - 1 - state[1]++;
      if (position <= state[0]) {
        throw new IllegalStateException("no codes left");
      }
      candidate = code.apply(position);
    }
    return candidate;
  }

  /** Eight digits (a KvK number below 10000000 would have fewer) and not used by anyone else. */
  private boolean free(String code) {
    return code.length() == 8 && !taken.contains(code);
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
