package nl.wijkzicht.area.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.control.MunicipalityRepository;
import nl.wijkzicht.area.control.RegionRules;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.AccessAction;

/**
 * Regions as staff manage them: staff (admin, coordinator, inspector) read, coordinators and admins
 * create, change and delete. A change names the version the user saw; a newer one refuses it. Each
 * method is one transaction, so a refused change writes nothing. Changes and denials are logged.
 */
@ApplicationScoped
@Transactional
public class RegionService {

  private static final System.Logger LOGGER = System.getLogger(RegionService.class.getName());
  static final String OBJECT = "Region";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;
  @Inject private MunicipalityRepository repository;

  /** All regions, by name, for choosing one (e.g. a filter); no municipalities are loaded. */
  public List<Region> all() {
    return repository.findRegions();
  }

  /** The region of that name (start-up data only: no actor, not logged). */
  public Optional<Region> findByName(String name) {
    return repository.findRegionByName(name);
  }

  /** Creates a region of the given municipalities (CBS codes of one division year). */
  public Region createInitial(
      String name,
      RegionKind kind,
      String description,
      boolean demo,
      int year,
      Collection<String> cbsCodes) {
    Region region = new Region(name, kind, description, demo);
    for (String code : cbsCodes) {
      region.add(
          municipalities
              .find(code, year)
              .orElseThrow(() -> new NotFoundException("area.municipality.unknown", code, year)));
    }
    em.persist(region);
    return region;
  }

  /**
   * All regions with their municipalities' names, by name; text (optional) matches name,
   * description or a municipality.
   */
  public List<RegionSummary> list(Actor actor, String text) {
    requireRead(actor, null);
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return em.createNamedQuery(Region.FIND_ALL_WITH_MUNICIPALITIES, Region.class)
        .getResultStream()
        .map(RegionService::summary)
        .filter(r -> wanted.isEmpty() || matches(r, wanted))
        .toList();
  }

  /** One region with its municipalities (404: NotFoundException, 403: NotAllowedException). */
  public Region get(Actor actor, long id) {
    requireRead(actor, id);
    Region region = em.find(Region.class, id);
    if (region == null) {
      throw new NotFoundException("region.unknown", id);
    }
    region.getMunicipalities().size(); // Loaded inside the transaction, for the page.
    return region;
  }

  /** The municipalities a region can be made of: those of the newest division year, by name. */
  public List<Municipality> choosableMunicipalities(Actor actor) {
    requireRead(actor, null);
    int year = municipalities.currentYear().orElse(0);
    return municipalities.search(
        new MunicipalityQuery(
            year,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MunicipalityQuery.Sort.NAME,
            false),
        0,
        10_000);
  }

