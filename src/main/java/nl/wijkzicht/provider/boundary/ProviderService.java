package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.provider.control.ProviderCsvReader;
import nl.wijkzicht.provider.control.ProviderCsvRow;
import nl.wijkzicht.provider.control.ProviderRules;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/**
 * Care provider organisations; reads are checked for ownership and logged. Coordinators register
 * them by CSV or one at a time (create/update), with the same rules ({@link ProviderRules}).
 */
@ApplicationScoped
@Transactional
public class ProviderService {

  private static final System.Logger LOGGER = System.getLogger(ProviderService.class.getName());
  static final String OBJECT = "CareProvider";

  /** Native: the provider package does not depend on the study package, which owns visits. */
  private static final String VISITS_PER_LOCATION =
      "SELECT l.id, COUNT(v.id) FROM provider_location l"
          + " JOIN visit v ON v.location_id = l.id WHERE l.provider_id = ?1 GROUP BY l.id";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;

  /**
   * One organisation for this actor: staff any, a provider only its own. Throws {@link
   * NotFoundException} for an id that does not exist and {@link NotAllowedException} (after logging
   * the attempt) for another organisation's id.
   */
  public CareProvider get(Actor actor, long id) {
    CareProvider provider = em.find(CareProvider.class, id);
    if (provider == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.READ, OBJECT, id).failed().detail("unknown id"));
      throw new NotFoundException("provider.unknown", id);
    }
    if (!AccessPolicy.mayReadProvider(actor, id)) {
      accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id).provider(id).denied());
      throw NotAllowedException.denied("provider " + id);
    }
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, id).provider(id));
    return provider;
  }

  /** All organisations, for staff; a provider account sees only its own. */
  public List<CareProvider> list(Actor actor) {
    List<CareProvider> all =
        em.createNamedQuery(CareProvider.FIND_ALL, CareProvider.class).getResultList();
    List<CareProvider> visible =
        all.stream().filter(p -> AccessPolicy.mayReadProvider(actor, p.getId())).toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null)
            .outcome(
                visible.isEmpty() && !all.isEmpty() ? AccessOutcome.DENIED : AccessOutcome.ALLOWED)
            .detail(visible.size() + " providers"));
    return visible;
  }

  /**
   * All organisations as the provider list shows them, with their location counts, in one query;
   * visible and logged as {@link #list}.
   */
  public List<ProviderSummary> summaries(Actor actor) {
    List<ProviderSummary> all =
        em.createQuery(
                "select new nl.wijkzicht.provider.boundary.ProviderSummary(p.id, p.name, p.kind,"
                    + " p.agbCode, p.kvkNumber, count(l)) from CareProvider p"
                    + " left join p.locations l"
                    + " group by p.id, p.name, p.kind, p.agbCode, p.kvkNumber order by p.name",
                ProviderSummary.class)
            .getResultList();
    List<ProviderSummary> visible =
        all.stream().filter(p -> AccessPolicy.mayReadProvider(actor, p.id())).toList();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.SEARCH, OBJECT, null)
            .outcome(
                visible.isEmpty() && !all.isEmpty() ? AccessOutcome.DENIED : AccessOutcome.ALLOWED)
            .detail(visible.size() + " providers"));
    return visible;
  }

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
            p -> problems.add(new ProviderImportReport.Line(p.line(), p.key(), p.arguments())));
    int year = municipalities.currentYear().orElse(0);
    // Two queries for the whole file, not one per row: its municipalities and known organisations.
    Map<String, Municipality> known =
        municipalitiesByCode(
            read.rows().stream().map(ProviderCsvRow::municipalityCode).distinct().toList(), year);
    Map<String, CareProvider> existingByName =
        providersByName(read.rows().stream().map(ProviderCsvRow::name).distinct().toList());
    Map<String, Municipality> found = new HashMap<>();
    Map<String, CareProvider> byName = new LinkedHashMap<>();
    Map<String, ProviderCsvRow> firstRow = new HashMap<>();
    for (ProviderCsvRow row : read.rows()) {
      ProviderCsvRow first = firstRow.putIfAbsent(row.name(), row);
      if (first != null
          && (differs(first.agbCode(), row.agbCode())
              || differs(first.kvkNumber(), row.kvkNumber())
              || first.kind() != row.kind())) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(), "provider_import.inconsistent", List.of(row.name(), first.line())));
      }
      Optional<Municipality> municipality = Optional.ofNullable(known.get(row.municipalityCode()));
      if (municipality.isEmpty()) {
        problems.add(
            new ProviderImportReport.Line(
                row.line(),
                "provider_import.municipality_unknown",
                List.of(row.municipalityCode())));
        continue;
      }
      found.put(row.municipalityCode(), municipality.get());
      CareProvider existing = byName.computeIfAbsent(row.name(), existingByName::get);
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
      CareProvider provider = byName.get(row.name());
      if (provider == null) {
        provider = new CareProvider(row.name(), row.kind(), row.agbCode(), row.kvkNumber(), false);
        em.persist(provider);
        byName.put(row.name(), provider);
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
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, null)
            .detail("csv import: " + providers + " providers, " + locations + " locations"));
    return new ProviderImportReport(providers, locations, skipped, List.of());
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
   * The known organisations with these names, by the name as given, with their locations: two
   * queries. Names are compared by the database's collation (case and accents ignored); if it
   * matched one that {@link #nameKey} does not, the names left over are looked up one by one.
   */
  private Map<String, CareProvider> providersByName(List<String> names) {
    Map<String, CareProvider> result = new HashMap<>();
    if (names.isEmpty()) {
      return result;
    }
    List<CareProvider> found =
        nl.wijkzicht.database.BatchFetch.of(
                em.createQuery(
                    "select p from CareProvider p where p.name in :names", CareProvider.class),
                "p.locations")
            .setParameter("names", names)
            .getResultList();
    Map<String, CareProvider> byKey = new HashMap<>();
    found.forEach(p -> byKey.putIfAbsent(nameKey(p.getName()), p));
    Set<CareProvider> matched = new HashSet<>();
    List<String> left = new ArrayList<>();
    for (String name : names) {
      CareProvider provider = byKey.get(nameKey(name));
      if (provider == null) {
        left.add(name);
      } else {
        result.put(name, provider);
        matched.add(provider);
      }
    }
    if (matched.size() < found.size()) {
      left.forEach(name -> findByName(name).ifPresent(p -> result.put(name, p)));
    }
    return result;
  }

  /** A name as utf8mb4_unicode_ci mostly compares it: without case, accents and trailing spaces. */
  private static String nameKey(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .stripTrailing();
  }

  private static boolean differs(String stored, String given) {
    return stored != null && given != null && !stored.equals(given);
  }

  /** The provider locations in one municipality (for planning visits; staff only). */
  public List<nl.wijkzicht.provider.entity.ProviderLocation> locationsIn(
      Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw NotAllowedException.denied("provider locations");
    }
    return em.createNamedQuery(
            nl.wijkzicht.provider.entity.ProviderLocation.FIND_IN_MUNICIPALITY,
            nl.wijkzicht.provider.entity.ProviderLocation.class)
        .setParameter("municipalityId", municipalityId)
        .getResultList();
  }

  /**
   * The providers with a location in, or serving, one municipality (for tracers and findings; staff
   * only).
   */
  public List<CareProvider> serving(Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw NotAllowedException.denied("providers of an area");
    }
    return em.createNamedQuery(CareProvider.FIND_SERVING, CareProvider.class)
        .setParameter("municipalityId", municipalityId)
        .getResultList();
  }

  /**
   * One organisation to change, for coordinators (404: NotFoundException, 403:
   * NotAllowedException).
   */
  public CareProvider getForChange(Actor actor, long id) {
    requireChange(actor, AccessAction.READ, id);
    CareProvider provider = get(actor, id);
    provider
        .getLocations()
        .forEach(l -> l.getMunicipality().getName()); // Loaded here, for the form.
    provider.getAreas().size();
    return provider;
  }

  /**
   * How many visits each location of this organisation has (locations without visits are left out).
   */
  public Map<Long, Long> visitsPerLocation(Actor actor, long providerId) {
    requireChange(actor, AccessAction.READ, providerId);
    Map<Long, Long> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(VISITS_PER_LOCATION).setParameter(1, providerId).getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return counts;
  }

  /**
   * Registers an organisation with its locations and served municipalities after checking every
   * field; all problems are reported at once ({@link InvalidInputException}) and nothing is written
   * unless all is well.
   */
  public CareProvider create(Actor actor, ProviderDraft draft) {
    requireChange(actor, AccessAction.CREATE, null);
    Checked checked = check(actor, AccessAction.CREATE, draft, null);
    CareProvider provider =
        new CareProvider(
            checked.name(), draft.kind(), checked.agbCode(), checked.kvkNumber(), false);
    for (ResolvedLocation location : checked.locations()) {
      provider.addLocation(
          location.name(),
          location.street(),
          location.postcode(),
          location.city(),
          location.municipality());
    }
    provider.replaceAreas(checked.served());
    em.persist(provider);
    flush(actor, AccessAction.CREATE, null, checked.name());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, provider.getId())
            .provider(provider.getId())
            .detail(
                checked.locations().size() + " locations, " + checked.served().size() + " areas"));
    LOGGER.log(
        Level.INFO,
        "Care provider {0} registered with {1} location(s).",
        provider.getId(),
        checked.locations().size());
    return provider;
  }

  /**
   * Changes an organisation, its served municipalities and its locations at once, if it is still at
   * expectedVersion ({@link ConcurrentChangeException} otherwise). Locations left out of the draft
   * are removed, unless visits were planned there: then nothing is saved and the problem names the
   * location.
   */
  public CareProvider update(Actor actor, long id, long expectedVersion, ProviderDraft draft) {
    requireChange(actor, AccessAction.UPDATE, id);
    CareProvider provider = em.find(CareProvider.class, id);
    if (provider == null) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.UPDATE, OBJECT, id).failed().detail("unknown id"));
      throw new NotFoundException("provider.unknown", id);
    }
    if (provider.getVersion() != expectedVersion) {
      accessLog.record(
          actor,
          AccessEvent.of(AccessAction.UPDATE, OBJECT, id)
              .provider(id)
              .failed()
              .detail("stale version"));
      throw new ConcurrentChangeException("provider.changed", "Provider", id, provider.getName());
    }
    Checked checked = check(actor, AccessAction.UPDATE, draft, provider);
    // Changes of locations and of the join table alone do not raise the provider's version; force
    // it,
    // before the first flush below.
    em.lock(provider, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    // The unique key (provider, name) is checked per statement, and EclipseLink writes deletes
    // last; so
    // when names move (a swap, or a removed location's name given to another), the moving locations
    // get
    // a name of their own first and their real one in a second flush. That second flush changes
    // only
    // location rows: changing the provider's collection again after a flush is not reflected in
    // EclipseLink's shared cache.
    boolean namesMove = namesMove(provider, checked);
    checked.removed().forEach(provider::removeLocation);
    provider.describe(checked.name(), draft.kind(), checked.agbCode(), checked.kvkNumber());
    Map<ProviderLocation, String> finalNames = new LinkedHashMap<>();
    for (ResolvedLocation location : checked.locations()) {
      ProviderLocation target = location.existing();
      boolean renamed = target == null || !target.getName().equalsIgnoreCase(location.name());
      String name = namesMove && renamed ? "#" + UUID.randomUUID() : location.name();
      if (target == null) {
        provider.addLocation(
            name, location.street(), location.postcode(), location.city(), location.municipality());
        target =
            provider.getLocations().stream()
                .filter(l -> l.getName().equals(name))
                .findFirst()
                .orElseThrow();
      } else {
        target.change(
            name, location.street(), location.postcode(), location.city(), location.municipality());
      }
      if (!name.equals(location.name())) {
        finalNames.put(target, location.name());
      }
    }
    provider.replaceAreas(checked.served());
    if (!finalNames.isEmpty()) {
      flush(actor, AccessAction.UPDATE, id, checked.name());
      finalNames.forEach(
          (location, name) ->
              location.change(
                  name,
                  location.getStreet(),
                  location.getPostcode(),
                  location.getCity(),
                  location.getMunicipality()));
    }
    flush(actor, AccessAction.UPDATE, id, checked.name());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, id)
            .provider(id)
            .detail(
                checked.locations().size()
                    + " locations ("
                    + checked.removed().size()
                    + " removed), "
                    + checked.served().size()
                    + " areas"));
    LOGGER.log(
        Level.INFO,
        "Care provider {0} changed ({1} location(s), {2} removed).",
        id,
        checked.locations().size(),
        checked.removed().size());
    return provider;
  }

  private record ResolvedLocation(
      ProviderLocation existing,
      String name,
      String street,
      String postcode,
      String city,
      Municipality municipality) {}

  private record Checked(
      String name,
      String agbCode,
      String kvkNumber,
      List<ResolvedLocation> locations,
      Set<Municipality> served,
      List<ProviderLocation> removed) {}

  /** Every problem of the draft at once (InvalidInputException), or what it resolves to. */
  private Checked check(
      Actor actor, AccessAction action, ProviderDraft draft, CareProvider provider) {
    Long providerId = provider == null ? null : provider.getId();
    List<FieldProblem> problems =
        new ArrayList<>(
            ProviderRules.checkOrganisation(
                draft.name(), draft.kind(), draft.agbCode(), draft.kvkNumber()));
    String name = ProviderRules.text(draft.name());
    String agb = ProviderRules.optional(draft.agbCode());
    String kvk = ProviderRules.optional(draft.kvkNumber());
    if (!name.isEmpty() && name.length() <= CareProvider.NAME_LENGTH) {
      findByName(name)
          .filter(other -> !other.getId().equals(providerId))
          .ifPresent(
              other ->
                  problems.add(
                      new FieldProblem(
                          ProviderRules.NAME, "provider.name.taken", List.of(other.getName()))));
    }
    if (ProviderRules.isAgbCode(agb)) {
      other(CareProvider.FIND_BY_AGB, agb, providerId)
          .ifPresent(
              other ->
                  problems.add(
                      new FieldProblem(
                          ProviderRules.AGB, "provider.agb.taken", List.of(agb, other.getName()))));
    }
    if (ProviderRules.isKvkNumber(kvk)) {
      other(CareProvider.FIND_BY_KVK, kvk, providerId)
          .ifPresent(
              other ->
                  problems.add(
                      new FieldProblem(
                          ProviderRules.KVK, "provider.kvk.taken", List.of(kvk, other.getName()))));
    }
    int year = municipalities.currentYear().orElse(0);
    // A municipality kept as it was stays that division year's record; a newly chosen one is from
    // the current year.
    Map<String, Municipality> kept = new HashMap<>();
    if (provider != null) {
      provider.getAreas().forEach(m -> kept.putIfAbsent(m.getCbsCode(), m));
    }
    Set<Municipality> served = new LinkedHashSet<>();
    for (String code : draft.areaCodes() == null ? List.<String>of() : draft.areaCodes()) {
      if (!ProviderRules.isMunicipalityCode(code)) {
        problems.add(
            new FieldProblem(
                ProviderRules.AREAS, "provider.area.invalid", List.of(ProviderRules.text(code))));
        continue;
      }
      String cbsCode = ProviderRules.municipalityCode(code);
      Optional<Municipality> municipality =
          Optional.ofNullable(kept.get(cbsCode)).or(() -> municipalities.find(cbsCode, year));
      municipality.ifPresentOrElse(
          served::add,
          () ->
              problems.add(
                  new FieldProblem(
                      ProviderRules.AREAS,
                      "provider.area.unknown",
                      List.of(cbsCode, String.valueOf(year)))));
    }
    Map<Long, ProviderLocation> current = new HashMap<>();
    if (provider != null) {
      provider.getLocations().forEach(l -> current.put(l.getId(), l));
    }
    List<ResolvedLocation> locations = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<Long> keptIds = new HashSet<>();
    List<FieldProblem> locationProblems = new ArrayList<>();
    List<ProviderDraft.LocationDraft> drafts =
        draft.locations() == null ? List.of() : draft.locations();
    for (int row = 0; row < drafts.size(); row++) {
      ProviderDraft.LocationDraft location = drafts.get(row);
      int before = problems.size();
      problems.addAll(
          ProviderRules.checkLocation(
              row,
              location.name(),
              location.street(),
              location.postcode(),
              location.city(),
              location.municipalityCode()));
      String locationName = ProviderRules.text(location.name());
      ProviderLocation existing = location.id() == null ? null : current.get(location.id());
      if (location.id() != null && (existing == null || !keptIds.add(location.id()))) {
        problems.add(
            new FieldProblem(
                ProviderRules.locationField(row, ProviderRules.LOCATION_NAME),
                "provider.location.unknown",
                List.of(locationName)));
      }
      if (!locationName.isEmpty() && !names.add(locationName.toLowerCase(Locale.ROOT))) {
        problems.add(
            new FieldProblem(
                ProviderRules.locationField(row, ProviderRules.LOCATION_NAME),
                "provider.location.name.twice",
                List.of(locationName)));
      }
      Municipality municipality = null;
      if (ProviderRules.isMunicipalityCode(location.municipalityCode())) {
        String cbsCode = ProviderRules.municipalityCode(location.municipalityCode());
        municipality =
            existing != null && existing.getMunicipality().getCbsCode().equals(cbsCode)
                ? existing.getMunicipality()
                : municipalities.find(cbsCode, year).orElse(null);
        if (municipality == null) {
          problems.add(
              new FieldProblem(
                  ProviderRules.locationField(row, ProviderRules.MUNICIPALITY),
                  "provider.location.municipality.unknown",
                  List.of(cbsCode, String.valueOf(year))));
        }
      }
      if (problems.size() == before) {
        locations.add(
            new ResolvedLocation(
                existing,
                locationName,
                ProviderRules.optional(location.street()),
                ProviderRules.postcode(location.postcode()).orElse(null),
                ProviderRules.optional(location.city()),
                municipality));
        served.add(municipality);
      }
    }
    List<ProviderLocation> removed =
        current.values().stream()
            .filter(l -> !keptIds.contains(l.getId()))
            .sorted(Comparator.comparing(ProviderLocation::getName, String.CASE_INSENSITIVE_ORDER))
            .toList();
    Map<Long, Long> visits = removed.isEmpty() ? Map.of() : visitsPerLocation(actor, providerId);
    for (ProviderLocation location : removed) {
      long count = visits.getOrDefault(location.getId(), 0L);
      if (count > 0) {
        problems.add(
            new FieldProblem(
                ProviderRules.LOCATIONS,
                "provider.location.in_use",
                List.of(location.getName(), String.valueOf(count))));
      }
    }
    if (!problems.isEmpty()) {
      accessLog.record(
          actor,
          AccessEvent.of(action, OBJECT, providerId)
              .provider(providerId)
              .failed()
              .detail("refused: " + problems.size() + " problem(s)"));
      throw new InvalidInputException("provider.invalid", problems);
    }
    return new Checked(name, agb, kvk, locations, served, removed);
  }

  private Optional<CareProvider> other(String query, String code, Long providerId) {
    return em.createNamedQuery(query, CareProvider.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(p -> !p.getId().equals(providerId))
        .findFirst();
  }

  /** Whether a location takes a name another location of the provider has now (kept or removed). */
  private static boolean namesMove(CareProvider provider, Checked checked) {
    Map<String, Long> currentNames = new HashMap<>();
    provider
        .getLocations()
        .forEach(l -> currentNames.put(l.getName().toLowerCase(Locale.ROOT), l.getId()));
    return checked.locations().stream()
        .anyMatch(
            l -> {
              Long holder = currentNames.get(l.name().toLowerCase(Locale.ROOT));
              return holder != null
                  && (l.existing() == null || !holder.equals(l.existing().getId()));
            });
  }

  /**
   * Writes now, so a lost race (same name saved meanwhile, or a newer version) is reported here.
   */
  private void flush(Actor actor, AccessAction action, Long id, String name) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      accessLog.record(
          actor, AccessEvent.of(action, OBJECT, id).provider(id).failed().detail("stale version"));
      throw new ConcurrentChangeException(
          "provider.changed", "Provider", id == null ? -1 : id, name);
    } catch (PersistenceException e) {
      if (String.valueOf(rootMessage(e))
          .contains("uk_care_provider_name")) { // Another transaction saved the name first.
        accessLog.record(
            actor, AccessEvent.of(action, OBJECT, id).provider(id).failed().detail("name taken"));
        throw new InvalidInputException(
            "provider.invalid",
            List.of(new FieldProblem(ProviderRules.NAME, "provider.name.taken", List.of(name))));
      }
      throw e;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private void requireChange(Actor actor, AccessAction action, Long id) {
    if (!AccessPolicy.mayChangeProvider(actor)) {
      accessLog.record(
          actor,
          AccessEvent.of(action, OBJECT, id).provider(id).denied().detail("provider change"));
      throw NotAllowedException.denied("provider change");
    }
  }

  public Optional<CareProvider> findByName(String name) {
    return em.createNamedQuery(CareProvider.FIND_BY_NAME, CareProvider.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Adds a location without an actor check: for start-up loaders (demo data) only. */
  public void addLocationInitial(
      long providerId, String name, String street, String postcode, String city, String cbsCode) {
    CareProvider provider = em.find(CareProvider.class, providerId);
    municipalities
        .find(cbsCode, municipalities.currentYear().orElse(0))
        .ifPresent(m -> provider.addLocation(name, street, postcode, city, m));
  }

  /** Registers an organisation without an actor check: for start-up loaders (demo data) only. */
  public CareProvider createInitial(
      String name, ProviderKind kind, String agbCode, String kvkNumber, boolean demo) {
    CareProvider provider = new CareProvider(name, kind, agbCode, kvkNumber, demo);
    em.persist(provider);
    em.flush(); // The id is needed at once, also inside a caller's transaction.
    return provider;
  }
}
