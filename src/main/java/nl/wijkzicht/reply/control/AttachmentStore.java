package nl.wijkzicht.reply.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.database.AfterCompletion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps reply attachments as files outside the web root: {@code $WIJKZICHT_HOME/attachments}
 * (setting {@code wijkzicht.home}, default {@code ~/.wijkzicht}), each under a random UUID, never
 * under the name the provider gave. A file is checked while it is written: its first bytes must be
 * a PDF, PNG or JPEG ({@link ContentDetection}; nothing is written otherwise), it may not grow past
 * the limit (the part written so far is deleted), and its SHA-256 is computed on the way.
 *
 * <p>The files follow the database transaction they belong to: a file stored in a transaction that
 * rolls back is deleted, and a file removed from a reply is deleted only after the commit.
 */
@ApplicationScoped
public class AttachmentStore {

  private static final System.Logger LOGGER = System.getLogger(AttachmentStore.class.getName());
  private static final Pattern STORED_NAME =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** What was stored. */
  public record Saved(String storedName, String contentType, long size, String sha256) {}

  @Inject
  @ConfigProperty(name = "wijkzicht.home")
  private Optional<String> home;

  @Resource private TransactionSynchronizationRegistry transactions;

  /** The directory of the attachments (created when missing). */
  public Path directory() {
    Path dir =
        home.filter(h -> !h.isBlank())
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".wijkzicht"))
            .resolve("attachments");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("attachment directory " + dir, e);
    }
  }

  /**
   * Stores the file read from {@code in}; refused ({@link InvalidInputException} at field {@code
   * file}) when it is empty, not a PDF/PNG/JPEG by content, or larger than {@code maxBytes}.
   */
  public Saved store(InputStream in, long maxBytes) throws IOException {
    byte[] head = in.readNBytes(ContentDetection.HEAD_BYTES);
    if (head.length == 0) {
      throw InvalidInputException.of("file", "reply.attachment.empty");
    }
    String type =
        ContentDetection.detect(head)
            .orElseThrow(() -> InvalidInputException.of("file", "reply.attachment.type"));
    Path dir = directory();
    String name = UUID.randomUUID().toString();
    Path part = dir.resolve(name + ".part");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    boolean done = false;
    try (OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[64 * 1024];
      System.arraycopy(head, 0, buffer, 0, head.length);
      int n = head.length;
      do {
        size += n;
        if (size > maxBytes) {
          throw InvalidInputException.of("file", "reply.attachment.too_large", megabytes(maxBytes));
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
      } while ((n = in.read(buffer)) != -1);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(part);
      }
    }
    Path file = dir.resolve(name);
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    afterRollback(() -> delete(name));
    return new Saved(name, type, size, HexFormat.of().formatHex(sha.digest()));
  }

  /** The stored file, for a download; empty when the name is not one of ours or it is gone. */
  public Optional<Path> file(String storedName) {
    if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
      return Optional.empty();
    }
    Path file = directory().resolve(storedName);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Deletes a stored file once the current transaction has committed (at once without one). */
  public void deleteAfterCommit(String storedName) {
    if (!inTransaction()) {
      delete(storedName);
      return;
    }
    AfterCompletion.onCommit(transactions, () -> delete(storedName));
  }

  private void afterRollback(Runnable cleanup) {
    if (!inTransaction()) {
      return;
    }
    AfterCompletion.onRollback(transactions, cleanup);
  }

  private boolean inTransaction() {
    return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }

  private void delete(String storedName) {
    file(storedName)
        .ifPresent(
            f -> {
              try {
                Files.deleteIfExists(f);
              } catch (IOException e) {
                LOGGER.log(System.Logger.Level.WARNING, "Attachment file not deleted: " + f, e);
              }
            });
  }

  /** A byte count as whole megabytes (MiB) for messages: 10485760 is "10". */
  public static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }
}
