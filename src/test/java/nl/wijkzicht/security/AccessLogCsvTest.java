package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import nl.wijkzicht.security.control.AccessLogCsv;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessLogEntry;
import nl.wijkzicht.security.entity.AccessOutcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  @Test
  void keepsAForgedLineBreakInsideOneRecordAndDefusesFormulas() throws Exception {
    AccessLogEntry entry =
        new AccessLogEntry(
            Instant.parse("2026-11-23T10:00:00Z"),
            3L,
            "eve\r\n2026-01-01T00:00:00Z,admin,ADMIN",
            "PROVIDER",
            AccessAction.LOGIN,
            "User",
            "3",
            null,
            null,
            "10.0.0.1",
            AccessOutcome.DENIED,
            "=HYPERLINK(\"http://evil\")");
    StringWriter out = new StringWriter();
    AccessLogCsv.write(List.of(entry), out);

    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("username")).isEqualTo("eve\r\n2026-01-01T00:00:00Z,admin,ADMIN");
    assertThat(records.get(0).get("detail")).startsWith("'=");
    assertThat(records.get(0).get("outcome")).isEqualTo("DENIED");
    assertThat(records.get(0).get("occurred_at_utc")).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(records.get(0).get("occurred_at_amsterdam")).isEqualTo("2026-11-23T11:00:00+01:00");
  }
}
