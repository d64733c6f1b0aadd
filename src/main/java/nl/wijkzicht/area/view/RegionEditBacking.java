package nl.wijkzicht.area.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.area.boundary.RegionDraft;
import nl.wijkzicht.area.boundary.RegionService;
import nl.wijkzicht.area.control.RegionRules;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.area.entity.RegionKind;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/** /region/edit.xhtml?id=N: a coordinator changes or deletes a region; without id creates one. */
@Named
@ViewScoped
public class RegionEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form fields per problem field of the service, so each message shows at its field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          RegionRules.NAME,
          "regionForm:name",
          RegionRules.KIND,
          "regionForm:kind",
          RegionRules.DESCRIPTION,
          "regionForm:description",
          RegionRules.MUNICIPALITIES,
          "regionForm:municipalities");

  private static final String LIST = "/region/list.xhtml?faces-redirect=true";

  @Inject private RegionService regions;
  @Inject private CurrentUser currentUser;

  private boolean loaded;
  private Long id;
  private long version;
  private String name;
  private RegionKind kind;
  private String description;
  private List<Long> municipalityIds = new ArrayList<>();
  private List<Municipality> choosable = List.of();

  /**
   * f:viewAction: loads the region (404 unknown or a malformed id, 403 not allowed); none: a new
   * region.
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    PageRequest.load(
        () -> {
          Optional<Long> requested = PageRequest.optionalId("id");
          choosable = regions.choosableMunicipalities(currentUser.actor());
          if (requested.isPresent()) {
            Region region = regions.get(currentUser.actor(), requested.get());
            id = region.getId();
            version = region.getVersion();
            name = region.getName();
            kind = region.getKind();
            description = region.getDescription();
            // Members of an older division year are offered as the same municipality (CBS code) in
            // the
            // newest one.
            Map<String, Long> byCode =
                choosable.stream()
                    .collect(
                        Collectors.toMap(
                            Municipality::getCbsCode, Municipality::getId, (a, b) -> a));
            municipalityIds =
                region.getMunicipalities().stream()
                    .map(m -> byCode.get(m.getCbsCode()))
                    .filter(Objects::nonNull)
                    .distinct()
                    .collect(Collectors.toCollection(ArrayList::new));
          }
        });
  }

  public String save() {
    RegionDraft draft = new RegionDraft(name, kind, description, List.copyOf(municipalityIds));
    try {
      Region saved =
          id == null
              ? regions.create(currentUser.actor(), draft)
              : regions.update(currentUser.actor(), id, version, draft);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(
          id == null ? "region_edit.message.created" : "region_edit.message.saved",
          saved.getName());
      return LIST;
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), FIELDS::get);
      Messages.summary(e);
      return null;
    } catch (WijkzichtException e) {
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public String delete() {
    try {
      regions.delete(currentUser.actor(), id, version);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("region_edit.message.deleted", name);
      return LIST;
    } catch (WijkzichtException e) {
      Messages.error(e);
      return null;
    }
  }

  public boolean isNewRegion() {
    return id == null;
  }

  public List<RegionKind> getKinds() {
    return List.of(RegionKind.values());
  }

  public List<Municipality> getChoosable() {
    return choosable;
  }

  /** The chosen municipalities' names, for the summary under the field. */
  public List<String> getChosenNames() {
    Map<Long, String> names =
        choosable.stream().collect(Collectors.toMap(Municipality::getId, Municipality::getName));
    return municipalityIds.stream().map(names::get).filter(Objects::nonNull).sorted().toList();
  }

  public int getDivisionYear() {
    return choosable.isEmpty() ? 0 : choosable.get(0).getDivisionYear();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RegionKind getKind() {
    return kind;
  }

  public void setKind(RegionKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Long> getMunicipalityIds() {
    return municipalityIds;
  }

  public void setMunicipalityIds(List<Long> municipalityIds) {
    this.municipalityIds =
        municipalityIds == null ? new ArrayList<>() : new ArrayList<>(municipalityIds);
  }
}
