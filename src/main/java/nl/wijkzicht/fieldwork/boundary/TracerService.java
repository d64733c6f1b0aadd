package nl.wijkzicht.fieldwork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.BatchFetch;
import nl.wijkzicht.database.DatabaseWrite;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/**
 * Tracers: one frail older person's care network per entry, with a generated pseudonym (C-01, C-02,
 * ... per study), an age band, a short profile without names and the providers involved.
 */
@ApplicationScoped
@Transactional
public class TracerService {

  static final String OBJECT = "Tracer";

  @Inject private EntityManager em;
  @Inject private StudyService studies;
  @Inject private FieldworkGuard guard;
  @Inject private AccessLogService accessLog;

  private final Clock clock = Clock.systemUTC();

  public List<Tracer> list(Actor actor, long studyId) {
    studies.get(actor, studyId);
    return em.createNamedQuery(Tracer.FIND_BY_STUDY, Tracer.class)
        .setParameter("studyId", studyId)
        .getResultList();
  }

  /** The tracers in one area of a study, with their providers: two queries however many tracers. */
  public List<Tracer> listInArea(Actor actor, long studyId, long areaId) {
    studies.get(actor, studyId);
    return BatchFetch.of(
            em.createQuery(
                "select t from Tracer t where t.study.id = :studyId and t.area.id = :areaId"
                    + " order by t.pseudonym",
                Tracer.class),
            "t.providers")
        .setParameter("studyId", studyId)
        .setParameter("areaId", areaId)
        .getResultList();
  }

  public Tracer get(Actor actor, long tracerId) {
    Tracer tracer = guard.tracer(actor, tracerId, AccessAction.READ);
    accessLog.record(
        actor, AccessEvent.of(AccessAction.READ, OBJECT, tracerId).area(code(tracer.getArea())));
    return tracer;
  }

  /**
   * Adds a tracer to an area of the study; every problem is reported at once, nothing half-saved.
   */
  public Tracer create(
      Actor actor,
      long studyId,
      long areaId,
      AgeBand ageBand,
      String profile,
      List<Long> providerIds) {
    Study study = studies.get(actor, studyId);
    guard.mayRecord(actor, study, AccessAction.CREATE, OBJECT, null);
    List<FieldProblem> problems = new ArrayList<>();
    StudyArea area =
        study.getAreas().stream().filter(a -> a.getId() == areaId).findFirst().orElse(null);
    if (area == null) {
      problems.add(new FieldProblem("area", "tracer.area.unknown", List.of(areaId)));
    }
    Set<CareProvider> providers = check(ageBand, profile, providerIds, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    List<String> used =
        em.createQuery("select t.pseudonym from Tracer t where t.study.id = :studyId", String.class)
            .setParameter("studyId", studyId)
            .getResultList();
    Tracer tracer =
        new Tracer(
            study,
            area,
            Pseudonyms.next(Pseudonyms.TRACER_PREFIX, used),
            ageBand,
            profile,
            Instant.now(clock),
            actor.username());
    providers.forEach(tracer::involve);
    em.persist(tracer);
    // Two tracers created at once may get the same next pseudonym: the second is refused as a
    // concurrent change (someone else saved first), and a retry takes the next one.
    DatabaseWrite.flush(
        em,
        () -> new ConcurrentChangeException(OBJECT, tracer.getPseudonym()),
        DatabaseWrite.UniqueKey.of(
            "uk_tracer_pseudonym",
            () -> new ConcurrentChangeException(OBJECT, tracer.getPseudonym())));
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, OBJECT, tracer.getId())
            .area(code(area))
            .detail(tracer.getPseudonym()));
    return tracer;
  }

  /**
   * Changes age band, profile and providers, if nobody changed the tracer since {@code
   * expectedVersion}.
   */
  public Tracer update(
      Actor actor,
      long tracerId,
      long expectedVersion,
      AgeBand ageBand,
      String profile,
      List<Long> providerIds) {
    Tracer tracer = guard.tracer(actor, tracerId, AccessAction.UPDATE);
    if (tracer.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(OBJECT, tracerId);
    }
    List<FieldProblem> problems = new ArrayList<>();
    Set<CareProvider> providers = check(ageBand, profile, providerIds, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("study.invalid", problems);
    }
    tracer.describe(ageBand, profile, providers);
    DatabaseWrite.flush(em, () -> new ConcurrentChangeException(OBJECT, tracerId));
    accessLog.record(
        actor, AccessEvent.of(AccessAction.UPDATE, OBJECT, tracerId).area(code(tracer.getArea())));
    return tracer;
  }

  private Set<CareProvider> check(
      AgeBand ageBand, String profile, List<Long> providerIds, List<FieldProblem> problems) {
    if (ageBand == null) {
      problems.add(new FieldProblem("ageBand", "tracer.age_band.required", List.of()));
    }
    if (profile != null && profile.length() > Tracer.PROFILE_LENGTH) {
      problems.add(
          new FieldProblem(
              "profile", "field.too_long", List.of(profile.length(), Tracer.PROFILE_LENGTH)));
    }
    Set<CareProvider> providers = new LinkedHashSet<>();
    for (Long id : providerIds == null ? List.<Long>of() : providerIds) {
      CareProvider provider = em.find(CareProvider.class, id);
      if (provider == null) {
        problems.add(new FieldProblem("providers", "tracer.provider.unknown", List.of(id)));
      } else {
        providers.add(provider);
      }
    }
    return providers;
  }

  static String code(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
  }
}
