package nl.wijkzicht.provider.control;

import nl.wijkzicht.provider.entity.ProviderKind;

/** One valid row of a provider import file: an organisation and one of its locations. */
public record ProviderCsvRow(
    long line,
    String name,
    ProviderKind kind,
    String agbCode,
    String kvkNumber,
    String locationName,
    String street,
    String postcode,
    String city,
    String municipalityCode) {}
