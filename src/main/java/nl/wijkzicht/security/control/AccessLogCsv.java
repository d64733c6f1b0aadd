package nl.wijkzicht.security.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wijkzicht.security.entity.AccessLogEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes access-log entries as CSV the way a Dutch spreadsheet opens it by double-click: semicolon
 * separated (Excel with Dutch regional settings uses ';' as list separator, so ',' put everything
 * in one column), UTF-8 with a byte order mark (without it Excel reads ANSI and mangles é and ë),
 * times as dd-MM-yyyy HH:mm:ss in Europe/Amsterdam, plus the UTC instant in the last column (an
 * hour in the October change to winter time happens twice locally). commons-csv quotes separators
 * and line breaks, so a username with CR/LF or ';' cannot forge a cell or a line; cells that a
 * spreadsheet would run as a formula get a leading quote.
 */
public final class AccessLogCsv {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZONE);

  static final String[] HEADER = {
    "tijdstip",
    "gebruiker",
    "rol",
    "actie",
    "objecttype",
    "object_id",
    "zorgaanbieder_id",
    "gebied",
    "adres",
    "uitkomst",
    "detail",
    "tijdstip_utc"
  };

  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setHeader(HEADER)
          .get();

  private AccessLogCsv() {}

  /** Writes the entries as UTF-8 with byte order mark; the stream is left open. */
  public static void write(List<AccessLogEntry> entries, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    for (AccessLogEntry e : entries) {
      printer.printRecord(
          local(e.getOccurredAt()),
          safe(e.getUsername()),
          e.getRole(),
          e.getAction(),
          safe(e.getObjectType()),
          safe(e.getObjectId()),
          e.getProviderId(),
          safe(e.getAreaCode()),
          safe(e.getAddress()),
          e.getOutcome(),
          safe(e.getDetail()),
          e.getOccurredAt());
    }
    printer.flush();
  }

  static String local(Instant instant) {
    return instant == null ? null : LOCAL_TIME.format(instant);
  }

  /**
   * Neutralises spreadsheet formula injection: a cell starting with = + - @ tab or CR gets a
   * leading quote, so Excel and LibreOffice show it as text instead of running it (OWASP CSV
   * injection).
   */
  public static String safe(String value) {
    if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
