package nl.wijkzicht.provider.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * Reads a provider import file: {@code ;}-separated, UTF-8, a header row with the columns
 * {@code naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode}, one row per location.
 * Rules: name, kind, location and municipality code required; AGB code and/or KvK number (8 digits
 * each) required; postcode Dutch (1234 AB). Returns the valid rows and a problem per bad row.
 */
public final class ProviderCsvReader {

  public static final List<String> COLUMNS =
      List.of("naam", "soort", "agb", "kvk", "locatie", "straat", "postcode", "plaats", "gemeentecode");

  private static final Map<String, ProviderKind> KINDS = Map.of(
      "huisartsenpraktijk", ProviderKind.GP_PRACTICE,
      "thuiszorg", ProviderKind.HOME_CARE,
      "wijkverpleging", ProviderKind.HOME_CARE,
      "wijkteam", ProviderKind.NEIGHBOURHOOD_TEAM,
      "anders", ProviderKind.OTHER);
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
  private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})");
  private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

  /** A bad row: its line in the file and what is wrong (an i18n key with arguments). */
  public record Problem(long line, String key, List<Object> arguments) {}

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
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames().stream()
          .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
      List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(new Problem(1, "provider_import.columns_missing", List.of(String.join(", ", missing))));
        return new Result(List.of(), problems);
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          problems.add(new Problem(line, "provider_import.field_count", List.of(header.size(), record.size())));
          continue;
        }
        readRow(record, header, line, rows, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      problems.add(new Problem(0, "provider_import.malformed", List.of(String.valueOf(e.getMessage()))));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "provider_import.empty", List.of()));
    }
    return new Result(List.copyOf(rows), List.copyOf(problems));
  }

  private static void readRow(CSVRecord record, List<String> header, long line, List<ProviderCsvRow> rows,
      List<Problem> problems) {
    String name = value(record, header, "naam");
    String kindText = value(record, header, "soort").toLowerCase(Locale.ROOT);
    String agb = value(record, header, "agb");
    String kvk = value(record, header, "kvk");
    String location = value(record, header, "locatie");
    String postcode = value(record, header, "postcode");
    String municipality = value(record, header, "gemeentecode").toUpperCase(Locale.ROOT);
    int before = problems.size();
    if (name.isEmpty() || name.length() > 200) {
      problems.add(new Problem(line, "provider_import.name", List.of()));
    }
    ProviderKind kind = KINDS.get(kindText);
    if (kind == null) {
      problems.add(new Problem(line, "provider_import.kind", List.of(kindText, String.join(", ", KINDS.keySet().stream().sorted().toList()))));
    }
    if (agb.isEmpty() && kvk.isEmpty()) {
      problems.add(new Problem(line, "provider_import.identifier_missing", List.of()));
    }
    if (!agb.isEmpty() && !EIGHT_DIGITS.matcher(agb).matches()) {
      problems.add(new Problem(line, "provider_import.agb", List.of(agb)));
    }
    if (!kvk.isEmpty() && !EIGHT_DIGITS.matcher(kvk).matches()) {
      problems.add(new Problem(line, "provider_import.kvk", List.of(kvk)));
    }
    if (location.isEmpty() || location.length() > 200) {
      problems.add(new Problem(line, "provider_import.location", List.of()));
    }
    var postcodeMatch = POSTCODE.matcher(postcode);
    if (!postcode.isEmpty() && !postcodeMatch.matches()) {
      problems.add(new Problem(line, "provider_import.postcode", List.of(postcode)));
    }
    if (!CBS_CODE.matcher(municipality).matches()) {
      problems.add(new Problem(line, "provider_import.municipality", List.of(municipality)));
    }
    if (problems.size() > before) {
      return;
    }
    String normalPostcode = postcode.isEmpty() ? null
        : postcodeMatch.group(1) + postcodeMatch.group(2).toUpperCase(Locale.ROOT);
    rows.add(new ProviderCsvRow(line, name, kind, agb.isEmpty() ? null : agb, kvk.isEmpty() ? null : kvk, location,
        emptyToNull(value(record, header, "straat")), normalPostcode, emptyToNull(value(record, header, "plaats")),
        municipality));
  }

  private static String value(CSVRecord record, List<String> header, String column) {
    return record.get(header.indexOf(column)).strip();
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
