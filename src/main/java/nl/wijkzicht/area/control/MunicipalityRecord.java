package nl.wijkzicht.area.control;

import nl.wijkzicht.area.entity.Municipality;

/** One row of a municipal division file, normalised (see {@link MunicipalityCsvReader}). */
public record MunicipalityRecord(
    String cbsCode,
    String name,
    String officialName,
    String province,
    String safetyRegionCode,
    String safetyRegionName) {

  public Municipality toEntity(int divisionYear) {
    return new Municipality(
        cbsCode, name, officialName, province, safetyRegionCode, safetyRegionName, divisionYear);
  }
}
