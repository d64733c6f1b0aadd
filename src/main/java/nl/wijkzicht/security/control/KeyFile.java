package nl.wijkzicht.security.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The key file for second-factor secrets: one line, 32 random bytes in base64. Created on first
 * start with permissions 0600 (owner read/write only) when it does not exist; created atomically
 * (CREATE_NEW), so two instances starting at once cannot each write a different key.
 */
public final class KeyFile {

  public static final String NAME = "totp-key";

  private KeyFile() {}

  public static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }

  /**
   * Writes the key to a temporary file (0600) beside it and links it into place: the link fails if
   * another instance made the file first, and nobody ever reads a half-written key.
   */
  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    byte[] text =
        (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)}
            : new FileAttribute<?>[0];
    Path temporary = Files.createTempFile(dir, NAME, ".new", attributes);
    try {
      if (posix) {
        Files.setPosixFilePermissions(temporary, ownerOnly); // Whatever the umask did.
      }
      Files.write(temporary, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      try {
        Files.createLink(file, temporary);
      } catch (FileAlreadyExistsException e) {
        // Another instance made it first: use theirs.
      } catch (UnsupportedOperationException e) {
        Files.move(temporary, file);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
