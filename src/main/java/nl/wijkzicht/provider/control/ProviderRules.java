package nl.wijkzicht.provider.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;

/**
 * The rules a care provider's own fields and its locations must meet, checked before anything is
 * looked up in the database; shared by the CSV import ({@link ProviderCsvReader}) and the form
 * ({@code ProviderRegistrationService.create/update}), so both refuse exactly the same input.
 * Organisation: a name of at most {@link CareProvider#NAME_LENGTH} characters, a kind, an AGB code
 * and/or a KvK number, each 8 digits. Location: a name of at most {@link
 * ProviderLocation#NAME_LENGTH} characters, street and city within their column lengths, a Dutch
 * postcode (1234 AB; not starting with 0) when given, and a CBS municipality code (GM + 4 digits).
 * Uniqueness and whether a municipality exists are checked by the service.
 */
public final class ProviderRules {

  public static final String NAME = "name";
  public static final String KIND = "kind";
  public static final String AGB = "agbCode";
  public static final String KVK = "kvkNumber";
  public static final String AREAS = "areas";
  public static final String LOCATIONS = "locations";
  public static final String LOCATION_NAME = "locationName";
  public static final String STREET = "street";
  public static final String POSTCODE = "postcode";
  public static final String CITY = "city";
  public static final String MUNICIPALITY = "municipality";

  public static final String NAME_REQUIRED = "provider.name.required";
  public static final String NAME_TOO_LONG = "provider.name.too_long";
  public static final String KIND_REQUIRED = "provider.kind.required";
  public static final String IDENTIFIER_REQUIRED = "provider.identifier.required";
  public static final String AGB_INVALID = "provider.agb.invalid";
  public static final String KVK_INVALID = "provider.kvk.invalid";
  public static final String LOCATION_NAME_REQUIRED = "provider.location.name.required";
  public static final String LOCATION_NAME_TOO_LONG = "provider.location.name.too_long";
  public static final String STREET_TOO_LONG = "provider.location.street.too_long";
  public static final String POSTCODE_INVALID = "provider.location.postcode.invalid";
  public static final String CITY_TOO_LONG = "provider.location.city.too_long";
  public static final String MUNICIPALITY_REQUIRED = "provider.location.municipality.required";
  public static final String MUNICIPALITY_INVALID = "provider.location.municipality.invalid";

  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
  private static final Pattern POSTCODE_PATTERN = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})");
  private static final Pattern CBS_CODE = Pattern.compile(Municipality.CBS_CODE_PATTERN);

  private ProviderRules() {}

  /** Text as stored: stripped; empty for null. */
  public static String text(String value) {
    return value == null ? "" : value.strip();
  }

  /** Optional text as stored: stripped, null when empty. */
  public static String optional(String value) {
    String stripped = text(value);
    return stripped.isEmpty() ? null : stripped;
  }

  public static boolean isAgbCode(String value) {
    return value != null && EIGHT_DIGITS.matcher(value).matches();
  }

  public static boolean isKvkNumber(String value) {
    return value != null && EIGHT_DIGITS.matcher(value).matches();
  }

  /**
   * A postcode as stored ("3995DD") from what people write ("3995 dd"); empty when it is no Dutch
   * postcode.
   */
  public static Optional<String> postcode(String value) {
    Matcher matcher = POSTCODE_PATTERN.matcher(text(value));
    return matcher.matches()
        ? Optional.of(matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  /** A CBS municipality code as stored ("GM0321"), upper case. */
  public static String municipalityCode(String value) {
    return text(value).toUpperCase(Locale.ROOT);
  }

  public static boolean isMunicipalityCode(String value) {
    return CBS_CODE.matcher(municipalityCode(value)).matches();
  }

  /**
   * The form field of one location's part: row of the location list, e.g. "locations:2:postcode".
   */
  public static String locationField(int row, String part) {
    return LOCATIONS + ":" + row + ":" + part;
  }

  /** Every problem of the organisation's own fields at once; empty when all is well. */
  public static List<FieldProblem> checkOrganisation(
      String name, ProviderKind kind, String agbCode, String kvkNumber) {
    List<FieldProblem> problems = new ArrayList<>();
    String stripped = text(name);
    if (stripped.isEmpty()) {
      problems.add(new FieldProblem(NAME, NAME_REQUIRED, List.of()));
    } else if (stripped.length() > CareProvider.NAME_LENGTH) {
      problems.add(
          new FieldProblem(NAME, NAME_TOO_LONG, List.of(String.valueOf(CareProvider.NAME_LENGTH))));
    }
    if (kind == null) {
      problems.add(new FieldProblem(KIND, KIND_REQUIRED, List.of()));
    }
    String agb = text(agbCode);
    String kvk = text(kvkNumber);
    if (agb.isEmpty() && kvk.isEmpty()) {
      problems.add(new FieldProblem(AGB, IDENTIFIER_REQUIRED, List.of()));
    }
    if (!agb.isEmpty() && !isAgbCode(agb)) {
      problems.add(new FieldProblem(AGB, AGB_INVALID, List.of(agb)));
    }
    if (!kvk.isEmpty() && !isKvkNumber(kvk)) {
      problems.add(new FieldProblem(KVK, KVK_INVALID, List.of(kvk)));
    }
    return problems;
  }

  /**
   * Every problem of one location (row {@code row} of the form's list) at once; empty when all is
   * well.
   */
  public static List<FieldProblem> checkLocation(
      int row, String name, String street, String postcode, String city, String municipalityCode) {
    List<FieldProblem> problems = new ArrayList<>();
    String stripped = text(name);
    if (stripped.isEmpty()) {
      problems.add(
          new FieldProblem(locationField(row, LOCATION_NAME), LOCATION_NAME_REQUIRED, List.of()));
    } else if (stripped.length() > ProviderLocation.NAME_LENGTH) {
      problems.add(
          new FieldProblem(
              locationField(row, LOCATION_NAME),
              LOCATION_NAME_TOO_LONG,
              List.of(String.valueOf(ProviderLocation.NAME_LENGTH))));
    }
    if (text(street).length() > ProviderLocation.STREET_LENGTH) {
      problems.add(
          new FieldProblem(
              locationField(row, STREET),
              STREET_TOO_LONG,
              List.of(String.valueOf(ProviderLocation.STREET_LENGTH))));
    }
    String code = text(postcode);
    if (!code.isEmpty() && postcode(code).isEmpty()) {
      problems.add(new FieldProblem(locationField(row, POSTCODE), POSTCODE_INVALID, List.of(code)));
    }
    if (text(city).length() > ProviderLocation.CITY_LENGTH) {
      problems.add(
          new FieldProblem(
              locationField(row, CITY),
              CITY_TOO_LONG,
              List.of(String.valueOf(ProviderLocation.CITY_LENGTH))));
    }
    String municipality = municipalityCode(municipalityCode);
    if (municipality.isEmpty()) {
      problems.add(
          new FieldProblem(locationField(row, MUNICIPALITY), MUNICIPALITY_REQUIRED, List.of()));
    } else if (!isMunicipalityCode(municipality)) {
      problems.add(
          new FieldProblem(
              locationField(row, MUNICIPALITY), MUNICIPALITY_INVALID, List.of(municipality)));
    }
    return problems;
  }
}
