package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.wijkzicht.reply.control.ContentDetection;
import org.junit.jupiter.api.Test;

/** What a file is, by its first bytes only. */
class ContentDetectionTest {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'};

  @Test
  void recognisesPdfPngAndJpegByTheirMagicBytes() {
    assertThat(ContentDetection.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
        .contains(ContentDetection.PDF);
    assertThat(ContentDetection.detect(PNG)).contains(ContentDetection.PNG);
    assertThat(ContentDetection.detect(JPEG)).contains(ContentDetection.JPEG);
  }

  @Test
  void refusesEverythingElseWhateverItIsCalled() {
    // A Windows executable (MZ), a Linux one (ELF), a ZIP (a zip bomb starts like any ZIP), HTML,
    // a script, a GIF, and a PDF signature that is not at the start.
    for (byte[] head :
        new byte[][] {
          {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
          {0x7F, 'E', 'L', 'F', 2, 1, 1, 0},
          {'P', 'K', 3, 4, 20, 0, 0, 0},
          "<html><script>".getBytes(StandardCharsets.US_ASCII),
          "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII),
          "GIF89a".getBytes(StandardCharsets.US_ASCII),
          " %PDF-1.4".getBytes(StandardCharsets.US_ASCII),
          {(byte) 0x89, 'P', 'N', 'G'},
          {(byte) 0xFF, (byte) 0xD8},
          {},
        }) {
      assertThat(ContentDetection.detect(head)).as(new String(head)).isEmpty();
    }
    assertThat(ContentDetection.detect(null)).isEmpty();
  }

  @Test
  void keepsOnlyASafeFileName() {
    assertThat(ContentDetection.safeName("C:\\Users\\kwaliteit\\Reactie IGJ.pdf", 255))
        .isEqualTo("Reactie IGJ.pdf");
    assertThat(ContentDetection.safeName("../../etc/passwd", 255)).isEqualTo("passwd");
    assertThat(ContentDetection.safeName("a\"b\r\nc.png", 255)).isEqualTo("abc.png");
    assertThat(ContentDetection.safeName("", 255)).isEqualTo("bijlage");
    assertThat(ContentDetection.safeName(null, 255)).isEqualTo("bijlage");
    assertThat(ContentDetection.safeName("..", 255)).isEqualTo("bijlage");
    String longName = "x".repeat(300) + ".pdf";
    assertThat(ContentDetection.safeName(longName, 255)).hasSize(255).endsWith(".pdf");
  }

  @Test
  void namesTheExtensionOfEachType() {
    assertThat(ContentDetection.extension(ContentDetection.PDF)).isEqualTo(".pdf");
    assertThat(ContentDetection.extension(ContentDetection.PNG)).isEqualTo(".png");
    assertThat(ContentDetection.extension(ContentDetection.JPEG)).isEqualTo(".jpg");
  }
}
