package nl.wijkzicht.security.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts second-factor secrets with AES-256-GCM. The stored form is {@code v1:<key id>:<base64 of
 * 12-byte nonce + ciphertext + tag>}; the key id (the first 8 hex digits of the key's SHA-256) says
 * which key to decrypt with, so after a key rotation old secrets can still be read with an old key
 * and are re-encrypted with the current one when next used. The account id is the associated data:
 * a secret copied to another account's row does not decrypt.
 */
public final class SecretCipher {

  private static final String PREFIX = "v1";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final String currentId;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** The current key (used to encrypt) and older keys (only to decrypt), 32 bytes each. */
  public SecretCipher(byte[] current, List<byte[]> older) {
    currentId = add(current);
    older.forEach(this::add);
  }

  private String add(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "A second-factor key must be 32 bytes (256 bits), base64-encoded; this one has "
              + key.length);
    }
    String id = keyId(key);
    keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
    return id;
  }

  public static String keyId(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encrypt(byte[] plain, long accountId) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated(accountId));
      byte[] sealed = cipher.doFinal(plain);
      byte[] all = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + ":" + currentId + ":" + Base64.getEncoder().encodeToString(all);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encrypting a second-factor secret failed", e);
    }
  }

  /**
   * Decrypts; fails for an unknown key id (the key was removed before all secrets were
   * re-encrypted) and for anything changed (GCM's tag).
   */
  public byte[] decrypt(String stored, long accountId) {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !PREFIX.equals(parts[0])) {
      throw new IllegalArgumentException("Not an encrypted second-factor secret");
    }
    SecretKeySpec key = keys.get(parts[1]);
    if (key == null) {
      throw new IllegalStateException(
          "Second-factor secret encrypted with key "
              + parts[1]
              + ", which is not configured (see docs/security.md, key rotation)");
    }
    try {
      byte[] all = Base64.getDecoder().decode(parts[2]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(associated(accountId));
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A second-factor secret does not decrypt", e);
    }
  }

  /** True when the stored form was not made with the current key (re-encrypt it). */
  public boolean isStale(String stored) {
    String[] parts = stored.split(":", 3);
    return parts.length != 3 || !currentId.equals(parts[1]);
  }

  public String currentKeyId() {
    return currentId;
  }

  private static byte[] associated(long accountId) {
    return ("app_user:" + accountId).getBytes(StandardCharsets.US_ASCII);
  }
}
