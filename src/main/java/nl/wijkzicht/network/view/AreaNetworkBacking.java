package nl.wijkzicht.network.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.network.boundary.AreaNetworkDraft;
import nl.wijkzicht.network.boundary.AreaNetworkDraft.AgreementInput;
import nl.wijkzicht.network.boundary.AreaNetworkService;
import nl.wijkzicht.network.boundary.AreaOverview;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.network.control.NetworkLayout;
import nl.wijkzicht.network.control.SvgRenderer;
import nl.wijkzicht.network.control.WhoDoesWhat;
import nl.wijkzicht.network.entity.Agreement;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.AgreementStatus;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * The "who does what" section of /study/area.xhtml?study=S&amp;area=A: per care role the providers
 * that fill it and per agreement kind its status, as a table with a map beside it, edited in one
 * form with a version check.
 */
@Named
@ViewScoped
public class AreaNetworkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AreaNetworkService service;
  @Inject private CurrentUser currentUser;

  private AreaOverview overview;
  private String svg = "";
  private List<MemberRow> members = List.of();
  private List<RoleRow> roles = new ArrayList<>();
  private List<AgreementRow> agreements = new ArrayList<>();
  private boolean conflict;

  /** One care role: the providers that fill it (edited as a list of ids). */
  public static final class RoleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CareRole role;
    private final String shown;
    private List<Long> providerIds;

    RoleRow(CareRole role, String shown, List<Long> providerIds) {
      this.role = role;
      this.shown = shown;
      this.providerIds = new ArrayList<>(providerIds);
    }

    public CareRole getRole() {
      return role;
    }

    /** The providers now saved for the role, in words ("—" when nobody). */
    public String getShown() {
      return shown;
    }

    public List<Long> getProviderIds() {
      return providerIds;
    }

    public void setProviderIds(List<Long> ids) {
      this.providerIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }
  }

  /** One agreement kind: status (empty: not asked), as of a date, a note. */
  public static final class AgreementRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AgreementKind kind;
    private AgreementStatus status;
    private LocalDate statusOn;
    private String note;

    AgreementRow(AgreementKind kind, Agreement saved) {
      this.kind = kind;
      if (saved != null) {
        status = saved.getStatus();
        statusOn = saved.getStatusOn();
        note = saved.getNote();
      }
    }

    public AgreementKind getKind() {
      return kind;
    }

    public AgreementStatus getStatus() {
      return status;
    }

    public void setStatus(AgreementStatus status) {
      this.status = status;
    }

    public LocalDate getStatusOn() {
      return statusOn;
    }

    public void setStatusOn(LocalDate statusOn) {
      this.statusOn = statusOn;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public void load() {
    if (overview != null || FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    PageRequest.load(
        () ->
            show(
                service.read(
                    currentUser.actor(),
                    PageRequest.requiredId("study"),
                    PageRequest.requiredId("area"))));
  }

  private void show(AreaOverview shown) {
    overview = shown;
    NetworkDiagrams.Texts t = MapTexts.texts();
    Diagram diagram = NetworkDiagrams.area(shown.areaLabel(), shown.who(), t);
    svg = SvgRenderer.render(NetworkLayout.layout(diagram), "area-network-" + shown.areaId());
    members = MapTexts.members(diagram);
    roles = new ArrayList<>();
    for (CareRole role : CareRole.values()) {
      List<WhoDoesWhat.ProviderRef> filling = shown.who().filling(role);
      String names =
          filling.isEmpty()
              ? (role.core() ? t.text("network.area.unfilled") : "—")
              : String.join(", ", filling.stream().map(WhoDoesWhat.ProviderRef::name).toList());
      roles.add(
          new RoleRow(role, names, filling.stream().map(WhoDoesWhat.ProviderRef::id).toList()));
    }
    agreements = new ArrayList<>();
    Map<AgreementKind, Agreement> saved = new EnumMap<>(AgreementKind.class);
    saved.putAll(shown.who().agreements());
    for (AgreementKind kind : AgreementKind.values()) {
      agreements.add(new AgreementRow(kind, saved.get(kind)));
    }
    conflict = false;
  }

  public void save() {
    Map<CareRole, List<Long>> chosen = new EnumMap<>(CareRole.class);
    roles.forEach(r -> chosen.put(r.getRole(), List.copyOf(r.getProviderIds())));
    List<AgreementInput> input = new ArrayList<>();
    agreements.forEach(
        a ->
            input.add(
                new AgreementInput(a.getKind(), a.getStatus(), a.getStatusOn(), a.getNote())));
    try {
      AreaOverview saved =
          service.save(
              currentUser.actor(),
              overview.studyId(),
              overview.areaId(),
              overview.version(),
              new AreaNetworkDraft(chosen, input));
      show(saved);
      Messages.info("network.area.message.saved");
    } catch (ConcurrentChangeException e) {
      conflict = true;
      Messages.error(e);
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public void reload() {
    show(service.read(currentUser.actor(), overview.studyId(), overview.areaId()));
  }

  public boolean isLoaded() {
    return overview != null;
  }

  public AreaOverview getOverview() {
    return overview;
  }

  public String getSvg() {
    return svg;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public List<AgreementRow> getAgreements() {
    return agreements;
  }

  public List<AgreementStatus> getStatuses() {
    return Arrays.asList(AgreementStatus.values());
  }

  public boolean isConflict() {
    return conflict;
  }
}
