package nl.wijkzicht.provider.boundary;

import java.io.Serializable;
import nl.wijkzicht.provider.entity.ProviderKind;

/**
 * One organisation as the provider list shows it, with its number of locations counted by the
 * database: {@link ProviderService#summaries} reads any number of them in one query.
 */
public record ProviderSummary(
    long id, String name, ProviderKind kind, String agbCode, String kvkNumber, long locationCount)
    implements Serializable {}
