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
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.provider.control.ProviderCsvReader;
import nl.wijkzicht.provider.control.ProviderCsvRow;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.security.boundary.AccessDeniedException;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessOutcome;

/** Care provider organisations; reads are checked for ownership and logged. */
@ApplicationScoped
@Transactional
public class ProviderService {

  static final String OBJECT = "CareProvider";

  @Inject private EntityManager em;
  @Inject private AccessLogService accessLog;
  @Inject private MunicipalityService municipalities;

  /**
   * One organisation for this actor: staff any, a provider only its own. Throws
   * {@link UnknownProviderException} for an id that does not exist and {@link AccessDeniedException}
   * (after logging the attempt) for another organisation's id.
   */
  public CareProvider get(Actor actor, long id) {
    CareProvider provider = em.find(CareProvider.class, id);
    if (provider == null) {
      accessLog.record(actor, AccessAction.READ, OBJECT, id, null, null, AccessOutcome.FAILED, "unknown id");
      throw new UnknownProviderException(id);
    }
    if (!AccessPolicy.mayReadProvider(actor, id)) {
      accessLog.record(actor, AccessAction.READ, OBJECT, id, id, null, AccessOutcome.DENIED, null);
      throw new AccessDeniedException("provider " + id);
    }
    accessLog.record(actor, AccessAction.READ, OBJECT, id, id, null, AccessOutcome.ALLOWED, null);
    return provider;
  }

  /** All organisations, for staff; a provider account sees only its own. */
  public List<CareProvider> list(Actor actor) {
    List<CareProvider> all = em.createNamedQuery(CareProvider.FIND_ALL, CareProvider.class).getResultList();
    List<CareProvider> visible = all.stream().filter(p -> AccessPolicy.mayReadProvider(actor, p.getId())).toList();
    accessLog.record(actor, AccessAction.SEARCH, OBJECT, null, null, null,
        visible.isEmpty() && !all.isEmpty() ? AccessOutcome.DENIED : AccessOutcome.ALLOWED, visible.size() + " providers");
    return visible;
  }

  /**
   * Imports organisations and locations from a CSV file (see {@link ProviderCsvReader}): every row is
   * checked first, and if any row is wrong nothing is imported and every problem is reported with its
   * line. Existing organisations (same name) get the new locations; a location that exists is skipped.
   */
  public ProviderImportReport importCsv(Actor actor, Reader csv) {
    if (!AccessPolicy.mayChangeProvider(actor)) {
      accessLog.record(actor, AccessAction.CREATE, OBJECT, null, null, null, AccessOutcome.DENIED, "csv import");
      throw new AccessDeniedException("provider import");
    }
    ProviderCsvReader.Result read = ProviderCsvReader.read(csv);
    List<ProviderImportReport.Line> problems = new ArrayList<>();
    read.problems().forEach(p -> problems.add(new ProviderImportReport.Line(p.line(), p.key(), p.arguments())));
    int year = municipalities.currentYear().orElse(0);
    Map<String, Municipality> found = new HashMap<>();
    Map<String, CareProvider> byName = new LinkedHashMap<>();
    Map<String, ProviderCsvRow> firstRow = new HashMap<>();
    for (ProviderCsvRow row : read.rows()) {
      ProviderCsvRow first = firstRow.putIfAbsent(row.name(), row);
      if (first != null && (differs(first.agbCode(), row.agbCode()) || differs(first.kvkNumber(), row.kvkNumber())
          || first.kind() != row.kind())) {
        problems.add(new ProviderImportReport.Line(row.line(), "provider_import.inconsistent", List.of(row.name(), first.line())));
      }
      Optional<Municipality> municipality = municipalities.find(row.municipalityCode(), year);
      if (municipality.isEmpty()) {
        problems.add(new ProviderImportReport.Line(row.line(), "provider_import.municipality_unknown",
            List.of(row.municipalityCode())));
        continue;
      }
      found.put(row.municipalityCode(), municipality.get());
      CareProvider existing = byName.computeIfAbsent(row.name(), n -> findByName(n).orElse(null));
      if (existing != null && (differs(existing.getAgbCode(), row.agbCode()) || differs(existing.getKvkNumber(), row.kvkNumber()))) {
        problems.add(new ProviderImportReport.Line(row.line(), "provider_import.identifier_conflict", List.of(row.name())));
      }
    }
    if (!problems.isEmpty() || read.rows().isEmpty()) {
      accessLog.record(actor, AccessAction.CREATE, OBJECT, null, null, null, AccessOutcome.FAILED,
          "csv import refused: " + problems.size() + " problem(s)");
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
      if (provider.addLocation(row.locationName(), row.street(), row.postcode(), row.city(), found.get(row.municipalityCode()))) {
        locations++;
      } else {
        skipped++;
      }
    }
    accessLog.record(actor, AccessAction.CREATE, OBJECT, null, null, null, AccessOutcome.ALLOWED,
        "csv import: " + providers + " providers, " + locations + " locations");
    return new ProviderImportReport(providers, locations, skipped, List.of());
  }

  private static boolean differs(String stored, String given) {
    return stored != null && given != null && !stored.equals(given);
  }

  /** The provider locations in one municipality (for planning visits; staff only). */
  public List<nl.wijkzicht.provider.entity.ProviderLocation> locationsIn(Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw new AccessDeniedException("provider locations");
    }
    return em.createNamedQuery(nl.wijkzicht.provider.entity.ProviderLocation.FIND_IN_MUNICIPALITY,
            nl.wijkzicht.provider.entity.ProviderLocation.class)
        .setParameter("municipalityId", municipalityId).getResultList();
  }

  /** The providers with a location in, or serving, one municipality (for tracers and findings; staff only). */
  public List<CareProvider> serving(Actor actor, long municipalityId) {
    if (!AccessPolicy.permits(actor, nl.wijkzicht.security.control.Permission.STAFF)) {
      throw new AccessDeniedException("providers of an area");
    }
    return em.createNamedQuery(CareProvider.FIND_SERVING, CareProvider.class)
        .setParameter("municipalityId", municipalityId).getResultList();
  }

  public Optional<CareProvider> findByName(String name) {
    return em.createNamedQuery(CareProvider.FIND_BY_NAME, CareProvider.class)
        .setParameter("name", name).getResultStream().findFirst();
  }

  /** Adds a location without an actor check: for start-up loaders (demo data) only. */
  public void addLocationInitial(long providerId, String name, String street, String postcode, String city, String cbsCode) {
    CareProvider provider = em.find(CareProvider.class, providerId);
    municipalities.find(cbsCode, municipalities.currentYear().orElse(0))
        .ifPresent(m -> provider.addLocation(name, street, postcode, city, m));
  }

  /** Registers an organisation without an actor check: for start-up loaders (demo data) only. */
  public CareProvider createInitial(String name, ProviderKind kind, String agbCode, String kvkNumber, boolean demo) {
    CareProvider provider = new CareProvider(name, kind, agbCode, kvkNumber, demo);
    em.persist(provider);
    em.flush(); // The id is needed at once, also inside a caller's transaction.
    return provider;
  }
}
