package nl.wijkzicht.area.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.area.boundary.RegionService;
import nl.wijkzicht.area.boundary.RegionSummary;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;

/** /region/list.xhtml: all regions with their municipalities, searchable. */
@Named
@ViewScoped
public class RegionListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many municipality names a row shows before "and N more". */
  static final int NAMES_SHOWN = 5;

  @Inject private RegionService regions;
  @Inject private CurrentUser currentUser;

  private String text;
  private List<RegionSummary> shown = List.of();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    shown = regions.list(currentUser.actor(), text);
  }

  /** The first municipality names, then "and N more". */
  public String municipalities(RegionSummary region) {
    List<String> names = region.municipalityNames();
    if (names.size() <= NAMES_SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN))
        + " "
        + Messages.text(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            "region_list.more",
            String.valueOf(names.size() - NAMES_SHOWN));
  }

  /** All names, for the tooltip of a shortened list. */
  public String allMunicipalities(RegionSummary region) {
    return String.join(", ", region.municipalityNames());
  }

  public List<RegionSummary> getRegions() {
    return shown;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
