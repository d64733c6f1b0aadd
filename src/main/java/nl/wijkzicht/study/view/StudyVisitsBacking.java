package nl.wijkzicht.study.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/visits.xhtml?study=N: the visits of one study, planning a visit, and moving visits along.
 */
@Named
@ViewScoped
public class StudyVisitsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StudyService studies;
  @Inject private VisitService visits;
  @Inject private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private Study study;
  private List<Visit> studyVisits = List.of();
  private List<Visit> shown = List.of();
  private org.primefaces.model.ScheduleModel calendar =
      new org.primefaces.model.DefaultScheduleModel();
  private Long areaId;
  private Long locationId;
  private LocalDate date;
  private List<Long> inspectorIds = new ArrayList<>();
  private List<ProviderLocation> locations = List.of();
  private Long filterAreaId;
  private VisitStatus filterStatus;
  private LocalDate filterFrom;
  private LocalDate filterTo;
  private boolean filterMine;

  /** f:viewAction: loads the study (404 unknown, 403 not on the team). */
  public void load() {
    if (study != null) {
      return;
    }
    PageRequest.load(
        () -> {
          long id = PageRequest.requiredId("study");
          study = studies.get(currentUser.actor(), id);
          reload();
        });
  }

  private void reload() {
    studyVisits = visits.list(currentUser.actor(), study.getId());
    applyFilters();
  }

  public void areaChanged() {
    locationId = null;
    locations =
        study.getAreas().stream()
            .filter(a -> a.getId().equals(areaId))
            .findFirst()
            .map(a -> providers.locationsIn(currentUser.actor(), a.getMunicipality().getId()))
            .orElse(List.of());
  }

  public void plan() {
    try {
      visits.plan(
          currentUser.actor(),
          study.getId(),
          areaId == null ? -1 : areaId,
          locationId == null ? -1 : locationId,
          date,
          inspectorIds);
      Messages.info("study_visits.message.planned");
      areaId = null;
      locationId = null;
      date = null;
      inspectorIds = new ArrayList<>();
      locations = List.of();
      reload();
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), field -> null); // The planning form shows them at the top.
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public void moveTo(Visit visit, VisitStatus target) {
    try {
      visits.moveTo(currentUser.actor(), visit.getId(), visit.getVersion(), target);
      Messages.info(
          "study_visits.message.moved",
          Messages.text(
              FacesContext.getCurrentInstance().getViewRoot().getLocale(),
              "VisitStatus." + target));
    } catch (ConcurrentChangeException e) {
      Messages.error(e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    reload();
  }

  public List<VisitStatus> nextSteps(Visit visit) {
    return List.copyOf(visits.nextSteps(currentUser.actor(), visit));
  }

  public Study getStudy() {
    return study;
  }

  /**
   * Filters the study's visits (area, status, period, only mine) and builds the calendar from them:
   * once per change of data or filter, not on every read during rendering.
   */
  public void applyFilters() {
    Long me = currentUser.actor().userId();
    shown =
        studyVisits.stream()
            .filter(v -> filterAreaId == null || v.getArea().getId().equals(filterAreaId))
            .filter(v -> filterStatus == null || v.getStatus() == filterStatus)
            .filter(v -> filterFrom == null || !v.getDate().isBefore(filterFrom))
            .filter(v -> filterTo == null || !v.getDate().isAfter(filterTo))
            .filter(v -> !filterMine || v.inspectorIds().contains(me))
            .toList();
    org.primefaces.model.DefaultScheduleModel model =
        new org.primefaces.model.DefaultScheduleModel();
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    for (Visit v : shown) {
      model.addEvent(
          org.primefaces.model.DefaultScheduleEvent.builder()
              .title(v.getArea().getLabel() + " – " + v.getLocation().getProvider().getName())
              .description(Messages.text(locale, "VisitStatus." + v.getStatus()))
              .startDate(v.getDate().atStartOfDay())
              .endDate(v.getDate().atStartOfDay())
              .allDay(true)
              .styleClass("status-" + v.getStatus())
              .data(v.getId())
              .build());
    }
    calendar = model;
  }

  /** The visits that pass the filters. */
  public List<Visit> getVisits() {
    return shown;
  }

  /** The filtered visits as a month calendar (p:schedule); a click opens the visit. */
  public org.primefaces.model.ScheduleModel getCalendar() {
    return calendar;
  }

  /** The month the calendar opens on: the first filtered visit, else the study's start. */
  public LocalDate getCalendarStart() {
    return getVisits().stream()
        .map(Visit::getDate)
        .min(LocalDate::compareTo)
        .orElse(study == null ? LocalDate.now() : study.getStartsOn());
  }

  public void openVisit(
      org.primefaces.event.SelectEvent<org.primefaces.model.ScheduleEvent<?>> event) {
    if (event.getObject().getData() instanceof Long id) {
      org.omnifaces.util.Faces.redirect("study/visit.xhtml?id=" + id);
    }
  }

  public int getAllCount() {
    return studyVisits.size();
  }

  public VisitStatus[] getStatuses() {
    return VisitStatus.values();
  }

  public Long getFilterAreaId() {
    return filterAreaId;
  }

  public void setFilterAreaId(Long filterAreaId) {
    this.filterAreaId = filterAreaId;
  }

  public VisitStatus getFilterStatus() {
    return filterStatus;
  }

  public void setFilterStatus(VisitStatus filterStatus) {
    this.filterStatus = filterStatus;
  }

  public LocalDate getFilterFrom() {
    return filterFrom;
  }

  public void setFilterFrom(LocalDate filterFrom) {
    this.filterFrom = filterFrom;
  }

  public LocalDate getFilterTo() {
    return filterTo;
  }

  public void setFilterTo(LocalDate filterTo) {
    this.filterTo = filterTo;
  }

  public boolean isFilterMine() {
    return filterMine;
  }

  public void setFilterMine(boolean filterMine) {
    this.filterMine = filterMine;
  }

  public List<StudyArea> getAreas() {
    return study == null ? List.of() : study.getAreas();
  }

  public List<ProviderLocation> getLocations() {
    return locations;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public Long getLocationId() {
    return locationId;
  }

  public void setLocationId(Long locationId) {
    this.locationId = locationId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public List<Long> getInspectorIds() {
    return inspectorIds;
  }

  public void setInspectorIds(List<Long> inspectorIds) {
    this.inspectorIds = inspectorIds;
  }
}
