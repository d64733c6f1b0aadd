package nl.wijkzicht.provider.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.provider.entity.ProviderKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a provider import file: {@code ;}-separated, UTF-8, a header row with the columns {@code
 * naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode}, one row per location. The rules
 * are those of {@link ProviderRules} (shared with the registration form), reported with the file's
 * line. Returns the valid rows and a problem per bad row.
 */
public final class ProviderCsvReader {

  public static final List<String> COLUMNS =
      List.of(
          "naam", "soort", "agb", "kvk", "locatie", "straat", "postcode", "plaats", "gemeentecode");

  private static final Map<String, ProviderKind> KINDS =
      Map.of(
          "huisartsenpraktijk", ProviderKind.GP_PRACTICE,
          "thuiszorg", ProviderKind.HOME_CARE,
          "wijkverpleging", ProviderKind.HOME_CARE,
          "wijkteam", ProviderKind.NEIGHBOURHOOD_TEAM,
          "anders", ProviderKind.OTHER);

  /** The file's own message (with its line) for each rule of {@link ProviderRules}. */
  private static final Map<String, String> CSV_KEYS =
      Map.ofEntries(
          Map.entry(ProviderRules.NAME_REQUIRED, "provider_import.name"),
          Map.entry(ProviderRules.NAME_TOO_LONG, "provider_import.name"),
          Map.entry(ProviderRules.KIND_REQUIRED, "provider_import.kind"),
          Map.entry(ProviderRules.IDENTIFIER_REQUIRED, "provider_import.identifier_missing"),
          Map.entry(ProviderRules.AGB_INVALID, "provider_import.agb"),
          Map.entry(ProviderRules.KVK_INVALID, "provider_import.kvk"),
          Map.entry(ProviderRules.LOCATION_NAME_REQUIRED, "provider_import.location"),
          Map.entry(ProviderRules.LOCATION_NAME_TOO_LONG, "provider_import.location"),
          Map.entry(ProviderRules.STREET_TOO_LONG, "provider_import.street"),
          Map.entry(ProviderRules.POSTCODE_INVALID, "provider_import.postcode"),
          Map.entry(ProviderRules.CITY_TOO_LONG, "provider_import.city"),
          Map.entry(ProviderRules.MUNICIPALITY_REQUIRED, "provider_import.municipality"),
          Map.entry(ProviderRules.MUNICIPALITY_INVALID, "provider_import.municipality"));

  /**
   * A bad row: its line in the file, the column (header name; null for the whole line) and what is
   * wrong (an i18n key with arguments).
   */
  public record Problem(long line, String column, String key, List<Object> arguments) {

    public Problem(long line, String key, List<Object> arguments) {
      this(line, null, key, arguments);
    }
  }

  /** The column of each field of {@link ProviderRules}. */
  private static final Map<String, String> COLUMN_OF =
      Map.of(
          ProviderRules.NAME, "naam",
          ProviderRules.KIND, "soort",
          ProviderRules.AGB, "agb",
          ProviderRules.KVK, "kvk",
          ProviderRules.LOCATION_NAME, "locatie",
          ProviderRules.STREET, "straat",
          ProviderRules.POSTCODE, "postcode",
          ProviderRules.CITY, "plaats",
          ProviderRules.MUNICIPALITY, "gemeentecode");

  /** The outcome: valid rows and problems; a file with any problem is imported not at all. */
  public record Result(List<ProviderCsvRow> rows, List<Problem> problems) {
    public boolean isValid() {
      return problems.isEmpty() && !rows.isEmpty();
    }
  }

  private ProviderCsvReader() {}

  public static Result read(Reader reader) {
    List<ProviderCsvRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
              .toList();
      List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new Problem(1, "provider_import.columns_missing", List.of(String.join(", ", missing))));
        return new Result(List.of(), problems);
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          problems.add(
              new Problem(
                  line, "provider_import.field_count", List.of(header.size(), record.size())));
          continue;
        }
        readRow(record, header, line, rows, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      problems.add(
          new Problem(0, "provider_import.malformed", List.of(String.valueOf(e.getMessage()))));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "provider_import.empty", List.of()));
    }
    return new Result(List.copyOf(rows), List.copyOf(problems));
  }

  private static void readRow(
      CSVRecord record,
      List<String> header,
      long line,
      List<ProviderCsvRow> rows,
      List<Problem> problems) {
    String name = value(record, header, "naam");
    String kindText = value(record, header, "soort").toLowerCase(Locale.ROOT);
    String agb = value(record, header, "agb");
    String kvk = value(record, header, "kvk");
    String location = value(record, header, "locatie");
    String postcode = value(record, header, "postcode");
    String municipality = value(record, header, "gemeentecode").toUpperCase(Locale.ROOT);
    int before = problems.size();
    ProviderKind kind = KINDS.get(kindText);
    List<FieldProblem> broken =
        new ArrayList<>(ProviderRules.checkOrganisation(name, kind, agb, kvk));
    broken.addAll(
        ProviderRules.checkLocation(
            0,
            location,
            value(record, header, "straat"),
            postcode,
            value(record, header, "plaats"),
            municipality));
    for (FieldProblem problem : broken) {
      String field = problem.field();
      problems.add(
          new Problem(
              line,
              COLUMN_OF.get(field.substring(field.lastIndexOf(':') + 1)),
              CSV_KEYS.get(problem.key()),
              switch (problem.key()) {
                case ProviderRules.KIND_REQUIRED ->
                    List.of(kindText, String.join(", ", KINDS.keySet().stream().sorted().toList()));
                case ProviderRules.MUNICIPALITY_REQUIRED, ProviderRules.MUNICIPALITY_INVALID ->
                    List.of(municipality);
                case ProviderRules.NAME_REQUIRED,
                    ProviderRules.NAME_TOO_LONG,
                    ProviderRules.LOCATION_NAME_REQUIRED,
                    ProviderRules.LOCATION_NAME_TOO_LONG ->
                    List.of();
                default -> problem.arguments();
              }));
    }
    if (problems.size() > before) {
      return;
    }
    rows.add(
        new ProviderCsvRow(
            line,
            name,
            kind,
            agb.isEmpty() ? null : agb,
            kvk.isEmpty() ? null : kvk,
            location,
            emptyToNull(value(record, header, "straat")),
            ProviderRules.postcode(postcode).orElse(null),
            emptyToNull(value(record, header, "plaats")),
            municipality));
  }

  private static String value(CSVRecord record, List<String> header, String column) {
    return record.get(header.indexOf(column)).strip();
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
