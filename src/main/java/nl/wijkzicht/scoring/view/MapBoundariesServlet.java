package nl.wijkzicht.scoring.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * /map/gemeenten-2024.json: the municipality boundaries for the map (public open data, CBS/PDOK),
 * read once and kept. The year is in the URL, so the file may be cached for a year without asking
 * again ({@code immutable}); an ETag answers a forced reload with 304. Payara compresses it (JSON
 * is in the compressable types).
 */
@WebServlet("/map/gemeenten-" + MapBoundaries.YEAR + ".json")
public class MapBoundariesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static volatile Served served;

  private record Served(byte[] body, String etag) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Served file = file();
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", file.etag());
    if (file.etag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(file.body());
  }

  private static Served file() {
    Served file = served;
    if (file == null) {
      try (InputStream in =
          MapBoundariesServlet.class.getResourceAsStream(MapBoundaries.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(MapBoundaries.RESOURCE + " is not in the application");
        }
        byte[] body =
            MapBoundaries.slim(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
        file = new Served(body, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"");
        served = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return file;
  }
}
