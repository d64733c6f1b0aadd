package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.database.DatabaseText;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.provider.control.ProviderCsvReader;
import nl.wijkzicht.provider.control.ProviderCsvRow;
import nl.wijkzicht.provider.control.ProviderRules;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/** Importing care provider organisations and their locations from a CSV file, for coordinators. */
@ApplicationScoped
@Transactional
public class ProviderImportService {

  static final String OBJECT = ProviderService.OBJECT;
  static final String NAME_KEY = ProviderRegistrationService.NAME_KEY;
  static final String AGB_KEY = ProviderRegistrationService.AGB_KEY;
  static final String KVK_KEY = ProviderRegistrationService.KVK_KEY;
  static final String LOCATION_KEY = ProviderRegistrationService.LOCATION_KEY;

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;
  @Inject private ProviderService reading;

  /**
   * Imports organisations and locations from a CSV file (see {@link ProviderCsvReader}): every row
   * is checked first, and if any row is wrong nothing is imported and every problem is reported
   * with its line. Existing organisations (same name) get the new locations; a location that exists
   * is skipped.
   */
  public ProviderImportReport importCsv(Actor actor, Reader csv) {
    if (!AccessPolicy.mayChangeProvider(actor)) {
      accessLog.record(
          actor, AccessAction.CREATE, OBJECT, null, null, null, AccessOutcome.DENIED, "csv import");
      throw NotAllowedException.denied("provider import");
    }
    ProviderCsvReader.Result read = ProviderCsvReader.read(csv);
    List<ProviderImportReport.Line> problems = new ArrayList<>();
    read.problems()
        .forEach(
            p ->
                problems.add(
                    new ProviderImportReport.Line(p.line(), p.column(), p.key(), p.arguments())));
    int year = municipalities.currentYear().orElse(0);
    Map<String, Municipality> found = new HashMap<>();
    // Names compared as the database's unique key does (case and accents do not count).
    Map<String, CareProvider> byName = new LinkedHashMap<>();
    Map<String, ProviderCsvRow> firstRow = new HashMap<>();
    Identifiers identifiers = new Identifiers();
    for (ProviderCsvRow row : read.rows()) {
      ProviderCsvRow first = firstRow.putIfAbsent(DatabaseText.key(row.name()), row);
      if (first != null
          && (differs(first.agbCode(), row.agbCode())
              || differs(first.kvkNumber(), row.kvkNumber())
              || first.kind() != row.kind())) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(), "provider_import.inconsistent", List.of(row.name(), first.line())));
      }
      problems.addAll(identifiers.check(row));
      Optional<Municipality> municipality = municipalities.find(row.municipalityCode(), year);
      if (municipality.isEmpty()) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(),
                "gemeentecode",
                "provider_import.municipality_unknown",
                List.of(row.municipalityCode())));
        continue;
      }
      found.put(row.municipalityCode(), municipality.get());
      CareProvider existing =
          byName.computeIfAbsent(
              DatabaseText.key(row.name()), n -> findByName(row.name()).orElse(null));
      if (existing != null
          && (differs(existing.getAgbCode(), row.agbCode())
              || differs(existing.getKvkNumber(), row.kvkNumber()))) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(), "provider_import.identifier_conflict", List.of(row.name())));
      }
    }
    if (!problems.isEmpty() || read.rows().isEmpty()) {
      accessLog.record(
          actor,
          AccessAction.CREATE,
          OBJECT,
          null,
          null,
          null,
          AccessOutcome.FAILED,
          "csv import refused: " + problems.size() + " problem(s)");
      problems.sort(java.util.Comparator.comparingLong(ProviderImportReport.Line::line));
      return new ProviderImportReport(0, 0, 0, List.copyOf(problems));
    }
    int providers = 0;
    int locations = 0;
    int skipped = 0;
    for (ProviderCsvRow row : read.rows()) {
      CareProvider provider = byName.get(DatabaseText.key(row.name()));
      if (provider == null) {
        provider = new CareProvider(row.name(), row.kind(), row.agbCode(), row.kvkNumber(), false);
        em.persist(provider);
        byName.put(DatabaseText.key(row.name()), provider);
        providers++;
      }
      if (provider.addLocation(
          row.locationName(),
          row.street(),
          row.postcode(),
          row.city(),
          found.get(row.municipalityCode()))) {
        locations++;
      } else {
        skipped++;
      }
    }
    // Another user may have saved a name or code since the checks above.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("CareProvider", "import"),
        DatabaseWrite.UniqueKey.of(
            NAME_KEY,
            () -> InvalidInputException.of(ProviderRules.NAME, "provider_import.taken_meanwhile")),
        DatabaseWrite.UniqueKey.of(
            AGB_KEY,
            () -> InvalidInputException.of(ProviderRules.AGB, "provider_import.taken_meanwhile")),
        DatabaseWrite.UniqueKey.of(
            KVK_KEY,
            () -> InvalidInputException.of(ProviderRules.KVK, "provider_import.taken_meanwhile")),
        DatabaseWrite.UniqueKey.of(
            LOCATION_KEY,
            () ->
                InvalidInputException.of(
                    ProviderRules.LOCATIONS, "provider_import.taken_meanwhile")));
    accessLog.record(
        actor,
        AccessAction.CREATE,
        OBJECT,
        null,
        null,
        null,
        AccessOutcome.ALLOWED,
        "csv import: " + providers + " providers, " + locations + " locations");
    return new ProviderImportReport(providers, locations, skipped, List.of());
  }

  private static boolean differs(String stored, String given) {
    return stored != null && given != null && !stored.equals(given);
  }

  /**
   * The AGB codes and KvK numbers of an import: each may belong to one provider only, in the file
   * and in the database (the unique keys {@value #AGB_KEY} and {@value #KVK_KEY}). Reports the line
   * and the column.
   */
  private final class Identifiers {
    private final Map<String, ProviderCsvRow> agbInFile = new HashMap<>();
    private final Map<String, ProviderCsvRow> kvkInFile = new HashMap<>();
    private final Map<String, Optional<CareProvider>> agbStored = new HashMap<>();
    private final Map<String, Optional<CareProvider>> kvkStored = new HashMap<>();

    List<ProviderImportReport.Line> check(ProviderCsvRow row) {
      List<ProviderImportReport.Line> problems = new ArrayList<>();
      check(row, row.agbCode(), "agb", agbInFile, agbStored, CareProvider.FIND_BY_AGB, problems);
      check(row, row.kvkNumber(), "kvk", kvkInFile, kvkStored, CareProvider.FIND_BY_KVK, problems);
      return problems;
    }

    private void check(
        ProviderCsvRow row,
        String code,
        String column,
        Map<String, ProviderCsvRow> inFile,
        Map<String, Optional<CareProvider>> stored,
        String query,
        List<ProviderImportReport.Line> problems) {
      if (code == null) {
        return;
      }
      ProviderCsvRow first = inFile.putIfAbsent(code, row);
      if (first != null && !DatabaseText.same(first.name(), row.name())) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(),
                column,
                "provider_import." + column + "_twice",
                List.of(code, first.name(), first.line())));
      }
      stored
          .computeIfAbsent(
              code,
              c ->
                  em.createNamedQuery(query, CareProvider.class)
                      .setParameter("code", c)
                      .getResultStream()
                      .findFirst())
          .filter(holder -> !DatabaseText.same(holder.getName(), row.name()))
          .ifPresent(
              holder ->
                  problems.add(
                      new ProviderImportReport.Line(
                          row.line(),
                          column,
                          "provider_import." + column + "_taken",
                          List.of(code, holder.getName()))));
    }
  }

  private Optional<CareProvider> findByName(String name) {
    return reading.findByName(name);
  }
}
