package nl.wijkzicht.network.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.network.boundary.TracerMap;
import nl.wijkzicht.network.boundary.TracerNetworkDraft;
import nl.wijkzicht.network.boundary.TracerNetworkDraft.LinkInput;
import nl.wijkzicht.network.boundary.TracerNetworkService;
import nl.wijkzicht.network.control.CareNetwork.Link;
import nl.wijkzicht.network.control.CareNetwork.WeakPoint;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.network.control.NetworkLayout;
import nl.wijkzicht.network.control.SvgRenderer;
import nl.wijkzicht.network.entity.CareRole;
import nl.wijkzicht.network.entity.Coordination;
import nl.wijkzicht.network.entity.LinkStrength;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * The care-network section of /study/tracer.xhtml?id=N: the map (SVG drawn on the server), the same
 * network as text, and the form for what the inspector adds (who coordinates, judged links).
 */
@Named
@ViewScoped
public class TracerNetworkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TracerNetworkService service;
  @Inject private CurrentUser currentUser;

  private TracerMap map;
  private String svg = "";
  private List<MemberRow> members = List.of();
  private Map<String, String> titles = Map.of();
  private List<LinkRow> links = new ArrayList<>();
  private Coordination coordination = Coordination.NOT_RECORDED;
  private CareRole coordinatorRole;
  private Long coordinatorProvider;
  private String addFrom;
  private String addTo;
  private boolean conflict;

  /** One link of the map: in words, with the inspector's judgement and the findings behind it. */
  public static final class LinkRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String a;
    private final String b;
    private final String between;
    private final String shown;
    private final List<WeakPoint> weak;
    private LinkStrength strength;
    private String note;

    LinkRow(String a, String b, String between, String shown, List<WeakPoint> weak) {
      this.a = a;
      this.b = b;
      this.between = between;
      this.shown = shown;
      this.weak = weak;
    }

    public String getA() {
      return a;
    }

    public String getB() {
      return b;
    }

    public String getBetween() {
      return between;
    }

    public String getShown() {
      return shown;
    }

    public List<WeakPoint> getWeak() {
      return weak;
    }

    public LinkStrength getStrength() {
      return strength;
    }

    public void setStrength(LinkStrength strength) {
      this.strength = strength;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public void load() {
    if (map != null || FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    PageRequest.load(
        () -> show(service.map(currentUser.actor(), PageRequest.requiredId("id")), true));
  }

  private void show(TracerMap shown, boolean form) {
    map = shown;
    NetworkDiagrams.Texts t = MapTexts.texts();
    String band = shown.ageBand() == null ? "" : t.text("AgeBand." + shown.ageBand().name());
    Diagram diagram = NetworkDiagrams.tracer(shown.network(), band, t);
    svg = SvgRenderer.render(NetworkLayout.layout(diagram), "tracer-network-" + shown.tracerId());
    members = MapTexts.members(diagram);
    titles = new HashMap<>();
    members.forEach(m -> titles.put(m.key(), m.title()));
    if (!form) {
      return;
    }
    coordination = shown.coordination();
    coordinatorRole = shown.coordinatorRole();
    coordinatorProvider = shown.coordinatorProviderId();
    links = new ArrayList<>();
    for (Link l : shown.network().links()) {
      LinkRow row =
          new LinkRow(
              l.a(),
              l.b(),
              titles.get(l.a()) + " – " + titles.get(l.b()),
              shownText(l, t),
              l.weakBecause());
      row.setStrength(l.judged());
      row.setNote(l.note());
      links.add(row);
    }
    conflict = false;
  }

  private static String shownText(Link l, NetworkDiagrams.Texts t) {
    String label = NetworkDiagrams.label(l, t);
    return label.isEmpty() ? t.text("network.link.normal") : label;
  }

  public void addLink() {
    if (addFrom == null || addTo == null || addFrom.equals(addTo)) {
      Messages.error("network.link.same");
      return;
    }
    boolean known =
        links.stream()
            .anyMatch(
                r ->
                    (r.getA().equals(addFrom) && r.getB().equals(addTo))
                        || (r.getA().equals(addTo) && r.getB().equals(addFrom)));
    if (!known) {
      LinkRow row =
          new LinkRow(
              addFrom,
              addTo,
              titles.get(addFrom) + " – " + titles.get(addTo),
              MapTexts.texts().text("network.link.new"),
              List.of());
      row.setStrength(LinkStrength.WEAK);
      row.setNote("");
      links.add(row);
    }
    addFrom = null;
    addTo = null;
  }

  public void save() {
    List<LinkInput> input = new ArrayList<>();
    links.forEach(r -> input.add(new LinkInput(r.getA(), r.getB(), r.getStrength(), r.getNote())));
    try {
      TracerMap saved =
          service.save(
              currentUser.actor(),
              map.tracerId(),
              map.version(),
              new TracerNetworkDraft(coordination, coordinatorRole, coordinatorProvider, input));
      show(saved, true);
      Messages.info("network.message.saved");
    } catch (ConcurrentChangeException e) {
      conflict = true;
      Messages.error(e); // The form keeps the input; "Opnieuw laden" shows the other version.
    } catch (InvalidInputException e) {
      Messages.errorsAt(
          e.getProblems(),
          field ->
              FacesContext.getCurrentInstance().getViewRoot().findComponent(":networkForm:" + field)
                      != null
                  ? "networkForm:" + field
                  : null);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  /** After a conflict: the other version, the typed input dropped. */
  public void reload() {
    show(service.map(currentUser.actor(), map.tracerId()), true);
  }

  public boolean isLoaded() {
    return map != null;
  }

  public TracerMap getMap() {
    return map;
  }

  public String getSvg() {
    return svg;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public List<Coordination> getCoordinations() {
    return Arrays.asList(Coordination.values());
  }

  public List<CareRole> getRoles() {
    return Arrays.asList(CareRole.values());
  }

  public List<LinkStrength> getStrengths() {
    return Arrays.asList(LinkStrength.values());
  }

  public String title(String key) {
    return titles.getOrDefault(key, key);
  }

  public Coordination getCoordination() {
    return coordination;
  }

  public void setCoordination(Coordination coordination) {
    this.coordination = coordination;
  }

  public CareRole getCoordinatorRole() {
    return coordinatorRole;
  }

  public void setCoordinatorRole(CareRole coordinatorRole) {
    this.coordinatorRole = coordinatorRole;
  }

  public Long getCoordinatorProvider() {
    return coordinatorProvider;
  }

  public void setCoordinatorProvider(Long coordinatorProvider) {
    this.coordinatorProvider = coordinatorProvider;
  }

  public String getAddFrom() {
    return addFrom;
  }

  public void setAddFrom(String addFrom) {
    this.addFrom = addFrom;
  }

  public String getAddTo() {
    return addTo;
  }

  public void setAddTo(String addTo) {
    this.addTo = addTo;
  }

  public boolean isConflict() {
    return conflict;
  }
}
