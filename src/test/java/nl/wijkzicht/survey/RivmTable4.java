package nl.wijkzicht.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * 182 network responses constructed to match the RIVM fact sheet "Netwerken integrale ouderenzorg"
 * (2020), table 4 (bottlenecks by scope), and the published percentages to check them against.
 *
 * <p>What the fact sheet gives: 182 networks; scope 21 % one or more districts, 21 % one
 * municipality, 55 % several municipalities (97 %: the other 3 % did not say); 58 % report
 * bottlenecks; table 4 gives per bottleneck the percentage of all networks with bottlenecks and per
 * scope the percentage of the networks of that scope with bottlenecks, in whole percents.
 *
 * <p>What it leaves open, and what is assumed here: the number of networks per scope (38, 38, 100
 * and 6 without a scope: 38/182 = 20.9 % and 100/182 = 54.9 % round to the published 21 % and 55 %)
 * and the number with bottlenecks per scope. The only group sizes that reproduce every percentage
 * of a column are 20 (districts: 70 % = 14/20 ...), 23 (one municipality: 74 % = 17/23 ...) and 63
 * (several municipalities: 56 % = 35/63 ...); 20 + 23 + 63 = 106 = 58 % of 182, and with those the
 * "all networks with bottlenecks" column comes out exactly as published, so the 6 networks without
 * a scope reported no bottlenecks. Which network named which bottleneck is not published: the
 * bottlenecks are handed out round-robin so that every network with bottlenecks names at least one.
 */
public final class RivmTable4 {

  public static final String SCOPE = "REIK.1.a";
  public static final String HAS_BOTTLENECKS = "KNP.1.a";
  public static final String BOTTLENECKS = "KNP.1.b";

  public static final List<String> SCOPES = List.of("wijken", "gemeente", "meerdere_gemeenten");

  /** Networks per scope (and without one, key ""). */
  public static final Map<String, Integer> NETWORKS =
      ordered("wijken", 38, "gemeente", 38, "meerdere_gemeenten", 100, "", 6);

  /** Networks with bottlenecks per scope. */
  public static final Map<String, Integer> WITH_BOTTLENECKS =
      ordered("wijken", 20, "gemeente", 23, "meerdere_gemeenten", 63, "", 0);

  /** Table 4 as published: bottleneck → {all with bottlenecks, wijken, gemeente, meerdere}. */
  public static final Map<String, int[]> PUBLISHED = new LinkedHashMap<>();

  /** The counts constructed for it: bottleneck → {wijken, gemeente, meerdere}. */
  public static final Map<String, int[]> COUNTS = new LinkedHashMap<>();

  static {
    row("financiering", 62, 70, 74, 56, 14, 17, 35);
    row("gegevensuitwisseling", 46, 35, 39, 52, 7, 9, 33);
    row("medisch_sociaal", 42, 25, 22, 54, 5, 5, 34);
    row("specialist_ouderengeneeskunde", 16, 0, 13, 22, 0, 3, 14);
    row("gegevens_ouderen", 12, 10, 0, 17, 2, 0, 11);
    row("marktwerking", 11, 0, 9, 16, 0, 2, 10);
    row("regionale_ondersteuning", 10, 20, 0, 11, 4, 0, 7);
    row("schotten", 7, 0, 4, 10, 0, 1, 6);
    row("versnippering", 6, 0, 4, 8, 0, 1, 5);
  }

  /** Published elsewhere in the text: scope of all 182 networks, and 58 % with bottlenecks. */
  public static final Map<String, Integer> SCOPE_PERCENT =
      ordered("wijken", 21, "gemeente", 21, "meerdere_gemeenten", 55);

  public static final int BOTTLENECKS_PERCENT = 58;

  private RivmTable4() {}

  private static void row(String option, int... values) {
    PUBLISHED.put(option, new int[] {values[0], values[1], values[2], values[3]});
    COUNTS.put(option, new int[] {values[4], values[5], values[6]});
  }

  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      V value = (V) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }

  /** A constructed response: reference, scope ("" = not answered), bottlenecks (stored order). */
  public record Response(String reference, String scope, List<String> bottlenecks) {

    public String hasBottlenecks() {
      return bottlenecks.isEmpty() ? "no" : "yes";
    }

    /** As the interview answers store it: question code → value (comma-separated choices). */
    public Map<String, String> answers() {
      Map<String, String> answers = new LinkedHashMap<>();
      if (!scope.isEmpty()) {
        answers.put(SCOPE, scope);
      }
      answers.put(HAS_BOTTLENECKS, hasBottlenecks());
      if (!bottlenecks.isEmpty()) {
        answers.put(BOTTLENECKS, String.join(",", bottlenecks));
      }
      return answers;
    }
  }

  /**
   * The responses as a Kobo-style CSV export: UTF-8 with a byte order mark, {@code ;}-separated,
   * Kobo's {@code _uuid} column (ignored by the import), multiple choice space-separated. The area:
   * district networks in Utrecht-Overvecht (WK034403), municipality networks in Houten (GM0321),
   * the others in Utrecht (GM0344).
   */
  public static byte[] csv() {
    StringBuilder csv =
        new StringBuilder("\uFEFFreferentie;gebied;datum;REIK.1.a;KNP.1.a;KNP.1.b;_uuid\r\n");
    int day = 0;
    for (Response r : responses()) {
      String area =
          switch (r.scope()) {
            case "wijken" -> "WK034403";
            case "gemeente" -> "GM0321";
            default -> "GM0344";
          };
      csv.append(r.reference())
          .append(';')
          .append(area)
          .append(';')
          .append(java.time.LocalDate.of(2026, 2, 1).plusDays(day++ % 28))
          .append(';')
          .append(r.scope())
          .append(';')
          .append(r.hasBottlenecks())
          .append(';')
          .append(String.join(" ", r.bottlenecks()))
          .append(';')
          .append(java.util.UUID.nameUUIDFromBytes(r.reference().getBytes()))
          .append("\r\n");
    }
    return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The 182 responses, NW-001 to NW-182. */
  public static List<Response> responses() {
    List<String> options = List.copyOf(COUNTS.keySet());
    List<Response> result = new ArrayList<>();
    int scopeIndex = 0;
    for (Map.Entry<String, Integer> scope : NETWORKS.entrySet()) {
      int withBottlenecks = WITH_BOTTLENECKS.get(scope.getKey());
      List<TreeSet<Integer>> chosen = new ArrayList<>();
      for (int i = 0; i < withBottlenecks; i++) {
        chosen.add(new TreeSet<>());
      }
      if (withBottlenecks > 0) {
        int next = 0;
        for (int o = 0; o < options.size(); o++) {
          int count = COUNTS.get(options.get(o))[scopeIndex];
          for (int k = 0; k < count; k++) {
            chosen.get(next).add(o);
            next = (next + 1) % withBottlenecks;
          }
        }
      }
      for (int i = 0; i < scope.getValue(); i++) {
        List<String> bottlenecks =
            i < withBottlenecks ? chosen.get(i).stream().map(options::get).toList() : List.of();
        result.add(
            new Response(String.format("NW-%03d", result.size() + 1), scope.getKey(), bottlenecks));
      }
      scopeIndex++;
    }
    return result;
  }
}
