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

  /** What {@code ?op=replying} made: a visit sent for reply and a provider account for it. */
  public record Replying(
      long study, long visit, long provider, String user, long finding1, long finding2) {}

  /**
   * A visit sent for reply with findings and shareable evidence ({@code TestData#replying}); at the
   * demo provider De Linde (demo-zorgaanbieder) when {@code demoProvider}, else at a new provider.
   */
  public static Replying replying(URI base, boolean demoProvider) {
    String answer = get(base, "op=replying" + (demoProvider ? "&provider=demo" : ""));
    Matcher m =
        Pattern.compile(
                "study=(\\d+) visit=(\\d+) provider=(\\d+) user=(\\S+) finding1=(\\d+)"
                    + " finding2=(\\d+)")
            .matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("reply visit not made: " + answer);
    }
    return new Replying(
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        m.group(4),
        Long.parseLong(m.group(5)),
        Long.parseLong(m.group(6)));
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
