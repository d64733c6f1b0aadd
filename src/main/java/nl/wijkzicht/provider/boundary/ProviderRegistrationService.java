package nl.wijkzicht.provider.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import nl.wijkzicht.database.DatabaseText;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.provider.control.ProviderRules;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;

/**
 * Registering and changing care provider organisations one at a time (create/update, the form at
 * /provider/edit.xhtml), for coordinators, with the same rules as the CSV import ({@link
 * ProviderRules}); and the start-up loaders' registration without an actor.
 */
@ApplicationScoped
@Transactional
public class ProviderRegistrationService {

  private static final System.Logger LOGGER =
      System.getLogger(ProviderRegistrationService.class.getName());
  static final String OBJECT = ProviderService.OBJECT;

  /** The unique keys of care_provider and provider_location (V002, V005, V009). */
  static final String NAME_KEY = "uk_care_provider_name";

  static final String AGB_KEY = "uk_care_provider_agb";
  static final String KVK_KEY = "uk_care_provider_kvk";
  static final String LOCATION_KEY = "uk_provider_location";

  /** Native: the provider package does not depend on the study package, which owns visits. */
  private static final String VISITS_PER_LOCATION =
      "SELECT l.id, COUNT(v.id) FROM provider_location l"
          + " JOIN visit v ON v.location_id = l.id WHERE l.provider_id = ?1 GROUP BY l.id";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;
  @Inject private ProviderService providers;

  /**
   * One organisation to change, for coordinators (404: NotFoundException, 403:
   * NotAllowedException).
   */
  public CareProvider getForChange(Actor actor, long id) {
    requireChange(actor, AccessAction.READ, id);
    CareProvider provider = providers.get(actor, id);
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
      boolean renamed = target == null || !DatabaseText.same(target.getName(), location.name());
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
      if (!locationName.isEmpty() && !names.add(DatabaseText.key(locationName))) {
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
        .forEach(l -> currentNames.put(DatabaseText.key(l.getName()), l.getId()));
    return checked.locations().stream()
        .anyMatch(
            l -> {
              Long holder = currentNames.get(DatabaseText.key(l.name()));
              return holder != null
                  && (l.existing() == null || !holder.equals(l.existing().getId()));
            });
  }

  /**
   * Writes now, so a lost race (a name or code saved meanwhile, or a newer version) is reported
   * here, at its field; any other database error is not a user's mistake and is rethrown.
   */
  private void flush(Actor actor, AccessAction action, Long id, String name) {
    DatabaseWrite.flush(
        em,
        () -> {
          accessLog.record(
              actor,
              AccessEvent.of(action, OBJECT, id).provider(id).failed().detail("stale version"));
          return new ConcurrentChangeException(
              "provider.changed", "Provider", id == null ? -1 : id, name);
        },
        taken(actor, action, id, NAME_KEY, ProviderRules.NAME, "provider.name.taken", name),
        taken(actor, action, id, AGB_KEY, ProviderRules.AGB, "provider.agb.taken_meanwhile"),
        taken(actor, action, id, KVK_KEY, ProviderRules.KVK, "provider.kvk.taken_meanwhile"),
        taken(
            actor,
            action,
            id,
            LOCATION_KEY,
            ProviderRules.LOCATIONS,
            "provider.location.taken_meanwhile"));
  }

  /** Another transaction saved the same value first: a problem at the field, logged. */
  private DatabaseWrite.UniqueKey taken(
      Actor actor,
      AccessAction action,
      Long id,
      String key,
      String field,
      String messageKey,
      Object... arguments) {
    return DatabaseWrite.UniqueKey.of(
        key,
        () -> {
          accessLog.record(
              actor,
              AccessEvent.of(action, OBJECT, id).provider(id).failed().detail(key + " taken"));
          return new InvalidInputException(
              "provider.invalid", List.of(new FieldProblem(field, messageKey, List.of(arguments))));
        });
  }

  private void requireChange(Actor actor, AccessAction action, Long id) {
    if (!AccessPolicy.mayChangeProvider(actor)) {
      accessLog.record(
          actor,
          AccessEvent.of(action, OBJECT, id).provider(id).denied().detail("provider change"));
      throw NotAllowedException.denied("provider change");
    }
  }

  private Optional<CareProvider> findByName(String name) {
    return providers.findByName(name);
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
