package nl.wijkzicht.scoring.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The strongest and the weakest norms of an area (or of a theme in it), one rule for the explain
 * page and the reports (docs/reports.md): only norms with a result count; a norm is stronger when
 * its percentage is higher (weighted rule), otherwise when its level is better; equal norms keep
 * the framework's order.
 */
public final class NormRanking {

  /** How many norms the explain page and the reports name on each side. */
  public static final int SHOWN = 3;

  private NormRanking() {}

  /** How strong a result is, for ordering: its percentage, else its level (best high). */
  public static double strength(Outcome outcome) {
    if (outcome.percentage() != null) {
      return outcome.percentage().toDouble();
    }
    return outcome.level() == null ? -1 : 100 - outcome.level().rank();
  }

  /**
   * The {@code limit} strongest items with a result, strongest first: at most the better half
   * (rounded up), so that no item is named both strongest and weakest.
   */
  public static <T> List<T> strongest(List<T> items, Function<T, Outcome> outcome, int limit) {
    List<T> rated = rated(items, outcome);
    return rated.stream()
        .sorted(order(outcome).reversed())
        .limit(Math.min(limit, (rated.size() + 1) / 2))
        .toList();
  }

  /**
   * The {@code limit} weakest items with a result, weakest first: at most those not among the
   * {@link #strongest} (with one rated item there is no weakest).
   */
  public static <T> List<T> weakest(List<T> items, Function<T, Outcome> outcome, int limit) {
    List<T> rated = rated(items, outcome);
    java.util.Set<T> strong =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    strong.addAll(strongest(items, outcome, Integer.MAX_VALUE));
    return rated.stream()
        .filter(i -> !strong.contains(i))
        .sorted(order(outcome))
        .limit(limit)
        .toList();
  }

  private static <T> List<T> rated(List<T> items, Function<T, Outcome> outcome) {
    return items.stream().filter(i -> outcome.apply(i).hasResult()).toList();
  }

  private static <T> Comparator<T> order(Function<T, Outcome> outcome) {
    return Comparator.comparingDouble(i -> strength(outcome.apply(i)));
  }
}
