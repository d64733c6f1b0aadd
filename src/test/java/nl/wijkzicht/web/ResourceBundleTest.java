package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceBundleTest {

  private static final String BASE = "/nl/wijkzicht/i18n/messages";

  @Test
  void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts() throws IOException {
    Properties dutch = load(BASE + ".properties");
    Properties english = load(BASE + "_en.properties");
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
    assertThat(dutch.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
  }

  @Test
  void dutchIsChosenForDutchEvenWhenTheServerSpeaksEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      assertThat(
              ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("nl"))
                  .getString("index.title"))
          .isEqualTo("Gemeenten");
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void everyKeyUsedInAPageExists() throws IOException {
    Properties dutch = load(BASE + ".properties");
    Pattern used = Pattern.compile("i18n\\['([^']+)'\\]");
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = used.matcher(Files.readString(page));
        while (matcher.find()) {
          assertThat(dutch).as("key used in %s", page).containsKey(matcher.group(1));
        }
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ResourceBundleTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
