package nl.wijkzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import nl.wijkzicht.security.control.Base32;
import nl.wijkzicht.security.control.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the RFC 6238 appendix B test vectors, the window, and replay. */
class TotpTest {

  private static final byte[] SHA1_SEED =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T={0}")
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
    long step = Totp.step(Instant.ofEpochSecond(seconds));
    assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    // The six digits apps show are the last six of the same truncation.
    assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
  }

  @Test
  void acceptsTheCurrentStepAndOneEitherSideOnly() {
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    long step = Totp.step(now);
    for (long s = step - 1; s <= step + 1; s++) {
      assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, s), now, 0))
          .as("step %d", s - step)
          .hasValue(s);
    }
    assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, 0)).isEmpty();
    assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, 0)).isEmpty();
  }

  @Test
  void aUsedCodeOrAnOlderOneIsRefused() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.step(now);
    String code = Totp.code(SHA1_SEED, step);
    OptionalLong first = Totp.verify(SHA1_SEED, code, now, 0);
    assertThat(first).hasValue(step);
    assertThat(Totp.verify(SHA1_SEED, code, now, first.getAsLong())).as("replay").isEmpty();
    assertThat(Totp.verify(SHA1_SEED, code, now.plusSeconds(30), first.getAsLong()))
        .as("replay in the next step")
        .isEmpty();
    assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step))
        .as("an older code after a newer one")
        .isEmpty();
    assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step))
        .as("the next code")
        .hasValue(step + 1);
  }

  @Test
  void refusesWhatIsNotSixDigitsAndAcceptsSpaces() {
    Instant now = Instant.ofEpochSecond(59);
    String code = Totp.code(SHA1_SEED, Totp.step(now));
    assertThat(Totp.verify(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, 0))
        .isPresent();
    assertThat(Totp.verify(SHA1_SEED, "", now, 0)).isEmpty();
    assertThat(Totp.verify(SHA1_SEED, null, now, 0)).isEmpty();
    assertThat(Totp.verify(SHA1_SEED, "12345a", now, 0)).isEmpty();
    assertThat(Totp.verify(SHA1_SEED, code + "0", now, 0)).isEmpty();
  }

  @Test
  void keyUriAsAuthenticatorAppsReadIt() {
    byte[] secret = Totp.newSecret(new SecureRandom());
    assertThat(secret).hasSize(20);
    String uri = Totp.keyUri("Wijkzicht", "jan de vries", secret);
    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Wijkzicht:jan%20de%20vries?secret="
                + Base32.encode(secret)
                + "&issuer=Wijkzicht&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void base32RoundTripAndRfc4648Vectors() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
    assertThat(Base32.decode("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes());
    byte[] secret = Totp.newSecret(new SecureRandom());
    assertThat(Base32.decode(Base32.grouped(secret))).isEqualTo(secret);
    assertThat(Base32.encode(secret)).hasSize(32);
  }
}
