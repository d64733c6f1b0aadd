package nl.wijkzicht.security.control;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wijkzicht.security.entity.AccessLogEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes access-log entries as CSV (commons-csv quotes separators and line breaks, so a username
 * with CR/LF cannot forge a line). Cells that a spreadsheet would run as a formula get a leading
 * quote. The time is given in UTC and as Europe/Amsterdam time with its offset.
 */
public final class AccessLogCsv {

  static final String[] HEADER = {
    "occurred_at_utc",
    "occurred_at_amsterdam",
    "username",
    "role",
    "action",
    "object_type",
    "object_id",
    "provider_id",
    "area",
    "address",
    "outcome",
    "detail"
  };

  /** The time as shown on the pages, with its offset (so the hour the clocks go back is clear). */
  private static final DateTimeFormatter AMSTERDAM =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/Amsterdam"));

  private AccessLogCsv() {}

  public static void write(List<AccessLogEntry> entries, Writer writer) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (AccessLogEntry e : entries) {
        printer.printRecord(
            e.getOccurredAt(),
            AMSTERDAM.format(e.getOccurredAt()),
            safe(e.getUsername()),
            e.getRole(),
            e.getAction(),
            safe(e.getObjectType()),
            safe(e.getObjectId()),
            e.getProviderId(),
            safe(e.getAreaCode()),
            e.getAddress(),
            e.getOutcome(),
            safe(e.getDetail()));
      }
    }
  }

  /** Neutralises spreadsheet formula injection (=, +, -, @ at the start of a cell). */
  static String safe(String value) {
    if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
