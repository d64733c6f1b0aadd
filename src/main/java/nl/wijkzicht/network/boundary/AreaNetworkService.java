package nl.wijkzicht.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.boundary.FieldworkGuard;
import nl.wijkzicht.network.control.CareNetworks.ProviderFact;
import nl.wijkzicht.network.control.CareNetworks.RoleFact;
import nl.wijkzicht.network.control.WhoDoesWhat;
import nl.wijkzicht.network.entity.Agreement;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.AreaNetwork;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.RoleAssignment;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * "Who does what" per study area: which of the area's providers fills which care role, and which
 * agreements exist. Read by whoever may read the study; saved as a whole by the study's inspectors
 * and its coordinators, with a version check (a parallel save waits for the row lock, then is
 * refused as a concurrent change: no lost update) and an access-log entry.
 */
@ApplicationScoped
@Transactional
public class AreaNetworkService {

  static final String OBJECT = "AreaNetwork";
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  @Inject private EntityManager em;
  @Inject private StudyService studies;
  @Inject private FieldworkGuard guard;
  @Inject private ProviderService providers;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  public AreaOverview read(Actor actor, long studyId, long areaId) {
    Study study = studies.get(actor, studyId);
    StudyArea area = area(study, areaId);
    AreaOverview overview = build(actor, study, area, saved(areaId));
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, OBJECT, areaId).area(code(area)));
    return overview;
  }

  /**
   * Replaces the area's roles and agreements, if nobody saved since {@code expectedVersion} (0:
   * nothing saved yet). Every problem is reported at once; nothing is half-saved.
   */
  public AreaOverview save(
      Actor actor, long studyId, long areaId, long expectedVersion, AreaNetworkDraft draft) {
    Study study = studies.get(actor, studyId);
    guard.mayRecord(actor, study, AccessAction.UPDATE, OBJECT, areaId);
    StudyArea area = area(study, areaId);
    AreaNetwork network = locked(areaId);
    long current = network == null ? 0 : network.getVersion();
    if (current != expectedVersion) {
      throw new ConcurrentChangeException("network.changed", OBJECT, areaId);
    }
    Set<Long> allowed =
        providers.serving(actor, area.getMunicipality().getId()).stream()
            .map(p -> p.getId())
            .collect(java.util.stream.Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    List<RoleAssignment> filled = new ArrayList<>();
    for (CareRole role : CareRole.values()) {
      List<Long> ids = draft.roles().getOrDefault(role, List.of());
      for (Long id : new java.util.LinkedHashSet<>(ids)) {
        if (id == null || !allowed.contains(id)) {
          problems.add(
              new FieldProblem(
                  "role:" + role.name(), "network.role.provider_unknown", List.of(id)));
        } else {
          filled.add(new RoleAssignment(role, id));
        }
      }
    }
    List<Agreement> agreed = new ArrayList<>();
    Set<AgreementKind> kinds = EnumSet.noneOf(AgreementKind.class);
    LocalDate latest = LocalDate.now(clock).plusYears(1);
    for (AreaNetworkDraft.AgreementInput input : draft.agreements()) {
      if (input.kind() == null || input.status() == null) {
        continue;
      }
      String field = "agreement:" + input.kind().name();
      String note = input.note() == null ? "" : input.note().strip();
      if (!kinds.add(input.kind())) {
        problems.add(new FieldProblem(field, "network.agreement.duplicate", List.of()));
        continue;
      }
      boolean ok = true;
      if (note.length() > Agreement.NOTE_LENGTH) {
        problems.add(
            new FieldProblem(
                field, "field.too_long", List.of(note.length(), Agreement.NOTE_LENGTH)));
        ok = false;
      }
      if (input.statusOn() != null
          && (input.statusOn().isBefore(EARLIEST) || input.statusOn().isAfter(latest))) {
        problems.add(new FieldProblem(field, "network.agreement.date", List.of()));
        ok = false;
      }
      if (ok) {
        agreed.add(new Agreement(input.kind(), input.status(), input.statusOn(), note));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("network.invalid", problems);
    }
    Instant now = Instant.now(clock);
    if (network == null) {
      AreaNetwork created = new AreaNetwork(areaId);
      created.record(filled, agreed, now, actor.username());
      em.persist(created);
      network = created;
    } else {
      network.record(filled, agreed, now, actor.username());
      em.lock(network, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException("network.changed", OBJECT, areaId),
        DatabaseWrite.UniqueKey.of(
            "uk_area_network",
            () -> new ConcurrentChangeException("network.changed", OBJECT, areaId)));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.UPDATE, OBJECT, areaId)
            .area(code(area))
            .detail(filled.size() + " roles filled; " + agreed.size() + " agreements"));
    return build(actor, study, area, network);
  }

  private AreaOverview build(Actor actor, Study study, StudyArea area, AreaNetwork saved) {
    List<ProviderFact> choice =
        providers.serving(actor, area.getMunicipality().getId()).stream()
            .map(p -> new ProviderFact(p.getId(), p.getName(), p.getKind()))
            .toList();
    Map<Long, String> names = new LinkedHashMap<>();
    choice.forEach(p -> names.put(p.id(), p.name()));
    List<RoleFact> filled =
        saved == null
            ? List.of()
            : saved.getRoles().stream()
                .map(r -> new RoleFact(r.getRole(), r.getProviderId()))
                .toList();
    WhoDoesWhat who =
        WhoDoesWhat.of(filled, names, saved == null ? List.of() : saved.getAgreements());
    return new AreaOverview(
        study.getId(),
        area.getId(),
        area.getLabel(),
        who,
        saved == null ? 0 : saved.getVersion(),
        saved == null ? null : saved.getUpdatedBy(),
        saved == null ? null : saved.getUpdatedAt(),
        choice);
  }

  private static StudyArea area(Study study, long areaId) {
    return study.getAreas().stream()
        .filter(a -> a.getId() == areaId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("study.unknown", areaId));
  }

  /** The saved row, locked until the transaction ends; see TracerNetworkService#locked. */
  private AreaNetwork locked(long areaId) {
    List<Long> ids =
        em.createQuery("select n.id from AreaNetwork n where n.studyAreaId = :id", Long.class)
            .setParameter("id", areaId)
            .getResultList();
    return ids.isEmpty()
        ? null
        : em.find(AreaNetwork.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
  }

  private AreaNetwork saved(long areaId) {
    return em.createNamedQuery(AreaNetwork.FIND_BY_AREA, AreaNetwork.class)
        .setParameter("areaId", areaId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static String code(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
  }
}
