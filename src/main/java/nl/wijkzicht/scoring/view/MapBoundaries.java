package nl.wijkzicht.scoring.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The municipality boundaries the application ships (area/boundaries, CBS/PDOK, "Bron: CBS / PDOK")
 * as the map loads them: the latitudes rounded to 3 decimals like the longitudes already are (~100
 * m, the file's own precision), whitespace between tokens dropped, and the names shown as elsewhere
 * in Wijkzicht (docs/reference-data.md): no CBS suffix "(gemeente)", 's-Gravenhage as Den Haag. 271
 * KB become about 150 KB (34 KB gzipped instead of 51 KB).
 */
public final class MapBoundaries {

  /** The division year of the shipped file; part of the URL, so a new file gets a new URL. */
  public static final String YEAR = "2024";

  public static final String RESOURCE =
      "/nl/wijkzicht/area/boundaries/gemeenten-" + YEAR + ".geojson";

  private static final Pattern LONG_DECIMAL = Pattern.compile("(-?\\d+\\.\\d{3})\\d+");
  private static final Pattern NAME =
      Pattern.compile("\"gemeenteNaam\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private MapBoundaries() {}

  /** The file as served. */
  public static String slim(String geojson) {
    String rounded = LONG_DECIMAL.matcher(geojson).replaceAll("$1");
    Matcher names = NAME.matcher(rounded);
    StringBuilder renamed = new StringBuilder(rounded.length());
    while (names.find()) {
      names.appendReplacement(
          renamed,
          Matcher.quoteReplacement("\"gemeenteNaam\":\"" + displayName(names.group(1)) + "\""));
    }
    names.appendTail(renamed);
    return withoutWhitespace(renamed.toString());
  }

  /** A municipality's name as Wijkzicht shows it. */
  static String displayName(String name) {
    String plain = name.endsWith(" (gemeente)") ? name.substring(0, name.length() - 11) : name;
    return "'s-Gravenhage".equals(plain) ? "Den Haag" : plain;
  }

  /** Drops whitespace outside string literals. */
  static String withoutWhitespace(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
