package nl.wijkzicht.publish.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkzicht.database.AfterCompletion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Report PDFs as files: {@code $WIJKZICHT_HOME/publications/<uuid>.pdf} (setting {@code
 * wijkzicht.home}, default {@code ~/.wijkzicht}; shared storage in a cluster, see
 * docs/deployment.md). A PDF is written to a {@code .part} file and moved into place atomically
 * with its SHA-256 computed on the way; a file kept in a transaction that rolls back is deleted.
 * Every read checks the SHA-256 first: a file that does not match is never served.
 */
@ApplicationScoped
public class PublicationStore {

  private static final System.Logger LOGGER = System.getLogger(PublicationStore.class.getName());
  private static final Pattern STORED_NAME =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.pdf");

  /** A kept file: its name, SHA-256 and size. */
  public record Kept(String name, String sha256, long bytes) {}

  /** What a check of a stored file found. */
  public enum Check {
    OK,
    MISSING,
    DAMAGED
  }

  /** Writes a file's content; may throw anything, the part written is then deleted. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  @Inject
  @ConfigProperty(name = "wijkzicht.home")
  Optional<String> home;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The directory of the publication files (created when missing). */
  public Path directory() {
    Path dir =
        home.filter(h -> !h.isBlank())
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".wijkzicht"))
            .resolve("publications");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("publication directory " + dir, e);
    }
  }

  /**
   * Writes a new file through {@code content} (streamed to disk, never held in memory) and moves it
   * into place; outside any transaction (the caller records it, see {@link #deleteAfterRollback}).
   */
  public Kept write(Content content) throws IOException {
    Path dir = directory();
    String name = UUID.randomUUID() + ".pdf";
    Path part = dir.resolve(name + ".part");
    MessageDigest sha = Sha256.digest();
    boolean done = false;
    try (OutputStream file = Files.newOutputStream(part);
        DigestOutputStream out =
            new DigestOutputStream(new java.io.BufferedOutputStream(file, 64 * 1024), sha)) {
      content.writeTo(out);
      out.flush();
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(part);
      }
    }
    long size = Files.size(part);
    Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    return new Kept(name, HexFormat.of().formatHex(sha.digest()), size);
  }

  /** The file if its name is one of ours and it exists. */
  public Optional<Path> file(String name) {
    if (name == null || !STORED_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path file = directory().resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Whether the file is there and still has the SHA-256 recorded for it. */
  public Check check(String name, String sha256) {
    Optional<Path> file = file(name);
    if (file.isEmpty()) {
      return Check.MISSING;
    }
    try {
      return Sha256.of(file.get()).equalsIgnoreCase(sha256) ? Check.OK : Check.DAMAGED;
    } catch (IOException e) {
      LOGGER.log(System.Logger.Level.WARNING, "Publication file unreadable: " + name, e);
      return Check.MISSING;
    }
  }

  /** Deletes the file when the current transaction does not commit (at once without one: no). */
  public void deleteAfterRollback(String name) {
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    AfterCompletion.onRollback(transactions, () -> delete(name));
  }

  public void delete(String name) {
    file(name)
        .ifPresent(
            f -> {
              try {
                Files.deleteIfExists(f);
              } catch (IOException e) {
                LOGGER.log(System.Logger.Level.WARNING, "Publication file not deleted: " + f, e);
              }
            });
  }
}
