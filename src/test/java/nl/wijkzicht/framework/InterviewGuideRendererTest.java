package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import nl.wijkzicht.framework.control.FrameworkYamlReader;
import nl.wijkzicht.framework.control.InterviewGuideRenderer;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.RespondentRole;
import org.junit.jupiter.api.Test;

class InterviewGuideRendererTest {

  private static final String FILE = "samenwerking-huisarts-wijkverpleging/1.0.yaml";

  @Test
  void rendersTheQuestionsOfOneRoleInDutch() throws IOException {
    FrameworkDefinition framework =
        FrameworkYamlReader.read(FILE, Files.readString(Path.of("audit-frameworks", FILE)))
            .definition();

    byte[] pdf =
        InterviewGuideRenderer.render(
            framework,
            RespondentRole.MANTELZORGER,
            Locale.forLanguageTag("nl"),
            Instant.parse("2026-11-23T10:00:00Z"));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/gespreksleidraad-mantelzorger.pdf"), pdf);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(reader.getPageSize(1).getWidth())
        .isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
    assertThat(text.toString().replaceAll("\\s+", " "))
        .contains(
            "Gespreksleidraad voor: Mantelzorger",
            "versie 1.0",
            "Mantelzorg",
            "Heeft iemand u gevraagd hoe het met u gaat")
        .doesNotContain("Hoe brengt de praktijk de kwetsbare ouderen in haar populatie in beeld");
  }
}
