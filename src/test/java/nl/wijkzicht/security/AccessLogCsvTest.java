package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.wijkzicht.security.control.AccessLogCsv;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessLogEntry;
import nl.wijkzicht.security.entity.AccessOutcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The access-log export as a Dutch spreadsheet opens it: ';', UTF-8 with BOM, Amsterdam time. */
class AccessLogCsvTest {

  private static AccessLogEntry entry(Instant at, String username, String detail) {
    return new AccessLogEntry(
        at,
        3L,
        username,
        "PROVIDER",
        AccessAction.LOGIN,
        "User",
        "3",
        null,
        null,
        "10.0.0.1",
        AccessOutcome.DENIED,
        detail);
  }

  private static byte[] export(AccessLogEntry... entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AccessLogCsv.write(List.of(entries), out);
    return out.toByteArray();
  }

  private static List<CSVRecord> read(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }

  @Test
  void startsWithAUtf8ByteOrderMarkAndSeparatesWithSemicolons() throws Exception {
    byte[] bytes = export(entry(Instant.parse("2026-11-23T10:00:00Z"), "zoë", "één, twee"));
    assertThat(Arrays.copyOf(bytes, 3))
        .as("UTF-8 byte order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "\uFEFFtijdstip;gebruiker;rol;actie;objecttype;object_id;zorgaanbieder_id;gebied;adres;"
                + "uitkomst;detail;tijdstip_utc");
    assertThat(text).contains("\r\n");
    CSVRecord record = read(bytes).get(0);
    assertThat(record.get("gebruiker")).isEqualTo("zoë");
    assertThat(record.get("detail")).as("a comma is no separator").isEqualTo("één, twee");
    assertThat(record.get("uitkomst")).isEqualTo("DENIED");
  }

  @Test
  void writesTimesInAmsterdamTimeSummerAndWinter() throws Exception {
    List<CSVRecord> records =
        read(
            export(
                entry(Instant.parse("2026-01-15T09:30:05Z"), "a", null), // CET, UTC+1
                entry(Instant.parse("2026-07-01T22:15:00Z"), "b", null), // CEST, next day
                entry(Instant.parse("2026-03-29T01:00:00Z"), "c", null), // 02:00 -> 03:00 CEST
                entry(Instant.parse("2026-10-25T00:30:00Z"), "d", null), // 02:30 CEST
                entry(Instant.parse("2026-10-25T01:30:00Z"), "e", null))); // 02:30 CET again
    assertThat(records.stream().map(r -> r.get("tijdstip")))
        .containsExactly(
            "15-01-2026 10:30:05",
            "02-07-2026 00:15:00",
            "29-03-2026 03:00:00",
            "25-10-2026 02:30:00",
            "25-10-2026 02:30:00");
    assertThat(records.get(4).get("tijdstip_utc"))
        .as("the UTC instant tells the twice-occurring hour apart")
        .isEqualTo("2026-10-25T01:30:00Z");
  }

  @Test
  void keepsAForgedLineBreakOrSeparatorInsideOneCellAndDefusesFormulas() throws Exception {
    List<CSVRecord> records =
        read(
            export(
                entry(
                    Instant.parse("2026-11-23T10:00:00Z"),
                    "eve\r\n23-11-2026 10:00:00;admin;ADMIN",
                    "=HYPERLINK(\"http://evil\")"),
                entry(Instant.parse("2026-11-23T10:00:00Z"), "+31", "-2+3"),
                entry(Instant.parse("2026-11-23T10:00:00Z"), "@SUM(A1)", "\tcmd"),
                entry(Instant.parse("2026-11-23T10:00:00Z"), "\r=1", "gewoon")));
    assertThat(records).hasSize(4);
    assertThat(records.get(0).get("gebruiker")).isEqualTo("eve\r\n23-11-2026 10:00:00;admin;ADMIN");
    assertThat(records.get(0).get("detail")).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(records.get(1).get("gebruiker")).isEqualTo("'+31");
    assertThat(records.get(1).get("detail")).isEqualTo("'-2+3");
    assertThat(records.get(2).get("gebruiker")).isEqualTo("'@SUM(A1)");
    assertThat(records.get(2).get("detail")).isEqualTo("'\tcmd");
    assertThat(records.get(3).get("gebruiker")).isEqualTo("'\r=1");
    assertThat(records.get(3).get("detail")).isEqualTo("gewoon");
  }
}
