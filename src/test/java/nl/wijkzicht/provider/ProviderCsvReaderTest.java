package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.wijkzicht.provider.control.ProviderCsvReader;
import nl.wijkzicht.provider.control.ProviderCsvReader.Problem;
import nl.wijkzicht.provider.entity.ProviderKind;
import org.junit.jupiter.api.Test;

class ProviderCsvReaderTest {

  private static final String HEADER =
      "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n";

  @Test
  void readsValidRowsAndNormalisesPostcodeAndKind() {
    ProviderCsvReader.Result result =
        ProviderCsvReader.read(
            new StringReader(
                "\uFEFF"
                    + HEADER
                    + "Huisartsen Het Rond;Huisartsenpraktijk;01011234;;Het Rond;Rond 1;3995 dd;Houten;gm0321\n"
                    + "Thuiszorg Oost;wijkverpleging;;12345678;Team Overvecht;;;Utrecht;GM0344\n"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    assertThat(result.rows().get(0).kind()).isEqualTo(ProviderKind.GP_PRACTICE);
    assertThat(result.rows().get(0).postcode()).isEqualTo("3995DD");
    assertThat(result.rows().get(0).municipalityCode()).isEqualTo("GM0321");
    assertThat(result.rows().get(1).kind()).isEqualTo(ProviderKind.HOME_CARE);
    assertThat(result.rows().get(1).agbCode()).isNull();
  }

  @Test
  void reportsEveryBadRowWithItsLine() {
    ProviderCsvReader.Result result =
        ProviderCsvReader.read(
            new StringReader(
                HEADER
                    + ";huisartsenpraktijk;01011234;;Locatie;;;;GM0321\n"
                    + "Praktijk B;ziekenhuis;01011234;;Locatie;;;;GM0321\n"
                    + "Praktijk C;huisartsenpraktijk;;;Locatie;;;;GM0321\n"
                    + "Praktijk D;huisartsenpraktijk;0101;123;Locatie;;1234;;GM0321\n"
                    + "Praktijk E;huisartsenpraktijk;01011234;;;;;;Houten\n"
                    + "Praktijk F;huisartsenpraktijk\n"));
    assertThat(result.isValid()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::line, Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "provider_import.name"),
            org.assertj.core.groups.Tuple.tuple(3L, "provider_import.kind"),
            org.assertj.core.groups.Tuple.tuple(4L, "provider_import.identifier_missing"),
            org.assertj.core.groups.Tuple.tuple(5L, "provider_import.agb"),
            org.assertj.core.groups.Tuple.tuple(5L, "provider_import.kvk"),
            org.assertj.core.groups.Tuple.tuple(5L, "provider_import.postcode"),
            org.assertj.core.groups.Tuple.tuple(6L, "provider_import.location"),
            org.assertj.core.groups.Tuple.tuple(6L, "provider_import.municipality"),
            org.assertj.core.groups.Tuple.tuple(7L, "provider_import.field_count"));
    assertThat(result.problems())
        .as("the column each problem is about")
        .extracting(Problem::column)
        .containsExactly(
            "naam", "soort", "agb", "agb", "kvk", "postcode", "locatie", "gemeentecode", null);
  }

  @Test
  void namesMissingColumns() {
    ProviderCsvReader.Result result =
        ProviderCsvReader.read(new StringReader("naam;soort\nA;anders\n"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("provider_import.columns_missing");
              assertThat(p.arguments().get(0).toString()).startsWith("agb, kvk, locatie");
            });
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(ProviderCsvReader.read(new StringReader(HEADER)).problems())
        .extracting(Problem::key)
        .containsExactly("provider_import.empty");
  }
}
