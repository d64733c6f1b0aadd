package nl.wijkzicht.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for HTTP tests: keeps cookies, does not follow redirects (tests look at them),
 * remembers the last page's Faces ViewState so forms can be posted as a browser would.
 */
public final class Browser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private String lastBody = "";

  /** PrimeFaces CSP mode checks its per-view nonce on every post, as a second CSRF token. */
  private String nonce = "";

  public Browser(URI base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, Map.of());
  }

  /** Gets a page with extra request headers. */
  public HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(request::header);
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    remember(response.body());
    return response;
  }

  private void remember(String body) {
    lastBody = body;
    Matcher matcher = NONCE.matcher(body);
    if (matcher.find()) {
      nonce = matcher.group(1);
    }
  }

  /** Posts a form with the ViewState of the last page (unless fields name one). */
  public HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return post(path, fields, Map.of());
  }

  /** Posts a form with extra request headers (a Referer, say). */
  public HttpResponse<String> post(
      String path, Map<String, String> fields, Map<String, String> headers)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("jakarta.faces.ViewState", viewState().orElse(""));
    all.putIfAbsent("primefaces.nonce", nonce);
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if ("true".equals(fields.get("jakarta.faces.partial.ajax"))) {
      request.header("Faces-Request", "partial/ajax");
    }
    headers.forEach(request::header);
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    remember(response.body());
    return response;
  }

  /**
   * Posts exactly these fields: no ViewState or nonce is added, as a forged or broken client would.
   */
  public HttpResponse<String> postExactly(
      String path, Map<String, String> fields, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    remember(response.body());
    return response;
  }

  /** The PrimeFaces CSP nonce of the last page. */
  public String nonce() {
    return nonce;
  }

  /** Signs in through the login form; returns the response to the form post. */
  public HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    get("login.xhtml");
    return post(
        "login.xhtml",
        Map.of(
            "loginForm",
            "loginForm",
            "loginForm:username",
            username,
            "loginForm:password",
            password,
            "loginForm:login",
            ""));
  }

  /** The base address of the application under test. */
  public URI base() {
    return base;
  }

  /** The ViewState of the last full page or partial response. */
  public Optional<String> viewState() {
    Matcher matcher = VIEW_STATE.matcher(lastBody);
    if (matcher.find()) {
      return Optional.of(matcher.group(1));
    }
    Matcher partial = PARTIAL_VIEW_STATE.matcher(lastBody);
    return partial.find() ? Optional.of(partial.group(1)) : Optional.empty();
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Replaces the session cookie, as an attacker replaying a stolen one would. */
  public void useSessionId(String id) {
    cookies.getCookieStore().removeAll();
    HttpCookie cookie = new HttpCookie("JSESSIONID", id);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
  }

  /**
   * Posts a multipart form (a file upload) with the ViewState and nonce of the last page, as a
   * browser does for {@code enctype="multipart/form-data"}: the fields, then the file {@code
   * fileField} with its name, type and bytes.
   */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String contentType,
      byte[] content)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("jakarta.faces.ViewState", viewState().orElse(""));
    all.putIfAbsent("primefaces.nonce", nonce);
    String boundary = "----wijkzicht" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : all.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    remember(response.body());
    return response;
  }

  /** Gets a resource as bytes (a download), with its headers. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