  public Region create(Actor actor, RegionDraft draft) {
    requireChange(actor, AccessAction.CREATE, null);
    Set<Municipality> members = check(draft, null);
    Region region =
        new Region(
            RegionRules.name(draft.name()),
            draft.kind(),
            RegionRules.description(draft.description()),
            false);
    region.replaceMunicipalities(members);
    em.persist(region);
    flush(draft, null, null);
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, region.getId())
            .detail(members.size() + " municipalities"));
    LOGGER.log(
        Level.INFO, "Region {0} created with {1} municipalities.", region.getId(), members.size());
    return region;
  }

  /**
   * Changes name, kind, description and municipalities at once, if the region is still at
   * expectedVersion.
   */
  public Region update(Actor actor, long id, long expectedVersion, RegionDraft draft) {
    requireChange(actor, AccessAction.UPDATE, id);
    Region region = current(id, expectedVersion);
    Set<Municipality> members = check(draft, id);
    region.describe(
        RegionRules.name(draft.name()), draft.kind(), RegionRules.description(draft.description()));
    if (!sameIds(region.getMunicipalities(), members)) {
      region.replaceMunicipalities(members);
      // A change of the join table alone does not raise the version; force it, so others see the
      // change.
      em.lock(region, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    flush(draft, id, region.getName());
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, id).detail(members.size() + " municipalities"));
    LOGGER.log(Level.INFO, "Region {0} changed ({1} municipalities).", id, members.size());
    return region;
  }

  /** Only the municipalities, keeping name, kind and description. */
  public Region setMunicipalities(
      Actor actor, long id, long expectedVersion, List<Long> municipalityIds) {
    requireChange(actor, AccessAction.UPDATE, id);
    Region region = current(id, expectedVersion);
    return update(
        actor,
        id,
        expectedVersion,
        new RegionDraft(
            region.getName(), region.getKind(), region.getDescription(), municipalityIds));
  }

  public void delete(Actor actor, long id, long expectedVersion) {
    requireChange(actor, AccessAction.DELETE, id);
    Region region = current(id, expectedVersion);
    String name = region.getName();
    em.remove(region);
    flush(null, id, name);
    accessLog.record(actor, AccessEvent.of(AccessAction.DELETE, OBJECT, id));
    LOGGER.log(Level.INFO, "Region {0} deleted.", id);
  }

  private Region current(long id, long expectedVersion) {
    Region region = em.find(Region.class, id);
    if (region == null) {
      throw new NotFoundException("region.unknown", id);
    }
    if (region.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("region.changed", "Region", id, region.getName());
    }
    return region;
  }

  /** Every problem of the draft at once, or the municipalities it names. */
  private Set<Municipality> check(RegionDraft draft, Long regionId) {
    List<FieldProblem> problems =
        new ArrayList<>(
            RegionRules.check(
                draft.name(), draft.kind(), draft.description(), draft.municipalityIds()));
    String name = RegionRules.name(draft.name());
    if (!name.isEmpty()
        && name.length() <= Region.NAME_LENGTH
        && em.createNamedQuery(Region.FIND_BY_NAME, Region.class)
            .setParameter("name", name)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(regionId))) {
      problems.add(new FieldProblem(RegionRules.NAME, "region.name.taken", List.of(name)));
    }
    int year = municipalities.currentYear().orElse(0);
    Set<Municipality> members = new LinkedHashSet<>();
    for (Long municipalityId :
        draft.municipalityIds() == null ? List.<Long>of() : draft.municipalityIds()) {
      Municipality municipality =
          municipalityId == null ? null : em.find(Municipality.class, municipalityId);
      if (municipality == null || municipality.getDivisionYear() != year) {
        problems.add(
            new FieldProblem(
                RegionRules.MUNICIPALITIES,
                "region.municipality.unknown",
                List.of(String.valueOf(municipalityId), String.valueOf(year))));
      } else {
        members.add(municipality);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("region.invalid", problems);
    }
    return members;
  }

  /**
   * Writes now, so a lost race (same name saved meanwhile, or a newer version) is reported here.
   */
  private void flush(RegionDraft draft, Long id, String name) {
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("region.changed", "Region", id == null ? -1 : id, name),
        // The unique key on the name: another transaction saved that name first.
        DatabaseWrite.UniqueKey.of(
            NAME_KEY,
            () ->
                new InvalidInputException(
                    "region.invalid",
                    List.of(
                        new FieldProblem(
                            RegionRules.NAME,
                            "region.name.taken",
                            List.of(draft == null ? name : RegionRules.name(draft.name())))))));
  }

  /** The unique key on region.name (V001). */
  static final String NAME_KEY = "uk_region_name";

  private static boolean sameIds(Set<Municipality> current, Set<Municipality> wanted) {
    return current.stream()
        .map(Municipality::getId)
        .collect(Collectors.toSet())
        .equals(wanted.stream().map(Municipality::getId).collect(Collectors.toSet()));
  }

  private static RegionSummary summary(Region region) {
    return new RegionSummary(
        region.getId(),
        region.getName(),
        region.getKind(),
        region.getDescription(),
        region.isDemo(),
        region.getMunicipalities().stream().map(Municipality::getName).sorted().toList());
  }

  private static boolean matches(RegionSummary region, String wanted) {
    return region.name().toLowerCase(Locale.ROOT).contains(wanted)
        || Objects.requireNonNullElse(region.description(), "")
            .toLowerCase(Locale.ROOT)
            .contains(wanted)
        || region.municipalityNames().stream()
            .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
  }

  private void requireRead(Actor actor, Long id) {
    if (!AccessPolicy.permits(actor, Permission.STAFF)) {
      accessLog.record(
          actor,
          AccessEvent.of(id == null ? AccessAction.SEARCH : AccessAction.READ, OBJECT, id)
              .denied());
      throw NotAllowedException.denied(id == null ? "regions" : "region " + id);
    }
  }

  private void requireChange(Actor actor, AccessAction action, Long id) {
    if (!AccessPolicy.permits(actor, Permission.COORDINATE)) {
      accessLog.record(actor, AccessEvent.of(action, OBJECT, id).denied());
      throw NotAllowedException.denied("region change");
    }
  }
}
