package nl.wijkzicht.framework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.framework.control.FrameworkDiff;
import nl.wijkzicht.framework.control.FrameworkFile;
import nl.wijkzicht.framework.control.FrameworkImportReport;
import nl.wijkzicht.framework.control.FrameworkImportResult;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;
import nl.wijkzicht.framework.control.FrameworkProblem;
import nl.wijkzicht.framework.control.FrameworkReadResult;
import nl.wijkzicht.framework.control.FrameworkRepository;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.control.InterviewGuideRenderer;
import nl.wijkzicht.framework.entity.Framework;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Audit frameworks: importing framework files as new versions, reading versions, comparing them and
 * rendering interview guides.
 *
 * <p>Immutability rule: a stored version never changes. A file whose code and version are stored
 * with a different SHA-256 hash is refused with the advice to raise the version; a broken file is
 * refused as a whole. Either way the versions already stored stay in use.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

  private static final System.Logger LOGGER = System.getLogger(FrameworkService.class.getName());

  @Inject private FrameworkRepository repository;
  @Inject private AccessLogService accessLog;

  // The service's own proxy, so that each file of importAll() is imported in its own transaction.
  @Inject private FrameworkService self;

  @Inject
  @ConfigProperty(name = "wijkzicht.frameworks.dir", defaultValue = "audit-frameworks")
  private String directory;

  private final Clock clock = Clock.systemUTC();

  /** All stored versions, by framework code and newest version first. */
  public List<FrameworkVersion> versions() {
    return repository.findVersions();
  }

  /** The stored versions of one framework, newest first. */
  public List<FrameworkVersion> versions(String code) {
    return repository.findVersions(code);
  }

  public Optional<FrameworkVersion> findVersion(long id) {
    return repository.findVersion(id);
  }

  public Optional<FrameworkVersion> findVersion(String code, String version) {
    return repository.findVersion(code, version);
  }

  /** The content of a stored version, read from its stored source text (the version of record). */
  public FrameworkDefinition definition(long versionId) {
    FrameworkVersion version =
        repository
            .findVersion(versionId)
            .orElseThrow(() -> new NotFoundException("framework.version.unknown", versionId));
    return read(version);
  }

  /** What changed from one stored version to another. */
  public List<FrameworkDiff.Change> diff(long fromId, long toId) {
    return FrameworkDiff.compare(definition(fromId), definition(toId));
  }

  /** A printable interview guide (PDF) with the questions of one respondent role. */
  public byte[] interviewGuide(long versionId, RespondentRole role, Locale locale) {
    FrameworkVersion version =
        repository
            .findVersion(versionId)
            .orElseThrow(() -> new NotFoundException("framework.version.unknown", versionId));
    return InterviewGuideRenderer.render(read(version), role, locale, version.getImportedAt());
  }

  /** Records that a study has used this version: it can never change from now on. */
  public void markInUse(long versionId) {
    repository
        .findVersion(versionId)
        .orElseThrow(() -> new NotFoundException("framework.version.unknown", versionId))
        .markInUse();
  }

  /**
   * Admin action: {@link #importAll()} for an administrator; anyone else is refused. Both are
   * recorded in the access log.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public FrameworkImportReport importAll(Actor actor) {
    if (!AccessPolicy.mayAdminister(actor)) {
      accessLog.record(
          actor, AccessEvent.of(AccessAction.CREATE, "FrameworkImport", null).denied());
      throw NotAllowedException.denied("framework import");
    }
    FrameworkImportReport report = self.importAll();
    accessLog.record(
        actor,
        AccessEvent.of(AccessAction.CREATE, "FrameworkImport", null)
            .detail(report.results().size() + " file(s)"));
    return report;
  }

  /**
   * Imports every framework file of {@code wijkzicht.frameworks.dir} (or, when that directory does
   * not exist, the files bundled with the application), each in its own transaction, and reports
   * per file what happened. For start-up; users go through {@link #importAll(Actor)}.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  FrameworkImportReport importAll() {
    Path path = Path.of(directory);
    String source;
    List<FrameworkFile> files;
    try {
      if (Files.isDirectory(path)) {
        source = path.toAbsolutePath().normalize().toString();
        files = FrameworkFile.readDirectory(path);
      } else {
        source = "classpath:" + FrameworkFile.BUNDLED;
        files = FrameworkFile.readBundled(FrameworkService.class.getClassLoader());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read framework files in " + path.toAbsolutePath(), e);
    }
    return importFiles(source, files);
  }

  /**
   * Imports the given files, each in its own transaction, and reports every one of them: a file
   * that cannot be read or that the database refuses is its own result, never the end of the rest.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public FrameworkImportReport importFiles(String source, List<FrameworkFile> files) {
    List<FrameworkImportResult> results = new ArrayList<>();
    for (FrameworkFile file : files) {
      FrameworkImportResult result = importOne(file);
      log(result);
      results.add(result);
    }
    return new FrameworkImportReport(source, results);
  }

  /**
   * One file of {@link #importAll()} in its own transaction. Whatever goes wrong with it (a file
   * that cannot be read, a database that refuses what the check accepted) is this file's result;
   * the other files are imported all the same.
   */
  private FrameworkImportResult importOne(FrameworkFile file) {
    if (file.problem() != null) {
      return new FrameworkImportResult(
          file.name(), Status.INVALID, null, null, List.of(file.problem()));
    }
    try {
      return self.importFile(file.name(), file.text());
    } catch (RuntimeException e) {
      LOGGER.log(Level.ERROR, "Framework file " + file.name() + " failed to import.", e);
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return new FrameworkImportResult(
          file.name(),
          Status.INVALID,
          null,
          null,
          List.of(
              new FrameworkProblem(
                  file.name(),
                  0,
                  0,
                  "framework.problem.importFailed",
                  List.of(String.valueOf(cause.getMessage())))));
    }
  }

  /**
   * Admin action: imports one framework file ({@code <code>/<version>.yaml}) as a new version, or
   * says why not. Nothing is written unless the whole file is valid and its version is new.
   */
  public FrameworkImportResult importFile(String name, String text) {
    FrameworkReadResult read = FrameworkYamlReader.read(name, text);
    if (!read.isValid()) {
      return new FrameworkImportResult(name, Status.INVALID, null, null, read.problems());
    }
    FrameworkDefinition definition = read.definition();
    // Line ends and a byte order mark do not make another version: stored and hashed normalised.
    String content = FrameworkYamlReader.normalize(text);
    String hash = sha256(content);
    Optional<FrameworkVersion> stored =
        repository.findVersion(definition.code(), definition.version());
    if (stored.isPresent()) {
      Status status =
          sameContent(stored.get(), hash)
              ? Status.UNCHANGED
              : stored.get().isInUse() ? Status.REFUSED_IN_USE : Status.REFUSED_CHANGED;
      return new FrameworkImportResult(
          name, status, definition.code(), definition.version(), List.of());
    }
    Framework framework =
        repository
            .findFramework(definition.code())
            .orElseGet(
                () -> {
                  Framework created = new Framework(definition.code());
                  repository.persist(created);
                  return created;
                });
    repository.persist(
        new FrameworkVersion(framework, definition, name, content, hash, Instant.now(clock)));
    return new FrameworkImportResult(
        name, Status.IMPORTED, definition.code(), definition.version(), List.of());
  }

  /**
   * Whether a stored version has this (normalised) content. Versions stored before line ends were
   * normalised carry the hash of the file as it was; their stored text, normalised, decides.
   */
  private static boolean sameContent(FrameworkVersion stored, String hash) {
    return stored.hasContent(hash)
        || sha256(FrameworkYamlReader.normalize(stored.getContent())).equals(hash);
  }

  private static FrameworkDefinition read(FrameworkVersion version) {
    FrameworkReadResult read =
        FrameworkYamlReader.read(version.getSourceFile(), version.getContent());
    // Stored content passed this reader on import; failing now means the reader became stricter.
    return read.framework()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Stored framework "
                        + version.getCode()
                        + " "
                        + version.getVersion()
                        + " no longer reads: "
                        + read.problems()));
  }

  private static void log(FrameworkImportResult result) {
    switch (result.status()) {
      case IMPORTED ->
          LOGGER.log(
              Level.INFO,
              "Framework {0} {1} imported from {2}.",
              result.code(),
              result.version(),
              result.file());
      case UNCHANGED ->
          LOGGER.log(Level.DEBUG, "Framework {0} {1} unchanged.", result.code(), result.version());
      case INVALID ->
          LOGGER.log(
              Level.WARNING,
              "Framework file {0} not imported, {1} problem(s):\n{2}",
              result.file(),
              result.problems().size(),
              String.join("\n", result.problems().stream().map(Object::toString).toList()));
      case REFUSED_CHANGED, REFUSED_IN_USE ->
          LOGGER.log(
              Level.WARNING,
              "Framework file {0} not imported: version {1} of {2} is already stored with other content; raise the version.",
              result.file(),
              result.version(),
              result.code());
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
