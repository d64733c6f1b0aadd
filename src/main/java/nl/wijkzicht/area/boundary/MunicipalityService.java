package nl.wijkzicht.area.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.area.control.MunicipalityQuery;
import nl.wijkzicht.area.control.MunicipalityRecord;
import nl.wijkzicht.area.control.MunicipalityRepository;
import nl.wijkzicht.area.entity.MunicipalDivision;
import nl.wijkzicht.area.entity.Municipality;

/** Municipalities, their division years and regions: reading, searching and loading a new year. */
@ApplicationScoped
@Transactional
public class MunicipalityService {

  private static final System.Logger LOGGER = System.getLogger(MunicipalityService.class.getName());

  @Inject private MunicipalityRepository repository;

  private final Clock clock = Clock.systemUTC();

  /** The division years loaded, newest first. */
  public List<MunicipalDivision> divisions() {
    return repository.findDivisions();
  }

  /** The newest loaded division year, or empty while none is loaded yet. */
  public Optional<Integer> currentYear() {
    return repository.findDivisions().stream().map(MunicipalDivision::getYear).findFirst();
  }

  public List<Municipality> search(MunicipalityQuery query, int first, int pageSize) {
    return repository.search(query, first, pageSize);
  }

  public long count(MunicipalityQuery query) {
    return repository.count(query);
  }

  public List<String> provinces(int year) {
    return repository.findProvinces(year);
  }

  public Optional<Municipality> find(String cbsCode, int year) {
    return repository.findByCode(cbsCode, year);
  }

  /**
   * Loads one division year in one transaction: all municipalities or none. A year that is already
   * loaded is left as it is (the rows may be referenced by studies) and false is returned.
   */
  public boolean loadDivision(int year, String source, List<MunicipalityRecord> records) {
    if (repository.findDivision(year).isPresent()) {
      return false;
    }
    repository.persist(new MunicipalDivision(year, source, records.size(), Instant.now(clock)));
    for (MunicipalityRecord record : records) {
      repository.persist(record.toEntity(year));
    }
    LOGGER.log(
        Level.INFO,
        "Loaded municipal division {0}: {1} municipalities from {2}.",
        String.valueOf(year),
        records.size(),
        source);
    return true;
  }
}
