package nl.wijkzicht.reply.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes (its "magic number"), never by its name or the type the
 * browser claims: {@code %PDF-} is a PDF, the eight-byte PNG signature a PNG, {@code FF D8 FF} a
 * JPEG. Anything else is refused, including an executable renamed to {@code .pdf} (it starts with
 * {@code MZ} or {@code 7F 45 4C 46}), a ZIP archive ({@code PK}) or an HTML page. Pure,
 * unit-tested.
 */
public final class ContentDetection {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  /** How many leading bytes {@link #detect} needs at most. */
  public static final int HEAD_BYTES = 8;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private ContentDetection() {}

  /** The content type of a file starting with {@code head}, or empty when it is none we accept. */
  public static Optional<String> detect(byte[] head) {
    if (head == null) {
      return Optional.empty();
    }
    if (startsWith(head, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(head, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  /** The file name extension that fits a detected type (for a download's suggested name). */
  public static String extension(String contentType) {
    return switch (contentType) {
      case PDF -> ".pdf";
      case PNG -> ".png";
      case JPEG -> ".jpg";
      default -> "";
    };
  }

  /**
   * The name the provider's file had, made safe to show and to offer as a download name: only the
   * last path element (browsers on Windows send {@code C:\...\file.pdf}), control characters and
   * quotes removed, at most {@code max} characters; "bijlage" when nothing is left.
   */
  public static String safeName(String submitted, int max) {
    String name = submitted == null ? "" : submitted;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && c != '\u2028' && c != '\u2029')
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    if (result.isEmpty() || result.equals(".") || result.equals("..")) {
      result = "bijlage";
    }
    if (result.length() > max) {
      int dot = result.lastIndexOf('.');
      String ext = dot > 0 && result.length() - dot <= 6 ? result.substring(dot) : "";
      result = result.substring(0, max - ext.length()) + ext;
    }
    return result;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }
}
