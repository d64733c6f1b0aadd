package nl.wijkzicht.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.provider.control.ProviderCsvReader;
import nl.wijkzicht.provider.control.ProviderRules;
import nl.wijkzicht.provider.entity.ProviderKind;
import org.junit.jupiter.api.Test;

class ProviderRulesTest {

  @Test
  void acceptsAnOrganisationWithOneOfItsIdentifiers() {
    assertThat(
            ProviderRules.checkOrganisation(
                " Praktijk ", ProviderKind.GP_PRACTICE, "01011234", null))
        .isEmpty();
    assertThat(ProviderRules.checkOrganisation("Team", ProviderKind.HOME_CARE, "", " 12345678 "))
        .isEmpty();
  }

  @Test
  void reportsEveryOrganisationProblemAtItsField() {
    assertThat(ProviderRules.checkOrganisation(" ", null, "0101", "12a45678"))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            tuple(ProviderRules.NAME, ProviderRules.NAME_REQUIRED),
            tuple(ProviderRules.KIND, ProviderRules.KIND_REQUIRED),
            tuple(ProviderRules.AGB, ProviderRules.AGB_INVALID),
            tuple(ProviderRules.KVK, ProviderRules.KVK_INVALID));
    assertThat(ProviderRules.checkOrganisation("x".repeat(201), ProviderKind.OTHER, null, " "))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            tuple(ProviderRules.NAME, ProviderRules.NAME_TOO_LONG),
            tuple(ProviderRules.AGB, ProviderRules.IDENTIFIER_REQUIRED));
  }

  @Test
  void checksALocationAndNamesItsRow() {
    assertThat(
            ProviderRules.checkLocation(
                0, "Hoofdlocatie", "Dorpsstraat 1", "3991 aa", "Houten", "gm0321"))
        .isEmpty();
    assertThat(
            ProviderRules.checkLocation(
                2, "", "s".repeat(201), "0123 AB", "c".repeat(101), "Houten"))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            tuple("locations:2:locationName", ProviderRules.LOCATION_NAME_REQUIRED),
            tuple("locations:2:street", ProviderRules.STREET_TOO_LONG),
            tuple("locations:2:postcode", ProviderRules.POSTCODE_INVALID),
            tuple("locations:2:city", ProviderRules.CITY_TOO_LONG),
            tuple("locations:2:municipality", ProviderRules.MUNICIPALITY_INVALID));
    assertThat(ProviderRules.checkLocation(0, "L", null, null, null, null))
        .extracting(FieldProblem::key)
        .containsExactly(ProviderRules.MUNICIPALITY_REQUIRED);
  }

  @Test
  void normalisesPostcodesAndCodes() {
    assertThat(ProviderRules.postcode(" 3995 dd ")).contains("3995DD");
    assertThat(ProviderRules.postcode("3995DD")).contains("3995DD");
    assertThat(ProviderRules.postcode("3995 D")).isEmpty();
    assertThat(ProviderRules.postcode("12345 AB")).isEmpty();
    assertThat(ProviderRules.municipalityCode(" gm0321")).isEqualTo("GM0321");
    assertThat(ProviderRules.isMunicipalityCode("GM321")).isFalse();
    assertThat(ProviderRules.isAgbCode("0101123")).isFalse();
    assertThat(ProviderRules.isKvkNumber("12345678")).isTrue();
  }

  @Test
  void theCsvImportAppliesTheSameRules() {
    ProviderCsvReader.Result result =
        ProviderCsvReader.read(
            new StringReader(
                "naam;soort;agb;kvk;locatie;straat;postcode;plaats;gemeentecode\n"
                    + "Praktijk;anders;01011234;;Locatie;"
                    + "s".repeat(201)
                    + ";;"
                    + "c".repeat(101)
                    + ";GM0321\n"));
    assertThat(result.problems())
        .extracting(ProviderCsvReader.Problem::key)
        .containsExactly("provider_import.street", "provider_import.city");
  }
}
