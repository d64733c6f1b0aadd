package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CspNonceCheckTest {

  @Test
  void acceptsANonceOfPrimeFacesForm() {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    assertThat(CspNonceCheck.wellFormed(nonce)).isTrue();
  }

  @Test
  void refusesAMissingOrMalformedNonce() {
    assertThat(CspNonceCheck.wellFormed(null)).isFalse();
    assertThat(CspNonceCheck.wellFormed("")).isFalse();
    assertThat(CspNonceCheck.wellFormed("abc")).isFalse();
    assertThat(CspNonceCheck.wellFormed("not base64 at all!")).isFalse();
    assertThat(
            CspNonceCheck.wellFormed(
                Base64.getEncoder().encodeToString("no uuid".getBytes(StandardCharsets.UTF_8))))
        .isFalse();
  }
}
