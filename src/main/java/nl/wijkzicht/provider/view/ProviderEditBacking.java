package nl.wijkzicht.provider.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.provider.boundary.ProviderDraft;
import nl.wijkzicht.provider.boundary.ProviderDraft.LocationDraft;
import nl.wijkzicht.provider.boundary.ProviderRegistrationService;
import nl.wijkzicht.provider.control.ProviderRules;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.provider.entity.ProviderLocation;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /provider/edit.xhtml?id=N: a coordinator changes a care provider and its locations; without id
 * registers a new one. Problems show at their field (locations at their row); a stale version keeps
 * the input and says someone else changed the provider.
 */
@Named
@ViewScoped
public class ProviderEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "providerForm:";

  /** "Houten (GM0321)", as the autocomplete offers it. */
  private static final Pattern CHOSEN = Pattern.compile("\\((GM\\d{4})\\)$");

  private static final Pattern LOCATION_FIELD =
      Pattern.compile(ProviderRules.LOCATIONS + ":(\\d+):(\\w+)");

  @Inject private ProviderRegistrationService registrations;
  @Inject private MunicipalityService municipalities;
  @Inject private CurrentUser currentUser;

  private boolean loaded;
  private int divisionYear;
  private Long id;
  private long version;
  private String name;
  private ProviderKind kind;
  private String agbCode;
  private String kvkNumber;
  private List<String> areas = new ArrayList<>();
  private List<LocationRow> locations = new ArrayList<>();
  private final List<LocationRow> removed = new ArrayList<>();

  /** One row of the locations table; id null for a new location. */
  public static class LocationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private String name;
    private String street;
    private String postcode;
    private String city;
    private String municipality;
    private long visits;

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getStreet() {
      return street;
    }

    public void setStreet(String street) {
      this.street = street;
    }

    public String getPostcode() {
      return postcode;
    }

    public void setPostcode(String postcode) {
      this.postcode = postcode;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }

    public String getMunicipality() {
      return municipality;
    }

    public void setMunicipality(String municipality) {
      this.municipality = municipality;
    }

    public long getVisits() {
      return visits;
    }

    boolean isBlank() {
      return id == null
          && Stream.of(name, street, postcode, city, municipality).allMatch(v -> text(v).isEmpty());
    }
  }

  /**
   * f:viewAction: loads the provider (404 unknown or a malformed id, 403 not allowed); none: a new
   * one.
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    divisionYear = municipalities.currentYear().orElse(0);
    PageRequest.load(
        () -> {
          Optional<Long> requested = PageRequest.optionalId("id");
          if (requested.isEmpty()) {
            locations.add(new LocationRow());
            return;
          }
          CareProvider provider = registrations.getForChange(currentUser.actor(), requested.get());
          Map<Long, Long> visits =
              registrations.visitsPerLocation(currentUser.actor(), provider.getId());
          id = provider.getId();
          version = provider.getVersion();
          name = provider.getName();
          kind = provider.getKind();
          agbCode = provider.getAgbCode();
          kvkNumber = provider.getKvkNumber();
          Set<String> ofLocations =
              provider.getLocations().stream()
                  .map(l -> l.getMunicipality().getCbsCode())
                  .collect(Collectors.toSet());
          areas =
              provider.getAreas().stream()
                  .filter(m -> !ofLocations.contains(m.getCbsCode()))
                  .map(ProviderEditBacking::label)
                  .collect(Collectors.toCollection(ArrayList::new));
          for (ProviderLocation location : provider.getLocations()) {
            LocationRow row = new LocationRow();
            row.id = location.getId();
            row.name = location.getName();
            row.street = location.getStreet();
            row.postcode = location.getPostcodeText();
            row.city = location.getCity();
            row.municipality = label(location.getMunicipality());
            row.visits = visits.getOrDefault(location.getId(), 0L);
            locations.add(row);
          }
        });
  }

  /**
   * Suggestions for a municipality field: municipalities of the current division by name or CBS
   * code.
   */
  public List<String> completeMunicipality(String text) {
    return municipalities
        .search(
            new MunicipalityQuery(
                getDivisionYear(),
                Optional.ofNullable(text),
                Optional.empty(),
                Optional.empty(),
                MunicipalityQuery.Sort.NAME,
                false),
            0,
            15)
        .stream()
        .map(ProviderEditBacking::label)
        .toList();
  }

  public void addLocation() {
    locations.add(new LocationRow());
  }

  public void removeLocation(LocationRow row) {
    if (locations.remove(row) && row.id != null) {
      removed.add(row);
    }
  }

  public String save() {
    List<LocationDraft> drafts = new ArrayList<>();
    List<Integer> rowOfDraft = new ArrayList<>();
    for (int row = 0; row < locations.size(); row++) {
      LocationRow location = locations.get(row);
      if (!location.isBlank()) { // An untouched new row is no location.
        drafts.add(
            new LocationDraft(
                location.id,
                location.name,
                location.street,
                location.postcode,
                location.city,
                code(location.municipality)));
        rowOfDraft.add(row);
      }
    }
    ProviderDraft draft =
        new ProviderDraft(
            name,
            kind,
            agbCode,
            kvkNumber,
            areas.stream().map(ProviderEditBacking::code).toList(),
            List.copyOf(drafts));
    try {
      CareProvider saved =
          id == null
              ? registrations.create(currentUser.actor(), draft)
              : registrations.update(currentUser.actor(), id, version, draft);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(
          id == null ? "provider_edit.message.created" : "provider_edit.message.saved",
          saved.getName());
      return "/provider/show.xhtml?faces-redirect=true&id=" + saved.getId();
    } catch (InvalidInputException e) {
      Messages.errorsAt(e.getProblems(), field -> FORM + clientField(field, rowOfDraft));
      e.getProblems().stream()
          .filter(p -> "provider.location.in_use".equals(p.key()))
          .forEach(p -> putBack(String.valueOf(p.arguments().get(0))));
      Messages.summary(e);
      return null;
    } catch (WijkzichtException e) { // A stale version among them: the input stays in the form.
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  /**
   * A removed row whose location has visits comes back, so what the form shows is what is stored.
   */
  private void putBack(String locationName) {
    removed.stream()
        .filter(r -> locationName.equals(r.name))
        .findFirst()
        .ifPresent(
            row -> {
              removed.remove(row);
              locations.add(row);
            });
  }

  /**
   * The service's field ("locations:2:postcode" counts drafts) as the form's (counting table rows).
   */
  private static String clientField(String field, List<Integer> rowOfDraft) {
    Matcher matcher = LOCATION_FIELD.matcher(field);
    if (matcher.matches()) {
      return ProviderRules.LOCATIONS
          + ":"
          + rowOfDraft.get(Integer.parseInt(matcher.group(1)))
          + ":"
          + matcher.group(2);
    }
    return field;
  }

  private static String label(Municipality municipality) {
    return municipality.getName() + " (" + municipality.getCbsCode() + ")";
  }

  /**
   * The CBS code of a chosen municipality, or the text as typed (the service says what is wrong
   * with it).
   */
  private static String code(String chosen) {
    Matcher matcher = CHOSEN.matcher(text(chosen));
    return matcher.find() ? matcher.group(1) : text(chosen);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  public boolean isNewProvider() {
    return id == null;
  }

  public int getDivisionYear() {
    return divisionYear;
  }

  public List<ProviderKind> getKinds() {
    return List.of(ProviderKind.values());
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

  public ProviderKind getKind() {
    return kind;
  }

  public void setKind(ProviderKind kind) {
    this.kind = kind;
  }

  public String getAgbCode() {
    return agbCode;
  }

  public void setAgbCode(String agbCode) {
    this.agbCode = agbCode;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public void setKvkNumber(String kvkNumber) {
    this.kvkNumber = kvkNumber;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  public List<LocationRow> getLocations() {
    return locations;
  }
}
