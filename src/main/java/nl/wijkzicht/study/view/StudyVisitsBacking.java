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
import nl.wijkzicht.study.boundary.VisitRow;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
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
  private List<VisitRow> studyVisits = List.of();
  private List<VisitRow> shown = List.of();
  private java.util.Map<Long, List<VisitStatus>> steps = java.util.Map.of();
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
    studyVisits = visits.rows(currentUser.actor(), study.getId());
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
      visits.plan(currentUser.actor(), study.getId(), areaId, locationId, date, inspectorIds);
      Messages.info("study_visits.message.planned");
      areaId = null;
      locationId = null;
      date = null;
      inspectorIds = new ArrayList<>();
      locations = List.of();
      reload();
    } catch (InvalidInputException e) {
      // Each problem at its field of the planning form (area, location, date, inspectors).
      Messages.errorsAt(e.getProblems(), field -> "planForm:" + field);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public void moveTo(VisitRow visit, VisitStatus target) {
    try {
      visits.moveTo(currentUser.actor(), visit.id(), visit.version(), target);
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

  /** The status changes this user may make to a visit now: worked out once per load, per row. */
  public List<VisitStatus> nextSteps(VisitRow visit) {
    return steps.getOrDefault(visit.id(), List.of());
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
            .filter(v -> filterAreaId == null || filterAreaId.equals(v.areaId()))
            .filter(v -> filterStatus == null || v.status() == filterStatus)
            .filter(v -> filterFrom == null || !v.date().isBefore(filterFrom))
            .filter(v -> filterTo == null || !v.date().isAfter(filterTo))
            .filter(v -> !filterMine || v.inspectorIds().contains(me))
            .toList();
    steps =
        studyVisits.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    VisitRow::id,
                    // Steps that need a confirmation and a reason are on the visit's own page.
                    v ->
                        VisitService.nextSteps(currentUser.actor(), v.status()).stream()
                            .filter(
                                t ->
                                    !nl.wijkzicht.study.control.VisitWorkflow.needsReason(
                                        v.status(), t))
                            .sorted()
                            .toList()));
    org.primefaces.model.DefaultScheduleModel model =
        new org.primefaces.model.DefaultScheduleModel();
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    for (VisitRow v : shown) {
      model.addEvent(
          org.primefaces.model.DefaultScheduleEvent.builder()
              .title(v.areaLabel() + " – " + v.providerName())
              .description(Messages.text(locale, "VisitStatus." + v.status()))
              .startDate(v.date().atStartOfDay())
              .endDate(v.date().atStartOfDay())
              .allDay(true)
              .styleClass("status-" + v.status())
              .data(v.id())
              .build());
    }
    calendar = model;
  }

  /** The visits that pass the filters. */
  public List<VisitRow> getVisits() {
    return shown;
  }

  /** The filtered visits as a month calendar (p:schedule); a click opens the visit. */
  public org.primefaces.model.ScheduleModel getCalendar() {
    return calendar;
  }

  /** The month the calendar opens on: the first filtered visit, else the study's start. */
  public LocalDate getCalendarStart() {
    return getVisits().stream()
        .map(VisitRow::date)
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

  /**
   * What an empty table says, with the way on: no visits planned yet; none of the visits assigned
   * to me (switch "only my visits" off); or no visit passing the other filters (widen them).
   */
  public String getEmptyMessage() {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (studyVisits.isEmpty()) {
      return Messages.text(locale, "study_visits.empty");
    }
    Long me = currentUser.actor().userId();
    if (filterMine && studyVisits.stream().noneMatch(v -> v.inspectorIds().contains(me))) {
      return Messages.text(locale, "study_visits.empty.mine", studyVisits.size());
    }
    return Messages.text(locale, "study_visits.empty.filtered", studyVisits.size());
  }

  /** An area is chosen but no provider has a location in its municipality yet. */
  public boolean isNoLocations() {
    return areaId != null && locations.isEmpty();
  }

  /** The chosen area's label, for the hint when it has no locations. */
  public String getAreaLabel() {
    return getAreas().stream()
        .filter(a -> a.getId().equals(areaId))
        .findFirst()
        .map(StudyArea::getLabel)
        .orElse("");
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
