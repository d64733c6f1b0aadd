package nl.wijkzicht.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.wijkzicht.area.control.MunicipalityQuery;
import org.junit.jupiter.api.Test;

class MunicipalityQueryTest {

  @Test
  void treatsBlankSearchTextAndProvinceAsNoFilter() {
    MunicipalityQuery query =
        new MunicipalityQuery(
            2025,
            Optional.of("   "),
            Optional.of(" "),
            Optional.empty(),
            MunicipalityQuery.Sort.NAME,
            false);
    assertThat(query.text()).isEmpty();
    assertThat(query.province()).isEmpty();
  }

  @Test
  void stripsAndCapsSearchText() {
    MunicipalityQuery query =
        new MunicipalityQuery(
            2025,
            Optional.of("  houten " + "x".repeat(500)),
            Optional.empty(),
            Optional.empty(),
            MunicipalityQuery.Sort.NAME,
            false);
    assertThat(query.text())
        .get()
        .asString()
        .startsWith("houten x")
        .hasSize(MunicipalityQuery.MAX_TEXT_LENGTH);
  }
}
