package nl.wijkzicht.area.control;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a municipal division file in the CBS/PDOK format and normalises its quirks.
 *
 * <p>Rules (shared/data/nl/README.md): province names are written without hyphen and Friesland
 * under its Dutch name, so they are mapped to the official names; a "(gemeente)" suffix that CBS
 * adds to tell a municipality from a province or region of the same name is removed; suffixes such
 * as "(NH.)" that tell two municipalities apart stay. 's-Gravenhage is shown as Den Haag.
 */
public final class MunicipalityCsvReader {

  static final String COLUMN_CODE = "gemeentCode";
  static final String COLUMN_NAME = "gemeenteNaam";
  static final String COLUMN_SAFETY_REGION_CODE = "veiligheidsRegioCode";
  static final String COLUMN_SAFETY_REGION_NAME = "veiligheidsRegioNaam";
  static final String COLUMN_PROVINCE = "Provincie";

  private static final List<String> REQUIRED_COLUMNS =
      List.of(COLUMN_CODE, COLUMN_NAME, COLUMN_PROVINCE);

  private static final Map<String, String> OFFICIAL_PROVINCES =
      Map.ofEntries(
          Map.entry("Groningen", "Groningen"),
          Map.entry("Friesland", "Fryslân"),
          Map.entry("Fryslân", "Fryslân"),
          Map.entry("Drenthe", "Drenthe"),
          Map.entry("Overijssel", "Overijssel"),
          Map.entry("Flevoland", "Flevoland"),
          Map.entry("Gelderland", "Gelderland"),
          Map.entry("Utrecht", "Utrecht"),
          Map.entry("Noord Holland", "Noord-Holland"),
          Map.entry("Noord-Holland", "Noord-Holland"),
          Map.entry("Zuid Holland", "Zuid-Holland"),
          Map.entry("Zuid-Holland", "Zuid-Holland"),
          Map.entry("Zeeland", "Zeeland"),
          Map.entry("Noord Brabant", "Noord-Brabant"),
          Map.entry("Noord-Brabant", "Noord-Brabant"),
          Map.entry("Limburg", "Limburg"));

  /** Names people use where the official name differs. */
  private static final Map<String, String> COMMON_NAMES = Map.of("'s-Gravenhage", "Den Haag");

  private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
  private static final String MUNICIPALITY_SUFFIX = " (gemeente)";
  private static final int MAX_NAME_LENGTH = 100;

  private MunicipalityCsvReader() {}

  /**
   * Reads all rows, or throws {@link InvalidDivisionFileException} listing every bad row (by line
   * number in the file) at once.
   */
  public static List<MunicipalityRecord> read(Reader reader, String source) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<String> problems = new ArrayList<>();
    List<MunicipalityRecord> records = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(skipByteOrderMark(reader)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidDivisionFileException(
            source,
            List.of(
                "line 1: missing column(s) " + String.join(", ", missing) + "; found " + header));
      }
      Set<String> seen = new HashSet<>();
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        readRow(row, line, seen, problems).ifPresent(records::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    } catch (IllegalStateException | UncheckedIOException e) {
      problems.add("malformed CSV: " + e.getMessage());
    }
    if (records.isEmpty() && problems.isEmpty()) {
      problems.add("no municipalities in file");
    }
    if (!problems.isEmpty()) {
      throw new InvalidDivisionFileException(source, problems);
    }
    return List.copyOf(records);
  }

  private static Optional<MunicipalityRecord> readRow(
      CSVRecord row, long line, Set<String> seen, List<String> problems) {
    if (!row.isConsistent()) {
      problems.add(
          "line "
              + line
              + ": expected "
              + row.getParser().getHeaderNames().size()
              + " fields, found "
              + row.size());
      return Optional.empty();
    }
    String code = row.get(COLUMN_CODE);
    String rawName = row.get(COLUMN_NAME);
    String rawProvince = row.get(COLUMN_PROVINCE);
    int before = problems.size();
    if (!CBS_CODE.matcher(code).matches()) {
      problems.add("line " + line + ": CBS code '" + code + "' is not GM followed by four digits");
    } else if (!seen.add(code)) {
      problems.add("line " + line + ": CBS code " + code + " appears more than once");
    }
    if (rawName.isEmpty()) {
      problems.add("line " + line + ": municipality name is empty");
    } else if (rawName.length() > MAX_NAME_LENGTH) {
      problems.add(
          "line " + line + ": municipality name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    String province = OFFICIAL_PROVINCES.get(rawProvince);
    if (province == null) {
      problems.add("line " + line + ": unknown province '" + rawProvince + "'");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String officialName =
        rawName.endsWith(MUNICIPALITY_SUFFIX)
            ? rawName.substring(0, rawName.length() - MUNICIPALITY_SUFFIX.length())
            : rawName;
    String name = COMMON_NAMES.getOrDefault(officialName, officialName);
    return Optional.of(
        new MunicipalityRecord(
            code,
            name,
            officialName,
            province,
            optional(row, COLUMN_SAFETY_REGION_CODE),
            optional(row, COLUMN_SAFETY_REGION_NAME)));
  }

  private static String optional(CSVRecord row, String column) {
    if (!row.isMapped(column)) {
      return null;
    }
    String value = row.get(column);
    return value.isEmpty() ? null : value;
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
