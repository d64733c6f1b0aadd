package nl.wijkzicht.fieldwork.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.NormRow;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitRow;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/area.xhtml?study=S&amp;area=A: one area of a study: its visits, its tracers (add a new
 * one) and the findings at area level.
 */
@Named
@ViewScoped
public class AreaBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private TracerService tracers;
  @Inject private FindingService findings;
  @Inject private ProviderService providerService;
  @Inject private CurrentUser currentUser;

  private Study study;
  private StudyArea area;
  private List<VisitRow> areaVisits = List.of();
  private List<Tracer> areaTracers = List.of();
  private List<NormRow> norms = List.of();
  private List<CareProvider> providers = List.of();
  private TracerForm form = new TracerForm();

  public void load() {
    if (area != null) {
      return;
    }
    PageRequest.load(
        () -> {
          long studyId = PageRequest.requiredId("study");
          long areaId = PageRequest.requiredId("area");
          study = studies.get(currentUser.actor(), studyId);
          area =
              study.getAreas().stream()
                  .filter(a -> a.getId() == areaId)
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException("study.unknown", areaId));
          providers = providerService.serving(currentUser.actor(), area.getMunicipality().getId());
          reload();
        });
  }

  private void reload() {
    areaVisits = visits.rowsInArea(currentUser.actor(), study.getId(), area.getId());
    areaTracers = tracers.listInArea(currentUser.actor(), study.getId(), area.getId());
    norms =
        findings.overview(
            currentUser.actor(), new ScopeRef(ScopeKind.AREA, area.getId(), study.getId()));
  }

  public void addTracer() {
    try {
      Tracer tracer =
          tracers.create(
              currentUser.actor(),
              study.getId(),
              area.getId(),
              form.getAgeBand(),
              form.getProfile(),
              form.getProviderIds());
      Messages.info("tracer.message.created", tracer.getPseudonym());
      form = new TracerForm();
      reload();
    } catch (InvalidInputException e) {
      FieldProblems.show("tracerForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public long getUnratedCount() {
    return norms.stream().filter(r -> !r.isRated()).count();
  }

  public Study getStudy() {
    return study;
  }

  public StudyArea getArea() {
    return area;
  }

  public List<VisitRow> getVisits() {
    return areaVisits;
  }

  public List<Tracer> getTracers() {
    return areaTracers;
  }

  public List<NormRow> getNorms() {
    return norms;
  }

  public List<CareProvider> getProviders() {
    return providers;
  }

  public TracerForm getForm() {
    return form;
  }
}
