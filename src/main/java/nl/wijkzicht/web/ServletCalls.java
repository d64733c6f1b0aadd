package nl.wijkzicht.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.NotFoundException;

/**
 * What the file and data servlets (PDFs, attachments, open data, map data) share: reading an id
 * parameter, calling a service with its refusals as HTTP statuses, sending a stored file, and the
 * caching of immutable published files. The services check role and ownership and log refusals;
 * these helpers only translate.
 */
public final class ServletCalls {

  private ServletCalls() {}

  /** The value as a positive id (1 to 18 digits), or empty when missing or malformed. */
  public static Optional<Long> id(String value) {
    return value != null && value.matches("\\d{1,18}")
        ? Optional.of(Long.parseLong(value))
        : Optional.empty();
  }

  /**
   * Calls a service: its result, or empty after sending 404 for an unknown object and 403 for one
   * the user may not see (the service has logged it).
   */
  public static <T> Optional<T> call(HttpServletResponse response, Supplier<T> call)
      throws IOException {
    try {
      return Optional.of(call.get());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return Optional.empty();
  }

  /**
   * Sends a stored file: its type, {@code nosniff}, the disposition given, its length, its bytes.
   */
  public static void sendFile(
      HttpServletResponse response, Path file, String contentType, String disposition)
      throws IOException {
    response.setContentType(contentType);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", disposition);
    response.setContentLengthLong(Files.size(file));
    Files.copy(file, response.getOutputStream());
  }

  /**
   * Published material never changes: its ETag and a year's public caching are set; true (and 304
   * sent) when the reader already has this version.
   */
  public static boolean notModified(
      HttpServletRequest request, HttpServletResponse response, String etag) {
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return true;
    }
    return false;
  }
}
