package nl.wijkzicht.area.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.area.control.DivisionFile;
import nl.wijkzicht.area.control.InvalidDivisionFileException;
import nl.wijkzicht.area.control.MunicipalityCsvReader;
import nl.wijkzicht.area.control.MunicipalityRecord;
import nl.wijkzicht.database.DatabaseReady;
import nl.wijkzicht.database.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads every municipal division file not yet in the database once the schema is ready: the files
 * bundled with the application (listed in divisions/index.txt) and any gemeenten-&lt;year&gt;.csv
 * in the directory named by {@code wijkzicht.divisions.dir}. A bad file is reported and skipped;
 * the years already loaded are untouched.
 */
@ApplicationScoped
public class MunicipalDivisionImporter {

  private static final System.Logger LOGGER =
      System.getLogger(MunicipalDivisionImporter.class.getName());

  /** Runs before the demo data, which refers to municipalities. */
  public static final int ORDER = StartupOrder.MUNICIPALITIES;

  static final String BUNDLED = "/nl/wijkzicht/area/divisions/";

  @Inject private MunicipalityService service;

  @Inject
  @ConfigProperty(name = "wijkzicht.divisions.dir")
  private Optional<String> extraDirectory;

  void onDatabaseReady(@Observes @Priority(ORDER) DatabaseReady ready) {
    for (String fileName : bundledFiles()) {
      try (InputStream in = getClass().getResourceAsStream(BUNDLED + fileName)) {
        if (in == null) {
          LOGGER.log(
              Level.ERROR, "Division file {0} is listed in index.txt but not bundled.", fileName);
          continue;
        }
        load(fileName, "bundled " + fileName, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    extraDirectory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(this::loadDirectory);
  }

  private void loadDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      LOGGER.log(
          Level.WARNING, "wijkzicht.divisions.dir {0} is not a directory; skipped.", directory);
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "gemeenten-*.csv")) {
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          load(file.getFileName().toString(), file.toString(), in);
        }
      }
    } catch (IOException e) {
      LOGGER.log(Level.ERROR, "Cannot read division directory " + directory, e);
    }
  }

  private void load(String fileName, String source, InputStream in) throws IOException {
    Optional<Integer> year = DivisionFile.yearOf(fileName);
    if (year.isEmpty()) {
      LOGGER.log(Level.WARNING, "{0}: name is not gemeenten-<year>.csv; skipped.", source);
      return;
    }
    if (service.divisions().stream().anyMatch(d -> d.getYear() == year.get())) {
      return;
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<MunicipalityRecord> records = MunicipalityCsvReader.read(reader, source);
      service.loadDivision(year.get(), source, records);
    } catch (InvalidDivisionFileException e) {
      LOGGER.log(Level.ERROR, "Division file not loaded, fix it and restart: {0}", e.getMessage());
    }
  }

  private List<String> bundledFiles() {
    try (InputStream in = getClass().getResourceAsStream(BUNDLED + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
