package nl.wijkzicht.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP or browser test's way to {@link TestSupportServlet}: fresh test data on the server. */
public final class TestSupportClient {

  private static final Pattern MADE =
      Pattern.compile("study=(\\d+) visit=(\\d+) area=(\\d+) tracer=(\\d+) interview=(\\d+)");

  /**
   * A new study with one visit in Houten (with a tracer and an interview), moved to {@code status}
   * (see {@link TestData}).
   */
  public record Made(long study, long visit, long area, long tracer, long interview) {}

  private TestSupportClient() {}

  public static Made fieldwork(URI base, String status) {
    return made(get(base, "op=fieldwork&status=" + status));
  }

  /** A study with findings to score: see {@code TestData#scored}. */
  public static Made scored(URI base) {
    return made(get(base, "op=scored"));
  }

  private static Made made(String answer) {
    Matcher matcher = MADE.matcher(answer);
    if (!matcher.find()) {
      throw new IllegalStateException("test data not made: " + answer);
    }
    return new Made(
        Long.parseLong(matcher.group(1)),
        Long.parseLong(matcher.group(2)),
        Long.parseLong(matcher.group(3)),
        Long.parseLong(matcher.group(4)),
        Long.parseLong(matcher.group(5)));
  }

  /** A new survey study without responses ({@link TestData#surveyStudy}); its id. */
  public static long survey(URI base) {
    String answer = get(base, "op=survey");
    Matcher matcher = Pattern.compile("survey=(\\d+)").matcher(answer);
    if (!matcher.find()) {
      throw new IllegalStateException("survey study not made: " + answer);
    }
    return Long.parseLong(matcher.group(1));
  }

  public static String get(URI base, String query) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(base.resolve("test-support?" + query))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
