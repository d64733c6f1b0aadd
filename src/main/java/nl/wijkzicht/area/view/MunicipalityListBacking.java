package nl.wijkzicht.area.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.area.boundary.MunicipalityService;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.entity.MunicipalDivision;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;
import nl.wijkzicht.database.DatabaseStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The start page: municipalities of a division year, searchable, filterable and paged. */
@Named
@ViewScoped
public class MunicipalityListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MunicipalityService service;
  @Inject private nl.wijkzicht.area.boundary.RegionService regionService;
  @Inject private DatabaseStatus databaseStatus;

  private List<MunicipalDivision> divisions = List.of();
  private List<String> provinces = List.of();
  private List<Region> regions = List.of();
  private Integer year;
  private String text;
  private String province;
  private Long regionId;
  private final LazyDataModel<Municipality> model = new Model();

  @PostConstruct
  void init() {
    if (!databaseStatus.isReady()) {
      return;
    }
    divisions = service.divisions();
    regions = regionService.all();
    year = divisions.isEmpty() ? null : divisions.get(0).getYear();
    provinces = year == null ? List.of() : service.provinces(year);
  }

  public boolean isAvailable() {
    return databaseStatus.isReady() && year != null;
  }

  public void yearChanged() {
    provinces = year == null ? List.of() : service.provinces(year);
    province = null;
  }

  public LazyDataModel<Municipality> getModel() {
    return model;
  }

  public MunicipalDivision getDivision() {
    return divisions.stream()
        .filter(d -> year != null && d.getYear() == year)
        .findFirst()
        .orElse(null);
  }

  public List<MunicipalDivision> getDivisions() {
    return divisions;
  }

  public List<String> getProvinces() {
    return provinces;
  }

  public List<Region> getRegions() {
    return regions;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    // Only a loaded year may be chosen; a forged value keeps the current one.
    if (year != null && divisions.stream().anyMatch(d -> d.getYear() == year)) {
      this.year = year;
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  private MunicipalityQuery query(Map<String, SortMeta> sortBy) {
    MunicipalityQuery.Sort sort = MunicipalityQuery.Sort.NAME;
    boolean descending = false;
    for (SortMeta meta : sortBy.values()) {
      sort =
          switch (meta.getField()) {
            case "cbsCode" -> MunicipalityQuery.Sort.CODE;
            case "province" -> MunicipalityQuery.Sort.PROVINCE;
            default -> MunicipalityQuery.Sort.NAME;
          };
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
    return new MunicipalityQuery(
        year,
        Optional.ofNullable(text),
        Optional.ofNullable(province),
        Optional.ofNullable(regionId),
        sort,
        descending);
  }

  private final class Model extends LazyDataModel<Municipality> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return isAvailable() ? (int) service.count(query(Map.of())) : 0;
    }

    @Override
    public List<Municipality> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (!isAvailable()) {
        return List.of();
      }
      // No setRowCount here: the data table has just asked count() (one COUNT per request).
      MunicipalityQuery query = query(sortBy);
      return service.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(Municipality municipality) {
      return municipality.getCbsCode();
    }

    @Override
    public Municipality getRowData(String rowKey) {
      return year == null ? null : service.find(rowKey, year).orElse(null);
    }
  }
}
