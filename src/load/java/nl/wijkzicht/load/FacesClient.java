package nl.wijkzicht.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;

/**
 * One browser for the benchmark and the outage probe: its own cookies (session), gzip like a
 * browser, and the ViewState and nonce of the last Faces page it loaded, which the next post sends
 * back (as {@link WorkdaySimulation} does with Gatling's session).
 */
public final class FacesClient {

  /** One response: status, decoded body, time from sending to the whole body read. */
  public record Response(int status, String body, long nanos) {
    public double millis() {
      return nanos / 1e6;
    }
  }

  private final String base;
  private final HttpClient http;
  private final Duration timeout;
  private String viewState;
  private String nonce;

  public FacesClient(String base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public FacesClient(String base) {
    this(base, Duration.ofSeconds(60));
  }

  /** GET; a Faces page's ViewState and nonce are kept for the next post. */
  public Response get(String path) {
    Response r = send(request(path).GET().build());
    keepFormState(r);
    return r;
  }

  /** POST of a form with the kept ViewState and nonce; ajax adds Faces-Request: partial/ajax. */
  public Response post(String path, Map<String, String> form, boolean ajax) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
    if (viewState != null) {
      body.add("jakarta.faces.ViewState=" + encode(viewState));
    }
    if (nonce != null) {
      body.add("primefaces.nonce=" + encode(nonce));
    }
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ajax) {
      b.header("Faces-Request", "partial/ajax");
    }
    Response r = send(b.build());
    if (!ajax) {
      keepFormState(r);
    }
    return r;
  }

  /** Logs in with the demo password; true when the server redirects (302) after it. */
  public boolean login(String user) {
    Response page = get("/login.xhtml");
    if (page.status() != 200) {
      return false;
    }
    return post("/login.xhtml", LoadTarget.loginForm(user), false).status() == 302;
  }

  /** Like {@link #login}, failing loudly: the benchmark cannot run without it. */
  public FacesClient loggedIn(String user) {
    if (!login(user)) {
      throw new IllegalStateException("Could not log in as " + user + " on " + base);
    }
    return this;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(timeout)
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .header("Accept-Language", "nl-NL,nl;q=0.9")
        .header("Accept-Encoding", "gzip")
        .header("User-Agent", "Wijkzicht benchmark");
  }

  private Response send(HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      byte[] bytes = r.body();
      if (r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      long took = System.nanoTime() - start;
      return new Response(r.statusCode(), new String(bytes, StandardCharsets.UTF_8), took);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keepFormState(Response r) {
    if (r.status() == 200) {
      String state = LoadTarget.viewState(r.body());
      if (state != null) {
        viewState = state;
        nonce = LoadTarget.nonce(r.body());
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
