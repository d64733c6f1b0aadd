package nl.wijkzicht.study.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.study.boundary.StudyDraft;
import nl.wijkzicht.study.boundary.StudyDraft.AreaChoice;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.web.Messages;

/**
 * /study/edit.xhtml: a coordinator creates a study with its areas, framework version and team; with
 * {@code ?id=N} changes an existing one (title, period, areas, team; the framework version is fixed
 * once a study exists). The service refuses changes that would orphan fieldwork.
 */
@Named
@ViewScoped
public class StudyEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form fields per problem field of the service, so each message shows at its field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "title",
          "studyForm:title",
          "replyWorkingDays",
          "studyForm:replyWorkingDays",
          "minCellSize",
          "studyForm:minCellSize",
          "period",
          "studyForm:endsOn",
          "framework",
          "studyForm:framework",
          "areas",
          "studyForm:areas",
          "inspectors",
          "studyForm:inspectors");

  @Inject private StudyService studies;
  @Inject private FrameworkService frameworks;
  @Inject private MunicipalityService municipalities;
  @Inject private CurrentUser currentUser;

  private Long studyId;
  private long studyVersion;
  private String frameworkTitle;
  private String title;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Integer replyWorkingDays = Study.DEFAULT_REPLY_WORKING_DAYS;
  private Integer minCellSize = Study.DEFAULT_MIN_CELL_SIZE;
  private Long frameworkVersionId;
  private List<Long> inspectorIds = new ArrayList<>();
  private final List<AreaChoice> areas = new ArrayList<>();

  /** The chosen suggestion, "Houten (GM0321)". */
  private String newMunicipality;

  private String newDistrictCode;
  private String newDistrictName;

  private List<FrameworkVersion> versions;
  private List<AppUser> inspectors;

  @PostConstruct
  void init() {
    versions = frameworks.versions();
    inspectors = studies.assignableInspectors(currentUser.actor());
  }

  /** Suggestions for the area field: municipalities of the current division by name or CBS code. */
  /** With {@code ?id=N}: loads the study to change (404/403 as every page); without: a new one. */
  public void load() {
    if (studyId != null || nl.wijkzicht.web.PageRequest.id("id").isEmpty()) {
      return;
    }
    nl.wijkzicht.web.PageRequest.load(
        () -> {
          nl.wijkzicht.study.entity.Study study =
              studies.get(currentUser.actor(), nl.wijkzicht.web.PageRequest.requiredId("id"));
          fill(study);
        });
  }

  private void fill(nl.wijkzicht.study.entity.Study study) {
    studyId = study.getId();
    studyVersion = study.getVersion();
    title = study.getTitle();
    startsOn = study.getStartsOn();
    endsOn = study.getEndsOn();
    replyWorkingDays = study.getReplyWorkingDays();
    minCellSize = study.getMinCellSize();
    frameworkVersionId = study.getFrameworkVersion().getId();
    frameworkTitle =
        study.getFrameworkVersion().getTitle().nl()
            + " ("
            + study.getFrameworkVersion().getVersion()
            + ")";
    inspectorIds = new ArrayList<>(study.inspectorIds());
    areas.clear();
    study
        .getAreas()
        .forEach(
            a ->
                areas.add(
                    new AreaChoice(
                        a.getMunicipality().getCbsCode(),
                        a.getDistrictCode().isEmpty() ? null : a.getDistrictCode(),
                        a.getDistrictName().isEmpty() ? null : a.getDistrictName())));
    // An inspector on the team who is no longer active stays listed so the form shows the team.
    for (AppUser member : study.getInspectors()) {
      if (inspectors.stream().noneMatch(u -> u.getId().equals(member.getId()))) {
        inspectors = new ArrayList<>(inspectors);
        inspectors.add(member);
      }
    }
  }

  public boolean isEditing() {
    return studyId != null;
  }

  public Long getStudyId() {
    return studyId;
  }

  public String getFrameworkTitle() {
    return frameworkTitle;
  }

  public List<String> completeMunicipality(String text) {
    int year = municipalities.currentYear().orElse(0);
    return municipalities
        .search(
            new MunicipalityQuery(
                year,
                Optional.ofNullable(text),
                Optional.empty(),
                Optional.empty(),
                MunicipalityQuery.Sort.NAME,
                false),
            0,
            15)
        .stream()
        .map(m -> m.getName() + " (" + m.getCbsCode() + ")")
        .toList();
  }

  public void addArea() {
    java.util.regex.Matcher code =
        newMunicipality == null
            ? null
            : java.util.regex.Pattern.compile("\\((GM\\d{4})\\)$").matcher(newMunicipality.strip());
    if (code == null || !code.find()) {
      Messages.error("study_edit.area.choose");
      return;
    }
    areas.add(new AreaChoice(code.group(1), newDistrictCode, newDistrictName));
    newMunicipality = null;
    newDistrictCode = null;
    newDistrictName = null;
  }

  public void removeArea(AreaChoice area) {
    areas.remove(area);
  }

  public String save() {
    if (studyId != null) {
      return update();
    }
    try {
      studies.create(
          currentUser.actor(),
          new StudyDraft(
              title,
              startsOn,
              endsOn,
              frameworkVersionId,
              List.copyOf(areas),
              List.copyOf(inspectorIds),
              replyWorkingDays,
              minCellSize));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("study_edit.message.created", title);
      return "/study/list.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), FIELDS::get);
      Messages.summary(e);
      return null;
    } catch (WijkzichtException e) {
      Messages.error(e);
      return null;
    }
  }

  private String update() {
    try {
      studies.update(
          currentUser.actor(),
          studyId,
          studyVersion,
          new StudyDraft(
              title,
              startsOn,
              endsOn,
              frameworkVersionId,
              List.copyOf(areas),
              List.copyOf(inspectorIds),
              replyWorkingDays,
              minCellSize));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("study_edit.message.saved", title);
      return "/study/visits.xhtml?faces-redirect=true&study=" + studyId;
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), FIELDS::get);
      Messages.summary(e);
      return null;
    } catch (WijkzichtException e) {
      Messages.error(e); // A concurrent change says so; the form keeps what the user typed.
      return null;
    }
  }

  public String municipalityName(String cbsCode) {
    return municipalities
        .find(cbsCode, municipalities.currentYear().orElse(0))
        .map(Municipality::getName)
        .orElse(cbsCode);
  }

  public List<FrameworkVersion> getVersions() {
    return versions;
  }

  public List<AppUser> getInspectors() {
    return inspectors;
  }

  public List<AreaChoice> getAreas() {
    return areas;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public Integer getMinCellSize() {
    return minCellSize;
  }

  public void setMinCellSize(Integer minCellSize) {
    this.minCellSize = minCellSize;
  }

  public Integer getReplyWorkingDays() {
    return replyWorkingDays;
  }

  public void setReplyWorkingDays(Integer replyWorkingDays) {
    this.replyWorkingDays = replyWorkingDays;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Long getFrameworkVersionId() {
    return frameworkVersionId;
  }

  public void setFrameworkVersionId(Long frameworkVersionId) {
    this.frameworkVersionId = frameworkVersionId;
  }

  public List<Long> getInspectorIds() {
    return inspectorIds;
  }

  public void setInspectorIds(List<Long> inspectorIds) {
    this.inspectorIds = inspectorIds;
  }

  public String getNewMunicipality() {
    return newMunicipality;
  }

  public void setNewMunicipality(String newMunicipality) {
    this.newMunicipality = newMunicipality;
  }

  public String getNewDistrictCode() {
    return newDistrictCode;
  }

  public void setNewDistrictCode(String newDistrictCode) {
    this.newDistrictCode = newDistrictCode;
  }

  public String getNewDistrictName() {
    return newDistrictName;
  }

  public void setNewDistrictName(String newDistrictName) {
    this.newDistrictName = newDistrictName;
  }
}
