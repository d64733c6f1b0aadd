package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkzicht.area.control.DivisionFile;
import nl.wijkzicht.area.control.InvalidDivisionFileException;
import nl.wijkzicht.area.control.MunicipalityCsvReader;
import nl.wijkzicht.area.control.MunicipalityRecord;
import org.junit.jupiter.api.Test;

class MunicipalityCsvReaderTest {

  private static final String HEADER =
      "gemeentCode;gemeenteNaam;veiligheidsRegioCode;veiligheidsRegioNaam;provincieCode;Provincie;Land\r\n";

  @Test
  void readsTheBundledDivisionOf2025() throws Exception {
    List<MunicipalityRecord> records;
    try (Reader reader =
        new InputStreamReader(
            getClass().getResourceAsStream("/nl/wijkzicht/area/divisions/gemeenten-2025.csv"),
            StandardCharsets.UTF_8)) {
      records = MunicipalityCsvReader.read(reader, "gemeenten-2025.csv");
    }
    assertThat(records).hasSize(342);
    Map<String, Long> perProvince =
        records.stream()
            .collect(Collectors.groupingBy(MunicipalityRecord::province, Collectors.counting()));
    assertThat(perProvince)
        .hasSize(12)
        .containsEntry("Fryslân", 18L)
        .containsEntry("Noord-Brabant", 56L)
        .containsEntry("Zuid-Holland", 50L)
        .containsEntry("Noord-Holland", 44L);
    assertThat(byCode(records, "GM0518"))
        .isEqualTo(
            new MunicipalityRecord(
                "GM0518", "Den Haag", "'s-Gravenhage", "Zuid-Holland", "VR15", "Haaglanden"));
    assertThat(byCode(records, "GM0014").name()).isEqualTo("Groningen");
    assertThat(byCode(records, "GM0373").name()).isEqualTo("Bergen (NH.)");
    assertThat(byCode(records, "GM0893").name()).isEqualTo("Bergen (L.)");
  }

  @Test
  void stripsTheByteOrderMarkSoTheFirstColumnIsFound() {
    List<MunicipalityRecord> records =
        read("\uFEFF" + HEADER + "GM0321;Houten;VR09;Utrecht;PV26;Utrecht;NL\r\n");
    assertThat(records).extracting(MunicipalityRecord::cbsCode).containsExactly("GM0321");
  }

  @Test
  void reportsEveryBadRowWithItsLineNumber() {
    String csv =
        HEADER
            + "GM0321;Houten;VR09;Utrecht;PV26;Utrecht;NL\r\n"
            + "G0321X;Fout;VR09;Utrecht;PV26;Utrecht;NL\r\n"
            + "GM0321;Houten again;VR09;Utrecht;PV26;Utrecht;NL\r\n"
            + "GM0999;Ergens;VR09;Utrecht;PV26;Atlantis;NL\r\n"
            + "GM0998;;VR09;Utrecht;PV26;Utrecht;NL\r\n"
            + "GM0997;Kort;VR09\r\n";
    assertThatThrownBy(() -> read(csv))
        .isInstanceOfSatisfying(
            InvalidDivisionFileException.class,
            e ->
                assertThat(e.getProblems())
                    .containsExactly(
                        "line 3: CBS code 'G0321X' is not GM followed by four digits",
                        "line 4: CBS code GM0321 appears more than once",
                        "line 5: unknown province 'Atlantis'",
                        "line 6: municipality name is empty",
                        "line 7: expected 7 fields, found 3"))
        .hasMessageStartingWith("test.csv: 5 problem(s)");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> read("code;naam\r\nGM0321;Houten\r\n"))
        .isInstanceOfSatisfying(
            InvalidDivisionFileException.class,
            e ->
                assertThat(e.getProblems())
                    .singleElement()
                    .asString()
                    .startsWith("line 1: missing column(s) gemeentCode, gemeenteNaam, Provincie"));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> read(HEADER))
        .isInstanceOfSatisfying(
            InvalidDivisionFileException.class,
            e -> assertThat(e.getProblems()).containsExactly("no municipalities in file"));
  }

  @Test
  void takesTheYearFromTheFileName() {
    assertThat(DivisionFile.yearOf("gemeenten-2026.csv")).contains(2026);
    assertThat(DivisionFile.yearOf("gemeenten-26.csv")).isEmpty();
    assertThat(DivisionFile.yearOf("../gemeenten-2026.csv")).isEmpty();
    assertThat(DivisionFile.yearOf("gemeenten-2026.csv.bak")).isEmpty();
  }

  private static List<MunicipalityRecord> read(String csv) {
    return MunicipalityCsvReader.read(new StringReader(csv), "test.csv");
  }

  private static MunicipalityRecord byCode(List<MunicipalityRecord> records, String code) {
    return records.stream().filter(r -> r.cbsCode().equals(code)).findFirst().orElseThrow();
  }
}
