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
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;

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

  /**
   * Imports organisations and locations from a CSV file (see {@link ProviderCsvReader}): every row
   * is checked first, and if any row is wrong nothing is imported and every problem is reported
   * with its line. Existing organisations (same name) get the new locations; a location that exists
   * is skipped.
   */
  public ProviderImportReport importCsv(Actor actor, Reader csv) {
    if (!AccessPolicy.mayChangeProvider(actor)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, OBJECT, null).denied().detail("csv import"));
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
    // A few queries for the whole file, not one per row: its municipalities, the known
    // organisations
    // of its names (with their locations) and the holders of its AGB codes and KvK numbers.
    Map<String, Municipality> known =
        municipalitiesByCode(
            read.rows().stream().map(ProviderCsvRow::municipalityCode).distinct().toList(), year);
    Map<String, CareProvider> existingByKey =
        providersByNameKey(read.rows().stream().map(ProviderCsvRow::name).distinct().toList());
    Map<String, Municipality> found = new HashMap<>();
    // Names compared as the database's unique key does (case and accents do not count).
    Map<String, CareProvider> byName = new LinkedHashMap<>();
    Map<String, ProviderCsvRow> firstRow = new HashMap<>();
    Identifiers identifiers =
        new Identifiers(
            holders("agbCode", read.rows().stream().map(ProviderCsvRow::agbCode).toList()),
            holders("kvkNumber", read.rows().stream().map(ProviderCsvRow::kvkNumber).toList()));
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
      Optional<Municipality> municipality = Optional.ofNullable(known.get(row.municipalityCode()));
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
          byName.computeIfAbsent(DatabaseText.key(row.name()), existingByKey::get);
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
          AccessEvent.of(AccessAction.CREATE, OBJECT, null)
              .failed()
              .detail("csv import refused: " + problems.size() + " problem(s)"));
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
        AccessEvent.of(AccessAction.CREATE, OBJECT, null)
            .detail("csv import: " + providers + " providers, " + locations + " locations"));
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
    private final Map<String, CareProvider> agbStored;
    private final Map<String, CareProvider> kvkStored;

    Identifiers(Map<String, CareProvider> agbStored, Map<String, CareProvider> kvkStored) {
      this.agbStored = agbStored;
      this.kvkStored = kvkStored;
    }

    List<ProviderImportReport.Line> check(ProviderCsvRow row) {
      List<ProviderImportReport.Line> problems = new ArrayList<>();
      check(row, row.agbCode(), "agb", agbInFile, agbStored, problems);
      check(row, row.kvkNumber(), "kvk", kvkInFile, kvkStored, problems);
      return problems;
    }

    private void check(
        ProviderCsvRow row,
        String code,
        String column,
        Map<String, ProviderCsvRow> inFile,
        Map<String, CareProvider> stored,
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
      Optional.ofNullable(stored.get(code))
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

  /** The municipalities of one division year with these CBS codes, by code: one query. */
  private Map<String, Municipality> municipalitiesByCode(List<String> codes, int year) {
    Map<String, Municipality> result = new HashMap<>();
    if (!codes.isEmpty()) {
      em.createQuery(
              "select m from Municipality m where m.divisionYear = :year and m.cbsCode in :codes",
              Municipality.class)
          .setParameter("year", year)
          .setParameter("codes", codes)
          .getResultList()
          .forEach(m -> result.put(m.getCbsCode(), m));
    }
    return result;
  }

  /**
   * The known organisations with these names, by {@link DatabaseText#key} of the name, with their
   * locations: two queries (the database compares the names as the key does).
   */
  private Map<String, CareProvider> providersByNameKey(List<String> names) {
    Map<String, CareProvider> result = new HashMap<>();
    if (!names.isEmpty()) {
      nl.wijkzicht.database.BatchFetch.of(
              em.createQuery(
                  "select p from CareProvider p where p.name in :names", CareProvider.class),
              "p.locations")
          .setParameter("names", names)
          .getResultList()
          .forEach(p -> result.putIfAbsent(DatabaseText.key(p.getName()), p));
    }
    return result;
  }

  /** The organisations holding these codes in one column ({@code agbCode}, {@code kvkNumber}). */
  private Map<String, CareProvider> holders(String column, List<String> codes) {
    List<String> wanted = codes.stream().filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, CareProvider> result = new HashMap<>();
    if (!wanted.isEmpty()) {
      for (CareProvider p :
          em.createQuery(
                  "select p from CareProvider p where p." + column + " in :codes",
                  CareProvider.class)
              .setParameter("codes", wanted)
              .getResultList()) {
        result.put("agbCode".equals(column) ? p.getAgbCode() : p.getKvkNumber(), p);
      }
    }
    return result;
  }
}
